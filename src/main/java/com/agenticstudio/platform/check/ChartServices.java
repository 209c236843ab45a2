package com.agenticstudio.platform.check;

import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Services the plan's Helm releases render, as their add-ons declare them (read in each chart's
 * templates at its tag): stand-ins with the name, namespace, labels and ports other objects refer to,
 * and no selector, for the rules to judge references against. The plan does not expand releases.
 */
public final class ChartServices {
    private ChartServices() {
    }

    /** One Service manifest per declared chart Service, in its add-on's namespace unless it names another. */
    public static List<Map<String, Object>> standIns(ResourceGraph graph) {
        var services = new ArrayList<Map<String, Object>>();
        for (var component : graph.resources()) {
            if (!(component.at("declarations.services") instanceof List<?> declared)) {
                continue;
            }
            var namespace = String.valueOf(component.at("declarations.namespace.name"));
            for (var item : declared) {
                var service = KubernetesRules.map(item);
                var metadata = new LinkedHashMap<String, Object>();
                metadata.put("name", service.get("name"));
                metadata.put("namespace", service.getOrDefault("namespace", namespace));
                metadata.put("labels", service.get("labels"));
                var manifest = new LinkedHashMap<String, Object>();
                manifest.put("apiVersion", "v1");
                manifest.put("kind", "Service");
                manifest.put("metadata", metadata);
                manifest.put("spec", Map.of("ports", service.get("ports")));
                services.add(manifest);
            }
        }
        return services;
    }

    /** The plan's manifests and the chart Services beside them. */
    public static List<Map<String, Object>> withStandIns(ResourceGraph graph) {
        return withStandIns(graph.manifests(), graph);
    }

    /** The given manifests (a plan's manifests.yaml as read) and the chart Services of its graph beside them. */
    public static List<Map<String, Object>> withStandIns(List<Map<String, Object>> manifests, ResourceGraph graph) {
        var all = new ArrayList<>(manifests);
        all.addAll(standIns(graph));
        return all;
    }
}
