package com.agenticstudio.platform.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program's declared resources and stack outputs, as recorded by the plan.
 *
 * @param invokes provider functions the program called; the plan answered each with a placeholder
 */
public record ResourceGraph(List<RecordedResource> resources, Map<String, Object> outputs, List<String> invokes) {

    /** Helm releases are not expanded; provider and component registrations are not objects. */
    private static final Set<String> NOT_MANIFESTS = Set.of(
            "kubernetes:helm.sh/v3:Release", "kubernetes:helm.sh/v3:Chart", "kubernetes:helm.sh/v4:Chart");

    public List<RecordedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The one resource with this logical name. */
    public RecordedResource named(String name) {
        var matches = resources.stream().filter(r -> r.name().equals(name)).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.size() + " resources named '" + name + "'");
        }
        return matches.get(0);
    }

    public RecordedResource byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no resource " + urn));
    }

    public static boolean isManifest(RecordedResource resource) {
        return resource.custom() && resource.type().startsWith("kubernetes:") && !NOT_MANIFESTS.contains(resource.type());
    }

    /** Every Kubernetes object as the API server would receive it: apiVersion, kind, metadata first. */
    public List<Map<String, Object>> manifests() {
        var manifests = new ArrayList<Map<String, Object>>();
        for (var resource : resources) {
            if (isManifest(resource)) {
                var manifest = new LinkedHashMap<String, Object>();
                for (var key : List.of("apiVersion", "kind", "metadata")) {
                    if (resource.inputs().containsKey(key)) {
                        manifest.put(key, resource.inputs().get(key));
                    }
                }
                resource.inputs().forEach(manifest::putIfAbsent);
                manifests.add(manifest);
            }
        }
        return manifests;
    }
}
