package com.agenticstudio.platform.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The component graph of a plan as a Mermaid flowchart: one node per component (the stack itself
 * left out), every custom resource folded into its nearest component, and an edge from a component
 * to each component that waits for it (through an input, a dependsOn or its provider). An arrow reads
 * "is installed before". Components nest as subgraphs where they hold other components.
 */
public final class MermaidGraph {
    private MermaidGraph() {
    }

    public static String render(List<RecordedResource> resources) {
        var byUrn = new LinkedHashMap<String, RecordedResource>();
        resources.forEach(r -> byUrn.put(r.urn(), r));
        var components = resources.stream().filter(r -> !r.custom() && !r.type().equals("pulumi:pulumi:Stack")).toList();
        var ids = new LinkedHashMap<String, String>();
        for (int i = 0; i < components.size(); i++) {
            ids.put(components.get(i).urn(), "c" + i + "_" + components.get(i).name().replaceAll("[^A-Za-z0-9]", "_"));
        }
        var owner = new HashMap<String, String>();
        var counts = new HashMap<String, Integer>();
        for (var r : resources) {
            var home = ownerOf(r, byUrn, ids);
            if (home != null) {
                owner.put(r.urn(), home);
                if (r.custom()) {
                    counts.merge(home, 1, Integer::sum);
                }
            }
        }
        var edges = new LinkedHashSet<String>();
        for (var r : resources) {
            var to = owner.get(r.urn());
            if (to == null) {
                continue;
            }
            var waits = new ArrayList<>(r.dependencies());
            if (r.providerUrn() != null) {
                waits.add(r.providerUrn());
            }
            for (var dependency : waits) {
                var from = owner.get(dependency);
                if (from != null && !from.equals(to) && !nested(from, to, byUrn) && !nested(to, from, byUrn)) {
                    edges.add(ids.get(from) + " --> " + ids.get(to));
                }
            }
        }

        var out = new StringBuilder("flowchart LR\n");
        var children = new LinkedHashMap<String, List<RecordedResource>>();
        var roots = new ArrayList<RecordedResource>();
        for (var c : components) {
            if (c.parent() != null && ids.containsKey(c.parent())) {
                children.computeIfAbsent(c.parent(), p -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        for (var root : roots) {
            node(out, root, children, ids, counts, "  ");
        }
        edges.forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static void node(StringBuilder out, RecordedResource c, Map<String, List<RecordedResource>> children,
                             Map<String, String> ids, Map<String, Integer> counts, String indent) {
        var id = ids.get(c.urn());
        var label = label(c, counts.getOrDefault(c.urn(), 0));
        var nested = children.getOrDefault(c.urn(), List.of());
        if (nested.isEmpty()) {
            out.append(indent).append(id).append("[\"").append(label).append("\"]\n");
            return;
        }
        // A component holding components: a subgraph with its own resources as a node inside it.
        out.append(indent).append("subgraph ").append(id).append("_group[\"").append(escape(c.name())).append("\"]\n");
        out.append(indent).append("  ").append(id).append("[\"").append(label).append("\"]\n");
        for (var child : nested) {
            node(out, child, children, ids, counts, indent + "  ");
        }
        out.append(indent).append("end\n");
    }

    private static String label(RecordedResource c, int resources) {
        return escape(c.name()) + "<br/>" + escape(c.type()) + (resources == 0 ? "" : ", " + resources + (resources == 1 ? " resource" : " resources"));
    }

    /** Mermaid labels are quoted; quotes and angle brackets inside become entity codes. */
    static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    /** The nearest component a resource belongs to: itself if it is one, or its closest component ancestor. */
    private static String ownerOf(RecordedResource r, Map<String, RecordedResource> byUrn, Map<String, String> ids) {
        var current = r;
        Set<String> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.urn())) {
            if (ids.containsKey(current.urn())) {
                return current.urn();
            }
            current = current.parent() == null ? null : byUrn.get(current.parent());
        }
        return null;
    }

    /** Whether {@code inner} lies inside {@code outer}. */
    private static boolean nested(String inner, String outer, Map<String, RecordedResource> byUrn) {
        var current = byUrn.get(inner);
        while (current != null && current.parent() != null) {
            if (current.parent().equals(outer)) {
                return true;
            }
            current = byUrn.get(current.parent());
        }
        return false;
    }
}
