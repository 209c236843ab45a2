package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/** The one way a cluster component builds its explicit Kubernetes provider. */
public final class KubernetesProviders {
    /**
     * The kubernetes provider plugin the engine loads for every resource on the explicit provider:
     * pulumi/pulumi-kubernetes v4.34.2 (release merged 2026-09-18, the newest 4.x), with the Helm
     * and client-go of today. The Java SDK stays at 4.0.0, the newest served here; its types cover
     * the stable APIs this program declares. Pre-install it with
     * {@code pulumi plugin install resource kubernetes v4.34.2}.
     */
    public static final String PLUGIN_VERSION = "4.34.2";

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
                // The caller's version wins over the SDK's default (4.0.0) in the generated constructor.
                .version(PLUGIN_VERSION)
                .build());
    }
}
