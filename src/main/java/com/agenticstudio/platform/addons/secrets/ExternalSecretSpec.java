package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.pulumi.core.Output;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An ExternalSecret's spec (external-secrets.io/v1): keeps one Secret, owned by the ExternalSecret,
 * in step with entries of a ClusterSecretStore.
 *
 * @param keys            Secret key to the remote entry's name
 * @param refreshInterval a Go duration such as 1h
 * @param composed        instead of copying entries, build Secret keys from properties of one entry
 *                        through a template (exactly one of {@code keys} and {@code composed})
 */
public record ExternalSecretSpec(String store, String targetSecret, Map<String, String> keys, String refreshInterval,
                                 Map<String, String> plainKeys, Optional<Composed> composed)
        implements CustomResourceSpec {

    /**
     * Secret keys rendered from the JSON properties of one remote entry (the template engine v2; each
     * property is available to the template as {@code .<property>}). Only the rendered keys land in
     * the Secret ({@code mergePolicy: Replace}).
     *
     * @param remoteKey  the entry, by name or ARN (an output when the cloud names it)
     * @param properties the entry's JSON properties the templates read
     * @param templates  Secret key to its template; parts of a template may be outputs (an endpoint), never secrets
     */
    public record Composed(Output<String> remoteKey, List<String> properties, Map<String, Output<String>> templates) {
        public Composed {
            Objects.requireNonNull(remoteKey, "remoteKey");
            properties = List.copyOf(properties);
            templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
            if (properties.isEmpty() || templates.isEmpty()) {
                throw new IllegalArgumentException("a composed Secret reads at least one property into at least one template");
            }
            for (var property : properties) {
                if (!property.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("'" + property + "' cannot be read in a template as ." + property);
                }
            }
            templates.keySet().forEach(ExternalSecretSpec::secretKey);
        }
    }
    public static final CrdKind KIND = CrdKind.namespaced("external-secrets.io", "v1", "ExternalSecret");

    public ExternalSecretSpec {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(targetSecret, "targetSecret");
        // Sorted, so the same program renders the same spec; unmodifiable, so what was checked stays so.
        keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
        Objects.requireNonNull(composed, "composed");
        if (keys.isEmpty() == composed.isEmpty()) {
            throw new IllegalArgumentException(keys.isEmpty() ? "an ExternalSecret needs at least one key"
                    : "an ExternalSecret either copies entries or composes keys, not both");
        }
        if (composed.isPresent() && !plainKeys.isEmpty()) {
            throw new IllegalArgumentException("a composed Secret holds only its templates' keys");
        }
        keys.forEach((key, remote) -> {
            secretKey(key);
            if (remote == null || remote.isBlank()) {
                throw new IllegalArgumentException("Secret key " + key + " names no remote entry");
            }
        });
        plainKeys = Collections.unmodifiableSortedMap(new TreeMap<>(plainKeys));
        for (var key : plainKeys.keySet()) {
            secretKey(key);
            if (keys.containsKey(key)) {
                throw new IllegalArgumentException("Secret key " + key + " is both synced and plain");
            }
        }
        if (refreshInterval == null || !refreshInterval.matches("([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+")) {
            throw new IllegalArgumentException("refreshInterval must be a duration such as 1h, got " + refreshInterval);
        }
    }

    /** Remote entries, and plain keys beside them. */
    public ExternalSecretSpec(String store, String targetSecret, Map<String, String> keys, String refreshInterval,
                              Map<String, String> plainKeys) {
        this(store, targetSecret, keys, refreshInterval, plainKeys, Optional.empty());
    }

    /** Only remote entries. */
    public ExternalSecretSpec(String store, String targetSecret, Map<String, String> keys, String refreshInterval) {
        this(store, targetSecret, keys, refreshInterval, Map.of());
    }

    /** Keys composed from one remote entry. */
    public static ExternalSecretSpec composed(String store, String targetSecret, Composed composed, String refreshInterval) {
        return new ExternalSecretSpec(store, targetSecret, Map.of(), refreshInterval, Map.of(), Optional.of(composed));
    }

    private static void secretKey(String key) {
        if (!key.matches("[-._a-zA-Z0-9]+") || key.equals(".") || key.equals("..")) {
            throw new IllegalArgumentException("'" + key + "' is not a valid Secret key");
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("refreshInterval", refreshInterval);
        spec.put("secretStoreRef", Map.of("name", store, "kind", ClusterSecretStoreSpec.KIND.kind()));
        var target = new LinkedHashMap<String, Object>();
        target.put("name", targetSecret);
        target.put("creationPolicy", "Owner");
        if (!plainKeys.isEmpty()) {
            // The template adds the plain keys; Merge keeps the synced ones beside them.
            target.put("template", Map.of("engineVersion", "v2", "mergePolicy", "Merge", "data", plainKeys));
        }
        if (composed.isPresent()) {
            var composition = composed.get();
            target.put("template", Map.of("engineVersion", "v2", "mergePolicy", "Replace", "data", composition.templates()));
            spec.put("target", target);
            spec.put("data", composition.properties().stream()
                    .map(property -> Map.<String, Object>of("secretKey", property,
                            "remoteRef", Map.of("key", composition.remoteKey(), "property", property)))
                    .toList());
            return spec;
        }
        spec.put("target", target);
        spec.put("data", keys.entrySet().stream()
                .map(e -> Map.<String, Object>of("secretKey", e.getKey(), "remoteRef", Map.of("key", e.getValue())))
                .toList());
        return spec;
    }
}
