package com.agenticstudio.platform.services;

import com.pulumi.resources.Resource;
import java.util.Map;
import java.util.Objects;

/** Copies entries of the cloud's secret manager into Kubernetes Secrets, so their values never pass through Pulumi state. */
public interface SecretStore {

    /**
     * Declares the object that keeps {@code sync.secretName()} in step with the remote entries, under
     * {@code parent}; pods that read the Secret wait for the returned resource.
     */
    Resource sync(SecretSync sync, Resource parent, Resource... after);

    /**
     * Declares the object that keeps {@code composition.secretName()} in step with one remote entry
     * whose JSON properties a template turns into the Secret's keys (a URL from a user name and a
     * password), so that a rotated credential rotates the Secret with nothing in Pulumi state.
     */
    Resource compose(SecretComposition composition, Resource parent, Resource... after);

    /**
     * @param remoteKey  the secret manager entry, by name or ARN (an output when the cloud names it)
     * @param properties the JSON properties of the entry the templates read, as {@code .<property>}
     * @param templates  Secret key to its Go template (external-secrets' engine v2: sprig and urlquery)
     */
    record SecretComposition(String name, String namespace, Map<String, String> labels, String secretName,
                             com.pulumi.core.Output<String> remoteKey, java.util.List<String> properties,
                             Map<String, com.pulumi.core.Output<String>> templates, String refreshInterval) {
        public SecretComposition {
            labels = Map.copyOf(labels);
            properties = java.util.List.copyOf(properties);
            templates = Map.copyOf(templates);
            Objects.requireNonNull(secretName, "secretName");
            Objects.requireNonNull(remoteKey, "remoteKey");
        }
    }

    /**
     * @param keys            Secret key to the secret manager entry that holds its value
     * @param refreshInterval how soon a rotated value reaches the Secret (pods read it at start)
     * @param plainKeys       Secret keys whose values are not secret (a user name beside its password)
     */
    record SecretSync(String name, String namespace, Map<String, String> labels, String secretName,
                      Map<String, String> keys, String refreshInterval, Map<String, String> plainKeys) {
        public SecretSync {
            labels = Map.copyOf(labels);
            keys = Map.copyOf(keys);
            plainKeys = Map.copyOf(plainKeys);
            Objects.requireNonNull(secretName, "secretName");
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a secret sync needs at least one key");
            }
            for (var key : plainKeys.keySet()) {
                if (keys.containsKey(key)) {
                    throw new IllegalArgumentException("Secret key " + key + " is both synced and plain");
                }
            }
        }

        /** Only secret-manager entries. */
        public SecretSync(String name, String namespace, Map<String, String> labels, String secretName,
                          Map<String, String> keys, String refreshInterval) {
            this(name, namespace, labels, secretName, keys, refreshInterval, Map.of());
        }
    }
}
