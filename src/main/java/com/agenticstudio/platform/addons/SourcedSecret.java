package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Secret whose one secret key comes from a {@link SecretSource}: written from a Pulumi secret in dev,
 * synced from the cloud's secret manager by the platform's secret store elsewhere, so its value never
 * appears in plain plan inputs. Its other keys ({@code plain}) are not secret.
 *
 * @param resourceName the logical name of what is declared
 * @param name         the Secret's name in {@code namespace}
 * @param refreshInterval how soon a rotated value reaches the Secret, where the secret store syncs it
 */
public record SourcedSecret(String resourceName, String name, String namespace, Map<String, String> labels, String key,
                            SecretSource source, Map<String, String> plain, String refreshInterval) {
    public SourcedSecret {
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        labels = Map.copyOf(labels);
        plain = Map.copyOf(plain);
        if (plain.containsKey(key)) {
            throw new IllegalArgumentException("Secret key " + key + " is both secret and plain");
        }
    }

    /** The Secret, or the object that keeps it in step with the secret manager: what readers wait for. */
    public Resource declare(Optional<? extends SecretStore> store, ClusterInfo cluster, Resource parent, Resource... after) {
        if (source instanceof SecretSource.PulumiSecret pulumi) {
            return new Secret(resourceName, SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(name).namespace(namespace).labels(labels).build())
                    .type("Opaque")
                    .stringData(pulumi.value().asSecret().applyValue(value -> {
                        var data = new HashMap<String, String>(plain);
                        data.put(key, value);
                        return Map.copyOf(data);
                    }))
                    .build(), KubeOptions.of(cluster, parent, after));
        }
        var manager = (SecretSource.SecretManager) source;
        return store.orElseThrow(() -> new IllegalStateException(name + " comes from the secret manager, but this cluster has no secret store"))
                .sync(new SecretStore.SecretSync(resourceName, namespace, labels, name, Map.of(key, manager.remoteKey()),
                        refreshInterval, plain), parent, after);
    }
}
