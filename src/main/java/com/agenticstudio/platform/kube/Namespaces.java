package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.HashMap;
import java.util.Map;

/** Every namespace the platform creates carries Pod Security labels and who manages it. */
public final class Namespaces {
    private Namespaces() {
    }

    public static Namespace create(String name, PodSecurity level, ClusterInfo cluster, Resource parent) {
        return create(name, level, Map.of(), cluster, parent);
    }

    /** @param extraLabels labels other layers select the namespace by (the edge's route admission) */
    public static Namespace create(String name, PodSecurity level, Map<String, String> extraLabels, ClusterInfo cluster,
                                   Resource parent) {
        var labels = new HashMap<String, String>(extraLabels);
        labels.putAll(level.labels(cluster.kubernetesVersion()));
        labels.put("app.kubernetes.io/managed-by", "pulumi");
        labels.put("studio.platform/component", name);
        return new Namespace(name, NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(name).labels(Map.copyOf(labels)).build())
                .build(), KubeOptions.of(cluster, parent));
    }
}
