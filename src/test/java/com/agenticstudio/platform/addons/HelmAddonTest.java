package com.agenticstudio.platform.addons;

import static com.agenticstudio.platform.addons.AddonGraphs.RELEASE;
import static com.agenticstudio.platform.addons.AddonGraphs.eager;
import static com.agenticstudio.platform.addons.AddonGraphs.namespaceViolations;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every chart add-on gets from HelmAddon, seen on a tiny add-on with a tiny chart. */
class HelmAddonTest {
    static final String TYPE = "studio:test:Tiny";
    static final AddonId<String> BASE = AddonId.of("base", String.class);
    static final AddonId<Tiny> ID = AddonId.of("tiny", Tiny.class);
    static final HelmChart CHART = new HelmChart("tiny", "https://charts.example.test", "1.2.3",
            "example/tiny@v1.2.3 charts/tiny/values.yaml",
            Set.of("replicaCount", "resources", "nodeSelector", "sidecar.resources"),
            Map.of("tiny", "resources", "sidecar", "sidecar.resources"));
    static final AddonNamespace RESTRICTED = new AddonNamespace("tiny", PodSecurity.RESTRICTED, "runs as non-root, drops every capability");
    static final int WEBHOOK_PORT = 9443;

    /** A chart add-on that requires {@code base}, with one webhook flow. */
    static final class Tiny extends HelmAddon {
        Tiny(AddonContext context, AddonNamespace namespace, Map<String, Object> values) {
            super(TYPE, context, CHART, namespace);
            install(values, List.of(Flow.webhook(cluster().network(), Map.of("app", "tiny"), WEBHOOK_PORT)));
            registerOutputs(Map.of());
        }
    }

    static Map<String, Object> values() {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", 1);
        values.put("resources", ContainerResources.of("10m", "32Mi", "64Mi").toMap());
        values.put("sidecar", Map.of("resources", ContainerResources.of("5m", "16Mi", "32Mi").toMap()));
        return values;
    }

    static ResourceGraph install(AddonNamespace namespace, Map<String, Object> values) {
        var base = new Addon<String>() {
            @Override
            public AddonId<String> id() {
                return BASE;
            }

            @Override
            public String deploy(AddonContext context) {
                return "base";
            }
        };
        var tiny = new Addon<Tiny>() {
            @Override
            public AddonId<Tiny> id() {
                return ID;
            }

            @Override
            public List<AddonId<?>> requires() {
                return List.of(BASE);
            }

            @Override
            public Tiny deploy(AddonContext context) {
                return new Tiny(context, namespace, values);
            }
        };
        return Graphs.component(Cloud.KIND, cluster -> AddonInstaller.install(List.of(tiny, base), cluster,
                new ComponentResource("studio:platform:Platform", "platform", ComponentResourceOptions.Empty)));
    }

    private static ResourceGraph graph;

    static synchronized ResourceGraph graph() {
        if (graph == null) {
            graph = install(RESTRICTED, values());
        }
        return graph;
    }

    static RecordedResource component(ResourceGraph graph) {
        return graph.ofType(TYPE).get(0);
    }

    static RecordedResource release(ResourceGraph graph) {
        return graph.ofType(RELEASE).get(0);
    }

    static String failure(AddonNamespace namespace, Map<String, Object> values) {
        return assertThrows(AssertionError.class, () -> install(namespace, values)).getMessage();
    }

    // --- the namespace ------------------------------------------------------------------------------------

    @Test
    void theNamespaceEnforcesItsPodSecurityLevelPinnedToTheClusterMinor() {
        var labels = (Map<?, ?>) graph().ofType(AddonGraphs.NAMESPACE).get(0).at("metadata.labels");
        for (var mode : List.of("enforce", "audit", "warn")) {
            assertEquals("restricted", labels.get("pod-security.kubernetes.io/" + mode), mode);
            assertEquals("v" + Graphs.KUBERNETES_VERSION, labels.get("pod-security.kubernetes.io/" + mode + "-version"), mode);
        }
        assertEquals(List.of(), namespaceViolations(graph(), component(graph())));
    }

    @Test
    void aNamespaceAtBaselineBreaksTheRestrictedRule() {
        var baseline = install(new AddonNamespace("tiny", PodSecurity.BASELINE, "the chart mounts a hostPath"), values());
        var labels = (Map<?, ?>) baseline.ofType(AddonGraphs.NAMESPACE).get(0).at("metadata.labels");
        assertEquals("baseline", labels.get("pod-security.kubernetes.io/enforce"));
        assertEquals("baseline", component(baseline).at("declarations.namespace.podSecurity"));
        var error = assertThrows(IllegalArgumentException.class, () -> new AddonNamespace("tiny", PodSecurity.BASELINE, " "));
        assertEquals("namespace tiny needs the reason for Pod Security BASELINE", error.getMessage());
    }

    // --- the policies ---------------------------------------------------------------------------------

    @Test
    void everythingIsDeniedExceptDnsAndTheDeclaredFlows() {
        var policies = policies(graph(), "tiny");
        assertEquals(List.of("default-deny-all", "allow-dns", "allow-webhook"), List.copyOf(policies.keySet()));
        var deny = policies.get("default-deny-all");
        assertEquals(Map.of(), deny.at("spec.podSelector"), "every pod, including ones added later");
        assertEquals(List.of("Ingress", "Egress"), deny.at("spec.policyTypes"));
        var dns = policies.get("allow-dns");
        assertEquals(Map.of("k8s-app", "kube-dns"), dns.at("spec.egress.0.to.0.podSelector.matchLabels"));
        assertEquals(List.of("UDP", "TCP"), ((List<?>) dns.at("spec.egress.0.ports")).stream().map(p -> ((Map<?, ?>) p).get("protocol")).toList());
        var webhook = policies.get("allow-webhook");
        assertEquals(List.of(WEBHOOK_PORT), ports(webhook));
        assertEquals(Map.of("app", "tiny"), webhook.at("spec.podSelector.matchLabels"));
        assertEquals("10.40.0.0/16", webhook.at("spec.ingress.0.from.0.ipBlock.cidr"), "from the webhook callers");
    }

    @Test
    void theReleaseAndThePoliciesWaitOnlyForTheNamespaceSoTheyApplySideBySide() {
        var release = release(graph());
        assertEquals(3, policies(graph(), "tiny").size());
        policies(graph(), "tiny").values().forEach(policy -> assertFalse(release.dependsOn(policy), policy.name()));
        assertTrue(release.dependencies().stream().allMatch(urn -> urn.endsWith("::tiny")), release.dependencies().toString());
        assertTrue(release.providerUrn().endsWith("::test-k8s"), "the cluster's provider: " + release.provider());
        assertEquals("tiny", release.at("namespace"));
    }

    @Test
    void aMissingDefaultDenyOrReleaseBreaksTheNamespaceRule() {
        var noDeny = without(graph(), r -> "default-deny-all".equals(r.at("metadata.name")));
        assertEquals(List.of("tiny has no default-deny-all for every pod in both directions"), namespaceViolations(noDeny, component(graph())));
        var noRelease = without(graph(), r -> r.type().equals(RELEASE));
        assertEquals(List.of("no release in tiny"), namespaceViolations(noRelease, component(graph())));
    }

    // --- the declarations -----------------------------------------------------------------------------

    @Test
    void theComponentRecordsWhatTheAddonDeclares() {
        var component = component(graph());
        assertEquals("tiny", component.name());
        assertEquals(List.of("base"), component.at("declarations.requires"));
        assertEquals(Map.of("name", "tiny", "repository", "https://charts.example.test", "version", "1.2.3",
                "valuesCheckedAt", "example/tiny@v1.2.3 charts/tiny/values.yaml"), component.at("declarations.chart"));
        assertEquals("runs as non-root, drops every capability", component.at("declarations.namespace.reason"));
        assertEquals(Map.of("tiny", "resources", "sidecar", "sidecar.resources"), component.at("declarations.containers"));
        assertEquals(graph().named("platform").urn(), component.parent());
    }

    // --- the values -----------------------------------------------------------------------------------

    @Test
    void theReleaseInstallsThePinnedChartWithTheValues() {
        var release = release(graph());
        assertEquals("tiny", release.at("chart"));
        assertEquals("1.2.3", release.at("version"));
        assertEquals("https://charts.example.test", release.at("repositoryOpts.repo"));
        assertEquals(true, release.at("atomic"));
        assertEquals(List.of(), AddonGraphs.containersWithoutResources(component(graph()), (Map<?, ?>) release.at("values")));
    }

    @Test
    void aValuesKeyNobodyCheckedIsRefusedNamingTheKeyAndTheChartTag() {
        var values = values();
        values.put("replicas", 2);
        var message = failure(RESTRICTED, values);
        assertTrue(message.contains("tiny 1.2.3: values keys [replicas] were not checked against example/tiny@v1.2.3 charts/tiny/values.yaml"),
                message);
    }

    @Test
    void aKeyUnderACheckedFreeFormPrefixPasses() {
        assertEquals(List.of(), CHART.uncheckedKeys(Map.of("nodeSelector", Map.of("kubernetes.io/os", "linux", "x", Map.of("y", "z")))));
        assertEquals(List.of("sidecar.image.tag"), CHART.uncheckedKeys(Map.of("sidecar", Map.of("image", Map.of("tag", "1")))),
                "the twin: a sibling of a checked key is not covered");
        var values = values();
        values.put("nodeSelector", Map.of("kubernetes.io/os", "linux"));
        var graph = install(RESTRICTED, values);
        assertEquals("linux", ((Map<?, ?>) release(graph).at("values.nodeSelector")).get("kubernetes.io/os"));
    }

    @Test
    void aContainerWithoutAMemoryLimitIsRefused() {
        var values = values();
        values.put("sidecar", Map.of("resources", Map.of("requests", Map.of("cpu", "5m", "memory", "16Mi"))));
        var message = failure(RESTRICTED, values);
        assertTrue(message.contains("tiny container sidecar needs CPU and memory requests and a memory limit at sidecar.resources"), message);
        var withoutLimit = AddonGraphs.withoutPath(release(graph()).inputs(), "values.resources.limits.memory");
        assertEquals(1, AddonGraphs.containersWithoutResources(component(graph()), (Map<?, ?>) withoutLimit.get("values")).size(),
                "the twin of the stack-wide resources rule");
    }

    @Test
    void aChartWhoseContainerResourcesAreNotAmongTheCheckedKeysIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> new HelmChart("tiny", "https://charts.example.test", "1.2.3",
                "example/tiny@v1.2.3 charts/tiny/values.yaml", Set.of("resources"), Map.of("controller", "controller.resources")));
        assertEquals("tiny: container resources at controller.resources are not among the checked keys", error.getMessage());
    }
}
