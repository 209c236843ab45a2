package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/** Options for Kubernetes resources: always the cluster's explicit provider, never the ambient kubeconfig. */
public final class KubeOptions {
    private KubeOptions() {
    }

    public static CustomResourceOptions of(ClusterInfo cluster, Resource parent, Resource... dependsOn) {
        return builder(cluster, parent, dependsOn).build();
    }

    /** The plugin version is the provider's, so that the plan shows what the engine will load for each object. */
    public static CustomResourceOptions.Builder builder(ClusterInfo cluster, Resource parent, Resource... dependsOn) {
        var builder = CustomResourceOptions.builder()
                .provider(cluster.kubernetes())
                .parent(parent)
                .dependsOn(List.of(dependsOn));
        builder.version(KubernetesProviders.PLUGIN_VERSION);
        return builder;
    }
}
