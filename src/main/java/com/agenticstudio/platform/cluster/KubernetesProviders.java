package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/** The one way a cluster component builds its explicit Kubernetes provider. */
public final class KubernetesProviders {
    private KubernetesProviders() {
    }

    /**
     * @param kubeconfig  a secret output; the provider keeps it secret in state
     * @param readiness   what must exist before any pod can run (node groups, the kind cluster):
     *                    every Kubernetes resource waits for it through the provider
     */
    public static Provider create(String name, Output<String> kubeconfig, Resource parent, List<Resource> readiness) {
        return new Provider(name, ProviderArgs.builder()
                .kubeconfig(kubeconfig.asSecret())
                .enableServerSideApply(true)
                .build(), CustomResourceOptions.builder()
                .parent(parent)
                .dependsOn(List.copyOf(readiness))
                .build());
    }
}
