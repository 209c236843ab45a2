package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An ExternalSecret's spec (external-secrets.io/v1): keeps one Secret, owned by the ExternalSecret,
 * in step with entries of a ClusterSecretStore.
 *
 * @param keys            Secret key to the remote entry's name
 * @param refreshInterval a Go duration such as 1h
 */
public record ExternalSecretSpec(String store, String targetSecret, Map<String, String> keys, String refreshInterval,
                                 Map<String, String> plainKeys)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("external-secrets.io", "v1", "ExternalSecret");

    public ExternalSecretSpec {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(targetSecret, "targetSecret");
        // Sorted, so the same program renders the same spec; unmodifiable, so what was checked stays so.
        keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an ExternalSecret needs at least one key");
        }
        keys.forEach((key, remote) -> {
            if (!key.matches("[-._a-zA-Z0-9]+") || key.equals(".") || key.equals("..")) {
                throw new IllegalArgumentException("'" + key + "' is not a valid Secret key");
            }
            if (remote == null || remote.isBlank()) {
                throw new IllegalArgumentException("Secret key " + key + " names no remote entry");
            }
        });
        plainKeys = Collections.unmodifiableSortedMap(new TreeMap<>(plainKeys));
        for (var key : plainKeys.keySet()) {
            if (!key.matches("[-._a-zA-Z0-9]+") || key.equals(".") || key.equals("..")) {
                throw new IllegalArgumentException("'" + key + "' is not a valid Secret key");
            }
            if (keys.containsKey(key)) {
                throw new IllegalArgumentException("Secret key " + key + " is both synced and plain");
            }
        }
        if (refreshInterval == null || !refreshInterval.matches("([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+")) {
            throw new IllegalArgumentException("refreshInterval must be a duration such as 1h, got " + refreshInterval);
        }
    }

    /** Only remote entries. */
    public ExternalSecretSpec(String store, String targetSecret, Map<String, String> keys, String refreshInterval) {
        this(store, targetSecret, keys, refreshInterval, Map.of());
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
        spec.put("target", target);
        spec.put("data", keys.entrySet().stream()
                .map(e -> Map.<String, Object>of("secretKey", e.getKey(), "remoteRef", Map.of("key", e.getValue())))
                .toList());
        return spec;
    }
}
