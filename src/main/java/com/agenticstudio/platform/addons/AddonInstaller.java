package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.resources.ComponentResource;
import java.util.ArrayList;
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

    /** @return each add-on's component by name, in deploy order */
    public static Map<String, ComponentResource> install(List<Addon> addons, ClusterInfo cluster, ComponentResource parent) {
        var pending = new ArrayList<>(addons);
        var names = addons.stream().map(Addon::name).toList();
        for (var addon : addons) {
            for (var required : addon.requires()) {
                if (!names.contains(required)) {
                    throw new IllegalArgumentException("add-on " + addon.name() + " requires " + required + ", which is not installed");
                }
            }
        }
        var installed = new LinkedHashMap<String, ComponentResource>();
        while (!pending.isEmpty()) {
            var ready = pending.stream().filter(a -> installed.keySet().containsAll(a.requires())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("add-on requirements form a cycle among "
                            + pending.stream().map(Addon::name).toList()));
            var required = ready.requires().stream().map(installed::get).toList();
            installed.put(ready.name(), ready.deploy().apply(new AddonContext(cluster, parent, required)));
            pending.remove(ready);
        }
        return installed;
    }
}
