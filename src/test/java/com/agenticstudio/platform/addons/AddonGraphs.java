package com.agenticstudio.platform.addons;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the add-on tests read from a graph: an add-on's component, release and namespace policies,
 * and the rules every Helm add-on keeps, each returning its violations so a twin can see it fail.
 */
public final class AddonGraphs {
    public static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    public static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    public static final String NETWORK_POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";

    public static final Stacks.Stack DEV = new Stacks.Stack("dev", Map.of());
    public static final Stacks.Stack STAGING = new Stacks.Stack("staging", Map.of());
    public static final Stacks.Stack PROD = new Stacks.Stack("prod", Map.of());
    public static final Stacks.Stack PROD_GCP = new Stacks.Stack("prod", Map.of("cloud", "gcp"));

    private AddonGraphs() {
    }

    /** dev (kind), staging and prod (EKS), prod on GKE: for {@code @MethodSource}. */
    public static Stream<Stacks.Stack> stacks() {
        return Stream.of(DEV, STAGING, PROD, PROD_GCP);
    }

    public static Stream<Stacks.Stack> cloudStacks() {
        return Stream.of(STAGING, PROD, PROD_GCP);
    }

    /** The release installs exactly this chart version from exactly this repository. */
    public static void assertPinned(RecordedResource release, String chart, String version, String repository) {
        assertAll(
                () -> assertEquals(chart, release.at("chart"), "chart"),
                () -> assertEquals(version, release.at("version"), "version"),
                () -> assertEquals(repository, release.at("repositoryOpts.repo"), "repository"));
    }

    /** The add-on's component (by its type token), if the stack installs it. */
    public static Optional<RecordedResource> component(ResourceGraph graph, String type) {
        var found = graph.ofType(type);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " components of " + type);
        }
        return found.stream().findFirst();
    }

    /** The Helm release of the add-on named {@code name}, if the stack installs it. */
    public static Optional<RecordedResource> release(ResourceGraph graph, String name) {
        return graph.ofType(RELEASE).stream().filter(r -> name.equals(r.name())).findFirst();
    }

    public static Object value(RecordedResource release, String path) {
        return release.at("values." + path);
    }

    /** A map input's entry; label and annotation keys contain dots, so no dotted path reaches them. */
    public static Object entry(RecordedResource resource, String map, String key) {
        var found = resource.at(map);
        return found instanceof Map<?, ?> m ? m.get(key) : null;
    }

    public static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** Numbers as the engine records them may come back as doubles: compare them as ints. */
    public static Object normalised(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<Object, Object>();
            map.forEach((k, v) -> copy.put(k, normalised(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AddonGraphs::normalised).toList();
        }
        return value instanceof Number n ? (Object) n.intValue() : value;
    }

    /** The NetworkPolicies of a namespace, by their Kubernetes name. */
    public static Map<String, RecordedResource> policies(ResourceGraph graph, String namespace) {
        var policies = new LinkedHashMap<String, RecordedResource>();
        graph.ofType(NETWORK_POLICY).stream().filter(p -> namespace.equals(p.at("metadata.namespace")))
                .forEach(p -> policies.put((String) p.at("metadata.name"), p));
        return policies;
    }

    /** The ports a one-rule policy admits (ingress) or allows (egress). */
    public static List<Integer> ports(RecordedResource policy) {
        var rule = policy.at("spec.ingress.0") != null ? "spec.ingress.0" : "spec.egress.0";
        var ports = (List<?>) policy.at(rule + ".ports");
        return ports == null ? List.of() : ports.stream().map(p -> number(((Map<?, ?>) p).get("port"))).toList();
    }

    /** The peers of a one-rule policy, as the API server receives them. */
    public static List<?> peers(RecordedResource policy) {
        return policy.at("spec.ingress.0") != null ? (List<?>) policy.at("spec.ingress.0.from") : (List<?>) policy.at("spec.egress.0.to");
    }

    /**
     * Every container the add-on declares (its component's {@code declarations.containers}) has CPU and
     * memory requests and a memory limit in the release's values.
     */
    public static List<String> containersWithoutResources(RecordedResource component, Map<?, ?> values) {
        var missing = new ArrayList<String>();
        var containers = (Map<?, ?>) component.at("declarations.containers");
        if (containers == null || containers.isEmpty()) {
            return List.of(component.name() + " declares no containers");
        }
        containers.forEach((container, path) -> {
            Object block = values;
            for (var part : ((String) path).split("\\.")) {
                block = block instanceof Map<?, ?> map ? map.get(part)
                        : block instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()
                                ? list.get(Integer.parseInt(part)) : null;
            }
            var resources = block instanceof Map<?, ?> map ? map : Map.of();
            var requests = resources.get("requests") instanceof Map<?, ?> r ? r : Map.of();
            var limits = resources.get("limits") instanceof Map<?, ?> l ? l : Map.of();
            if (requests.get("cpu") == null || requests.get("memory") == null || limits.get("memory") == null) {
                missing.add(container + " at " + path + ": " + resources);
            }
        });
        return missing;
    }

    /**
     * The namespace rule of every Helm add-on: the namespace it declares exists with its Pod Security
     * level enforced, a default-deny policy covers both directions, DNS is allowed, and the release
     * waits for every policy of the namespace.
     */
    public static List<String> namespaceViolations(ResourceGraph graph, RecordedResource component) {
        var violations = new ArrayList<String>();
        var name = (String) component.at("declarations.namespace.name");
        var level = (String) component.at("declarations.namespace.podSecurity");
        var namespace = graph.ofType(NAMESPACE).stream().filter(n -> name.equals(n.at("metadata.name"))).findFirst();
        if (namespace.isEmpty()) {
            return List.of("no namespace " + name);
        }
        var labels = (Map<?, ?>) namespace.get().at("metadata.labels");
        for (var mode : List.of("enforce", "audit", "warn")) {
            if (!level.equals(labels.get("pod-security.kubernetes.io/" + mode))) {
                violations.add(name + " does not " + mode + " Pod Security " + level + ": " + labels);
            }
        }
        var policies = policies(graph, name);
        var deny = policies.get("default-deny-all");
        if (deny == null || !Map.of().equals(deny.at("spec.podSelector"))
                || !List.of("Ingress", "Egress").equals(deny.at("spec.policyTypes"))
                || deny.at("spec.ingress") != null || deny.at("spec.egress") != null) {
            violations.add(name + " has no default-deny-all for every pod in both directions");
        }
        var dns = policies.get("allow-dns");
        if (dns == null || !List.of(53, 53).equals(ports(dns))
                || !Map.of("k8s-app", "kube-dns").equals(dns.at("spec.egress.0.to.0.podSelector.matchLabels"))) {
            violations.add(name + " has no allow-dns to kube-dns on port 53");
        }
        if (graph.ofType(RELEASE).stream().noneMatch(r -> name.equals(r.at("namespace")))) {
            violations.add("no release in " + name);
        }
        return violations;
    }

    /** The graph without the resources {@code drop} matches: for twins that break a rule. */
    public static ResourceGraph without(ResourceGraph graph, java.util.function.Predicate<RecordedResource> drop) {
        return new ResourceGraph(graph.resources().stream().filter(drop.negate()).toList(), graph.outputs(), graph.invokes());
    }

    /** The resource as if declared without any dependency: for twins of wait rules. */
    public static RecordedResource eager(RecordedResource r) {
        return new RecordedResource(r.urn(), r.type(), r.name(), r.custom(), r.parent(), r.provider(), List.of(), r.options(), r.inputs());
    }

    /** A deep copy of values with one dotted path removed: for twins of values rules. */
    public static Map<String, Object> withoutPath(Map<?, ?> values, String path) {
        var copy = new LinkedHashMap<String, Object>();
        var dot = path.indexOf('.');
        values.forEach((key, value) -> {
            if (dot < 0 && key.equals(path)) {
                return;
            }
            if (dot > 0 && key.equals(path.substring(0, dot)) && value instanceof Map<?, ?> nested) {
                copy.put((String) key, withoutPath(nested, path.substring(dot + 1)));
            } else {
                copy.put((String) key, value);
            }
        });
        return copy;
    }
}
