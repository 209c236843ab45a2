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
        // By name: two add-ons of one name would share a component, a release and a namespace.
        var names = new HashSet<String>();
        var ids = new HashSet<AddonId<?>>();
        for (var addon : addons) {
            if (!names.add(addon.id().name())) {
                throw new IllegalArgumentException("add-on " + addon.id() + " is listed twice");
            }
            ids.add(addon.id());
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
                    .orElseThrow(() -> new IllegalArgumentException("add-on requirements form a cycle among " + cycle(pending)));
            var context = new AddonContext(cluster, parent, ready.id(), ready.requires(), results);
            results.put(ready.id(), ready.deploy(context));
            pending.remove(ready);
        }
        return new Installed(java.util.Collections.unmodifiableMap(results));
    }

    /** The pending add-ons that require themselves through others: the cycle, not whatever waits behind it. */
    private static List<String> cycle(List<Addon<?>> pending) {
        var byId = new LinkedHashMap<AddonId<?>, Addon<?>>();
        pending.forEach(a -> byId.put(a.id(), a));
        return pending.stream().filter(a -> reaches(a.id(), a, byId, new HashSet<>())).map(a -> a.id().name()).toList();
    }

    private static boolean reaches(AddonId<?> target, Addon<?> from, Map<AddonId<?>, Addon<?>> pending, java.util.Set<AddonId<?>> seen) {
        for (var required : from.requires()) {
            if (required.equals(target)) {
                return true;
            }
            var next = pending.get(required);
            if (next != null && seen.add(required) && reaches(target, next, pending, seen)) {
                return true;
            }
        }
        return false;
    }
}
