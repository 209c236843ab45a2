package com.agenticstudio.platform.check;

import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules over a whole declared graph (as a plan's resources.json holds it); each returns one line per violation. */
public final class ArchitectureRules {
    /**
     * The bound on the longest chain of waits. Today prod on GKE: provider → key ring → key → its grant
     * to GKE → cluster → node pool → Kubernetes provider → namespace → Envoy Gateway release →
     * EnvoyProxy → Gateway → route (12); prod on EKS has 11. A change that lengthens it must say why here.
     */
    public static final int MAX_CHAIN = 12;

    private ArchitectureRules() {
    }

    /** Every Kubernetes resource uses an explicit provider that the cluster layer built. */
    public static List<String> kubernetesResourcesUseTheClusterProvider(ResourceGraph graph) {
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

    /**
     * A privileged namespace (node-exporter's, the log shipper's) is one an add-on declares privileged with
     * the reason its pods need it; every other namespace is baseline or restricted.
     */
    public static List<String> privilegedNamespacesSayWhy(ResourceGraph graph) {
        var explained = new java.util.HashSet<String>();
        for (var component : graph.resources()) {
            var declared = new ArrayList<Object>();
            if (component.at("declarations.namespace") != null) {
                declared.add(component.at("declarations.namespace"));
            }
            if (component.at("declarations.namespaces") instanceof List<?> more) {
                declared.addAll(more);
            }
            for (var item : declared) {
                if (item instanceof Map<?, ?> ns && "privileged".equals(ns.get("podSecurity"))
                        && ns.get("reason") instanceof String reason && !reason.isBlank()) {
                    explained.add(String.valueOf(ns.get("name")));
                }
            }
        }
        var violations = new ArrayList<String>();
        for (var namespace : graph.ofType("kubernetes:core/v1:Namespace")) {
            var labels = namespace.at("metadata.labels") instanceof Map<?, ?> map ? map : Map.of();
            var name = String.valueOf(namespace.at("metadata.name"));
            if ("privileged".equals(labels.get("pod-security.kubernetes.io/enforce")) && !explained.contains(name)) {
                violations.add("namespace " + name + " is Pod Security privileged, but no add-on declares it so with the reason");
            }
        }
        return violations;
    }

    /** Cloud resources never fall back to ambient credentials or region. */
    public static List<String> cloudResourcesUseAnExplicitProvider(ResourceGraph graph) {
        return graph.resources().stream()
                .filter(r -> r.custom() && (r.type().startsWith("aws:") || r.type().startsWith("gcp:") || r.type().startsWith("command:")))
                .filter(r -> r.provider() == null)
                .map(r -> r.urn() + " uses the default provider")
                .toList();
    }

    /** Every resource of a package, and its provider, asks the engine for this plugin version. */
    public static List<String> pluginsPinned(ResourceGraph graph, String pkg, String version) {
        return graph.resources().stream()
                .filter(r -> r.custom() && (r.type().startsWith(pkg + ":") || r.type().equals("pulumi:providers:" + pkg)))
                .filter(r -> !version.equals(r.options().version()))
                .map(r -> r.urn() + " pins plugin " + r.options().version() + ", not " + version)
                .toList();
    }

    /** Components carry the project's own type tokens, studio:<area>:<Name>. */
    public static List<String> componentsHaveStudioTypeTokens(ResourceGraph graph) {
        return graph.resources().stream()
                .filter(r -> !r.custom() && !r.type().equals("pulumi:pulumi:Stack"))
                .filter(r -> !r.type().matches("studio:[a-z]+:[A-Z][A-Za-z0-9]+"))
                .map(r -> r.urn() + " has type " + r.type())
                .toList();
    }

    /** The stack's direct children are the layers: one cluster, the platform, access control, the workload. */
    public static List<String> layerTypes(ResourceGraph graph) {
        var stack = graph.resources().get(0).urn();
        return graph.resources().stream().filter(r -> stack.equals(r.parent())).map(RecordedResource::type).sorted().toList();
    }

    /** Which top-level add-on component each resource belongs to, by walking up the parent chain. */
    public static Map<String, String> addonOf(ResourceGraph graph) {
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

    /** Every add-on component under the platform, by name, with the add-on names it declared in requires(). */
    public static Map<String, List<String>> declaredRequirements(ResourceGraph graph) {
        var platform = graph.resources().stream().filter(r -> r.type().equals("studio:platform:Platform")).findFirst().orElseThrow();
        var declared = new java.util.TreeMap<String, List<String>>();
        for (var r : graph.resources()) {
            if (platform.urn().equals(r.parent())) {
                var requires = r.at("declarations.requires");
                declared.put(r.name(), requires instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
            }
        }
        return declared;
    }

    /**
     * An add-on waits for another only where it declared that add-on in requires(); undeclared edges
     * serialise installs nobody asked for, and declared ones are what the typed results carry.
     */
    public static List<String> addonsWaitOnlyForDeclaredAddons(ResourceGraph graph) {
        var owner = addonOf(graph);
        var declared = declaredRequirements(graph);
        var violations = new ArrayList<String>();
        for (var r : graph.resources()) {
            var mine = owner.get(r.urn());
            if (mine == null) {
                continue;
            }
            for (var dependency : r.dependencies()) {
                var theirs = owner.get(dependency);
                if (theirs != null && !theirs.equals(mine) && !declared.getOrDefault(mine, List.of()).contains(theirs)) {
                    violations.add(r.urn() + " (add-on " + mine + ") waits for " + dependency + " (add-on " + theirs
                            + "), which " + mine + " does not declare");
                }
            }
        }
        return violations;
    }

    /** API groups the API server serves itself; every other group's kinds come from a CRD. */
    public static final java.util.Set<String> BUILT_IN_GROUPS = java.util.Set.of(
            "core", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
            "storage.k8s.io", "scheduling.k8s.io", "admissionregistration.k8s.io", "apiextensions.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io", "certificates.k8s.io", "events.k8s.io",
            "flowcontrol.apiserver.k8s.io", "helm.sh", "yaml", "kustomize");

    /** The API group of a kubernetes:<group>/<version>:<Kind> type token. */
    public static String group(String type) {
        var groupVersion = type.substring("kubernetes:".length(), type.lastIndexOf(':'));
        return groupVersion.contains("/") ? groupVersion.substring(0, groupVersion.indexOf('/')) : groupVersion;
    }

    /** Every custom resource waits, directly or through others, for a Helm release: the one that installs its CRD. */
    public static List<String> customResourcesWaitForAReleaseWithTheirCrd(ResourceGraph graph) {
        var violations = new ArrayList<String>();
        for (var r : graph.resources()) {
            if (r.custom() && r.type().startsWith("kubernetes:") && !r.type().startsWith("kubernetes:helm.sh")
                    && !BUILT_IN_GROUPS.contains(group(r.type())) && !waitsForARelease(graph, r, new java.util.HashSet<>())
                    && !servedByTheClusterLayer(graph, r)) {
                violations.add(r.urn() + " is a custom resource that waits for no Helm release");
            }
        }
        return violations;
    }

    /**
     * The CSI snapshot CRDs come with the cluster layer, not a release: on EKS from the snapshot-controller
     * managed add-on, which the object must wait for; GKE ships them with every cluster.
     */
    static final java.util.Set<String> CLUSTER_LAYER_GROUPS = java.util.Set.of("snapshot.storage.k8s.io");

    private static boolean servedByTheClusterLayer(ResourceGraph graph, RecordedResource r) {
        if (!CLUSTER_LAYER_GROUPS.contains(group(r.type()))) {
            return false;
        }
        if (graph.ofType("aws:eks/cluster:Cluster").isEmpty()) {
            return !graph.ofType("gcp:container/cluster:Cluster").isEmpty();
        }
        return r.dependencies().stream().map(graph::byUrn)
                .anyMatch(d -> d.type().equals("aws:eks/addon:Addon") && "snapshot-controller".equals(d.at("addonName")));
    }

    private static boolean waitsForARelease(ResourceGraph graph, RecordedResource r, java.util.Set<String> seen) {
        for (var dependency : r.dependencies()) {
            if (!seen.add(dependency)) {
                continue;
            }
            var other = graph.byUrn(dependency);
            if (other.type().equals("kubernetes:helm.sh/v3:Release") || waitsForARelease(graph, other, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every container an add-on's chart runs (as its values record declares them) has CPU and memory
     * requests and a memory limit in the release's values.
     */
    public static List<String> addonContainersHaveRequestsAndMemoryLimits(ResourceGraph graph) {
        var violations = new ArrayList<String>();
        for (var component : graph.resources()) {
            if (!(component.at("declarations.containers") instanceof Map<?, ?> containers)) {
                continue;
            }
            var release = graph.resources().stream()
                    .filter(r -> component.urn().equals(r.parent()) && r.type().equals("kubernetes:helm.sh/v3:Release"))
                    .findFirst();
            if (release.isEmpty()) {
                violations.add(component.urn() + " declares containers but installs no release");
                continue;
            }
            containers.forEach((container, path) -> {
                for (var key : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                    if (release.get().at("values." + path + "." + key) == null) {
                        violations.add(component.name() + " container " + container + " has no " + key + " at values." + path);
                    }
                }
            });
        }
        return violations;
    }

    /** A chain of waits longer than {@code max} resources, the one that bounds `pulumi up` time; empty within the bound. */
    public static List<String> chainLongerThan(ResourceGraph graph, int max) {
        var chain = longestDependencyChain(graph);
        return chain.size() > max
                ? List.of("the longest chain of waits has " + chain.size() + " resources, more than " + max + ":\n  "
                        + String.join("\n  ", chain))
                : List.of();
    }

    /** The longest chain of waits, which bounds `pulumi up` time on a real cloud. */
    public static List<String> longestDependencyChain(ResourceGraph graph) {
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
        // A resource also waits for its provider, which waits for what the cluster layer gave it (the nodes).
        var resource = graph.byUrn(urn);
        var waits = new ArrayList<>(resource.dependencies());
        if (resource.providerUrn() != null) {
            waits.add(resource.providerUrn());
        }
        for (var dependency : waits) {
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
