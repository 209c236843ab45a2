package com.agenticstudio.platform.architecture;

import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules over a whole declared graph; each returns one line per violation. */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Every Kubernetes resource uses an explicit provider that the cluster layer built. */
    static List<String> kubernetesResourcesUseTheClusterProvider(ResourceGraph graph) {
        var violations = new ArrayList<String>();
        for (var r : graph.resources()) {
            if (!r.custom() || !r.type().startsWith("kubernetes:")) {
                continue;
            }
            var provider = r.providerUrn() == null ? null
                    : graph.resources().stream().filter(p -> p.urn().equals(r.providerUrn())).findFirst().orElse(null);
            if (provider == null) {
                violations.add(r.urn() + " has no explicit provider");
            } else if (!provider.type().equals("pulumi:providers:kubernetes") || provider.parent() == null
                    || !graph.byUrn(provider.parent()).type().startsWith("studio:cluster:")) {
                violations.add(r.urn() + " uses " + provider.urn() + ", not a provider of the cluster layer");
            }
        }
        return violations;
    }

    /** Cloud resources never fall back to ambient credentials or region. */
    static List<String> cloudResourcesUseAnExplicitProvider(ResourceGraph graph) {
        return graph.resources().stream()
                .filter(r -> r.custom() && (r.type().startsWith("aws:") || r.type().startsWith("gcp:") || r.type().startsWith("command:")))
                .filter(r -> r.provider() == null)
                .map(r -> r.urn() + " uses the default provider")
                .toList();
    }

    /** Components carry the project's own type tokens, studio:<area>:<Name>. */
    static List<String> componentsHaveStudioTypeTokens(ResourceGraph graph) {
        return graph.resources().stream()
                .filter(r -> !r.custom() && !r.type().equals("pulumi:pulumi:Stack"))
                .filter(r -> !r.type().matches("studio:[a-z]+:[A-Z][A-Za-z0-9]+"))
                .map(r -> r.urn() + " has type " + r.type())
                .toList();
    }

    /** The stack's direct children are the layers: one cluster, the platform, access control, the workload. */
    static List<String> layerTypes(ResourceGraph graph) {
        var stack = graph.resources().get(0).urn();
        return graph.resources().stream().filter(r -> stack.equals(r.parent())).map(RecordedResource::type).sorted().toList();
    }

    /** Which top-level add-on component each resource belongs to, by walking up the parent chain. */
    static Map<String, String> addonOf(ResourceGraph graph) {
        var platform = graph.resources().stream().filter(r -> r.type().equals("studio:platform:Platform")).findFirst().orElseThrow();
        var owner = new HashMap<String, String>();
        for (var r : graph.resources()) {
            var current = r;
            while (current.parent() != null && !current.parent().equals(platform.urn())) {
                current = graph.byUrn(current.parent());
            }
            if (platform.urn().equals(current.parent())) {
                owner.put(r.urn(), current.name());
            }
        }
        return owner;
    }

    /** Add-ons that declare no requirement on each other share no dependency edge: they install in parallel. */
    static List<String> independentAddonsDoNotWaitForEachOther(ResourceGraph graph) {
        var owner = addonOf(graph);
        var violations = new ArrayList<String>();
        for (var r : graph.resources()) {
            var mine = owner.get(r.urn());
            if (mine == null) {
                continue;
            }
            for (var dependency : r.dependencies()) {
                var theirs = owner.get(dependency);
                if (theirs != null && !theirs.equals(mine)) {
                    violations.add(r.urn() + " (add-on " + mine + ") waits for " + dependency + " (add-on " + theirs + ")");
                }
            }
        }
        return violations;
    }

    /** The longest chain of waits, which bounds `pulumi up` time on a real cloud. */
    static List<String> longestDependencyChain(ResourceGraph graph) {
        var memo = new HashMap<String, List<String>>();
        List<String> longest = List.of();
        for (var r : graph.resources()) {
            var chain = chain(graph, r.urn(), memo);
            if (chain.size() > longest.size()) {
                longest = chain;
            }
        }
        return longest;
    }

    private static List<String> chain(ResourceGraph graph, String urn, Map<String, List<String>> memo) {
        var known = memo.get(urn);
        if (known != null) {
            return known;
        }
        List<String> best = List.of();
        for (var dependency : graph.byUrn(urn).dependencies()) {
            var candidate = chain(graph, dependency, memo);
            if (candidate.size() > best.size()) {
                best = candidate;
            }
        }
        var result = new ArrayList<>(best);
        result.add(urn);
        memo.put(urn, List.copyOf(result));
        return memo.get(urn);
    }
}
