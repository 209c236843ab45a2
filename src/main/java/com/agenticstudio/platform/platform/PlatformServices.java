package com.agenticstudio.platform.platform;

import com.pulumi.resources.Resource;
import java.util.Optional;

/**
 * What workloads may use from the platform layer, and the exact resources they must wait for.
 *
 * @param ingressClassName  the IngressClass served by the ingress controller
 * @param ingressNamespace  where the ingress controller runs (NetworkPolicies admit traffic from it)
 * @param ingressController an Ingress is admitted by the controller's webhook, so it waits for it
 * @param secretStore       the ClusterSecretStore on cloud clusters; empty on kind
 */
public record PlatformServices(
        String ingressClassName,
        String ingressNamespace,
        Resource ingressController,
        Optional<SecretStore> secretStore) {

    /** A ClusterSecretStore by name, and the resource an ExternalSecret must wait for. */
    public record SecretStore(String name, Resource resource) {
    }
}
