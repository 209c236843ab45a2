package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deploys add-ons in an order that satisfies their declared requirements. Declaration order is not
 * install order: the engine runs everything whose dependencies are met in parallel.
 */
public final class AddonInstaller {
    private AddonInstaller() {
    }

    /** Each add-on's result by id, in deploy order. */
    public record Installed(Map<AddonId<?>, Object> results) {
        public <T> T get(AddonId<T> id) {
            var result = results.get(id);
            if (result == null) {
                throw new IllegalArgumentException("add-on " + id + " is not installed on this cluster");
            }
            return id.result().cast(result);
        }

        public <T> java.util.Optional<T> find(AddonId<T> id) {
            return java.util.Optional.ofNullable(results.get(id)).map(id.result()::cast);
        }
    }

    public static Installed install(List<? extends Addon<?>> addons, ClusterInfo cluster, Resource parent) {
        var ids = new HashSet<AddonId<?>>();
        for (var addon : addons) {
            if (!ids.add(addon.id())) {
                throw new IllegalArgumentException("add-on " + addon.id() + " is listed twice");
            }
        }
        for (var addon : addons) {
            for (var required : addon.requires()) {
                if (!ids.contains(required)) {
                    throw new IllegalArgumentException("add-on " + addon.id() + " requires " + required + ", which is not installed");
                }
            }
        }
        var pending = new ArrayList<Addon<?>>(addons);
        var results = new LinkedHashMap<AddonId<?>, Object>();
        while (!pending.isEmpty()) {
            var ready = pending.stream().filter(a -> results.keySet().containsAll(a.requires())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("add-on requirements form a cycle among "
                            + pending.stream().map(a -> a.id().name()).toList()));
            var context = new AddonContext(cluster, parent, ready.id(), ready.requires(), results);
            results.put(ready.id(), ready.deploy(context));
            pending.remove(ready);
        }
        return new Installed(java.util.Collections.unmodifiableMap(results));
    }
}
