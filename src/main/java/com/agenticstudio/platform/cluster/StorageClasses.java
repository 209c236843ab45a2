package com.agenticstudio.platform.cluster;

import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.storage.v1.StorageClass;
import com.pulumi.kubernetes.storage.v1.StorageClassArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's own StorageClass on a cloud cluster, declared by the cluster layer with the
 * cluster's Kubernetes provider. Volumes bind where their first pod is scheduled (a zonal disk in
 * the pod's zone, not a random one) and may grow; prod keeps a released volume's disk.
 */
public final class StorageClasses {
    public static final String DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
    static final Map<String, String> LABELS = Map.of(
            "app.kubernetes.io/managed-by", "pulumi",
            "app.kubernetes.io/part-of", "studio-platform");

    /**
     * @param isDefault mark it as the cluster's default class, for claims that name none
     * @param retain    keep the disk when its claim is deleted (prod: data outlives a mistaken delete)
     */
    public record Spec(String name, String provisioner, Map<String, String> parameters, boolean isDefault, boolean retain) {
        public Spec {
            parameters = Map.copyOf(parameters);
        }

        public String reclaimPolicy() {
            return retain ? "Retain" : "Delete";
        }
    }

    private StorageClasses() {
    }

    /** @param dependsOn what provisions the volumes (the CSI driver) */
    public static StorageClass create(String logicalName, Spec spec, Provider kubernetes, Resource parent,
                                      List<Resource> dependsOn) {
        var metadata = ObjectMetaArgs.builder().name(spec.name()).labels(LABELS);
        if (spec.isDefault()) {
            var annotations = new LinkedHashMap<String, String>();
            annotations.put(DEFAULT_CLASS_ANNOTATION, "true");
            metadata.annotations(annotations);
        }
        return new StorageClass(logicalName, StorageClassArgs.builder()
                .metadata(metadata.build())
                .provisioner(spec.provisioner())
                .parameters(spec.parameters())
                .volumeBindingMode("WaitForFirstConsumer")
                .allowVolumeExpansion(true)
                .reclaimPolicy(spec.reclaimPolicy())
                .build(), withPlugin(CustomResourceOptions.builder()
                .provider(kubernetes)
                .parent(parent)
                .dependsOn(List.copyOf(dependsOn))));
    }

    private static CustomResourceOptions withPlugin(CustomResourceOptions.Builder builder) {
        builder.version(KubernetesProviders.PLUGIN_VERSION);
        return builder.build();
    }
}
