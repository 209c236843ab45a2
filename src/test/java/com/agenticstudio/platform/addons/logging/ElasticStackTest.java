package com.agenticstudio.platform.addons.logging;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.peers;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.check.SpotRules;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** ECK, Elasticsearch, Kibana and Filebeat on every plan, in the shape each stack asks for. */
class ElasticStackTest {
    static final String ELASTICSEARCH = "kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch";
    static final String KIBANA = "kubernetes:kibana.k8s.elastic.co/v1:Kibana";
    static final String BEAT = "kubernetes:beat.k8s.elastic.co/v1beta1:Beat";

    static Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, ElasticStack.ID.name()).orElseThrow();
    }

    static RecordedResource one(ResourceGraph graph, String type) {
        var found = graph.ofType(type);
        assertEquals(1, found.size(), type);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theOperatorIsPinnedInItsOwnRestrictedNamespaceAndInstallsTheCrds(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        AddonGraphs.assertPinned(release, "eck-operator", "3.5.0", "https://helm.elastic.co");
        assertEquals("elastic-system", release.at("namespace"));
        assertEquals(true, value(release, "installCRDs"));
        assertEquals("9095", value(release, "config.metrics.port"));
        var component = AddonGraphs.component(graph, ElasticStack.TYPE).orElseThrow();
        assertEquals("restricted", component.at("declarations.namespace.podSecurity"));
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theCustomResourcesWaitForTheEckReleaseAndNothingWaitsForThem(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        var custom = List.of(one(graph, ELASTICSEARCH), one(graph, KIBANA), one(graph, BEAT));
        for (var resource : custom) {
            assertTrue(resource.dependsOn(release), resource.name() + " waits for the release that installs its CRD");
            assertTrue(graph.resources().stream().noneMatch(r -> r.dependsOn(resource)), "nothing waits for " + resource.name());
        }
        assertFalse(AddonGraphs.eager(custom.get(0)).dependsOn(release), "the twin");
    }

    @Test
    void devRunsOneSmallNodeAndOneKibanaReachedByPortForward() {
        var graph = DEV.graph();
        var es = one(graph, ELASTICSEARCH);
        assertEquals(1, number(es.at("spec.nodeSets.0.count")));
        assertNull(es.at("spec.nodeSets.0.zoneAwareness"));
        assertEquals("DeleteOnScaledownAndClusterDeletion", es.at("spec.volumeClaimDeletePolicy"));
        assertFalse(es.options().protect());
        var kibana = one(graph, KIBANA);
        assertEquals(1, number(kibana.at("spec.count")));
        assertNull(((Map<?, ?>) kibana.at("spec.config")).get("server.publicBaseUrl"));
        assertTrue(graph.ofType("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").stream().noneMatch(r -> "kibana".equals(r.at("metadata.name"))));
    }

    @Test
    void stagingRunsAtLeastOneNodeAndKibanaBehindTheEdge() {
        var graph = STAGING.graph();
        assertTrue(number(one(graph, ELASTICSEARCH).at("spec.nodeSets.0.count")) >= 1);
        assertEquals(List.of("kibana.staging.agentic-studio.dev"), route(graph).at("spec.hostnames"));
    }

    @Test
    void prodRunsThreeMasterEligibleDataNodesOneAZoneWithRetainedVolumesAndTwoKibanas() {
        var graph = PROD.graph();
        var es = one(graph, ELASTICSEARCH);
        var nodes = (Map<?, ?>) es.at("spec.nodeSets.0");
        assertEquals(3, number(nodes.get("count")));
        assertEquals(List.of("master", "data", "ingest"), ((Map<?, ?>) es.at("spec.nodeSets.0.config")).get("node.roles"));
        assertEquals(Map.of(), nodes.get("zoneAwareness"), "spread over zones, shards allocated by zone (ECK's downward node labels)");
        assertEquals("DeleteOnScaledownOnly", es.at("spec.volumeClaimDeletePolicy"));
        assertTrue(es.options().protect());
        assertEquals("gp3", es.at("spec.nodeSets.0.volumeClaimTemplates.0.spec.storageClassName"));
        assertEquals(2, number(one(graph, KIBANA).at("spec.count")));
        assertEquals("https://kibana.agentic-studio.dev", ((Map<?, ?>) one(graph, KIBANA).at("spec.config")).get("server.publicBaseUrl"));
        assertEquals(List.of("kibana.agentic-studio.dev"), route(graph).at("spec.hostnames"));
        var budget = graph.ofType("kubernetes:policy/v1:PodDisruptionBudget").stream()
                .filter(p -> "logging".equals(p.at("metadata.namespace"))).findFirst().orElseThrow();
        assertEquals(Map.of("kibana.k8s.elastic.co/name", "kibana"), budget.at("spec.selector.matchLabels"));
        assertNull(es.at("spec.podDisruptionBudget"), "ECK's own budget for Elasticsearch: one node at a time, none while not green");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void elasticsearchNeedsNoPrivilegeStaysOnDemandAndKeepsTls(Stacks.Stack stack) {
        var es = one(stack.graph(), ELASTICSEARCH);
        var config = (Map<?, ?>) es.at("spec.nodeSets.0.config");
        assertEquals(false, config.get("node.store.allow_mmap"), "no privileged sysctl init container");
        assertNull(es.at("spec.nodeSets.0.podTemplate.spec.initContainers"));
        assertNull(es.at("spec.nodeSets.0.podTemplate.spec.tolerations"), "data nodes stay on on-demand capacity");
        assertEquals(true, es.at("spec.nodeSets.0.podTemplate.spec.securityContext.runAsNonRoot"));
        assertEquals("RuntimeDefault", es.at("spec.nodeSets.0.podTemplate.spec.securityContext.seccompProfile.type"));
        var resources = (Map<?, ?>) es.at("spec.nodeSets.0.podTemplate.spec.containers.0.resources");
        assertEquals(((Map<?, ?>) resources.get("requests")).get("memory"), ((Map<?, ?>) resources.get("limits")).get("memory"));
        assertEquals("elasticsearch-http-tls", es.at("spec.http.tls.certificate.secretName"));
        assertEquals("9.4.3", es.at("spec.version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void kibanaToleratesAndPrefersSpot(Stacks.Stack stack) {
        var kibana = one(stack.graph(), KIBANA);
        assertTrue(SpotRules.toleratesSpot(kibana.at("spec.podTemplate.spec.tolerations")));
        assertTrue(SpotRules.prefersSpot(kibana.at("spec.podTemplate.spec.affinity")));
        assertEquals(Map.of("name", "elasticsearch", "namespace", "logging"), kibana.at("spec.elasticsearchRef"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void filebeatReadsEveryNodesLogsIntoADataStreamWithTheStacksRetention(Stacks.Stack stack) {
        var graph = stack.graph();
        var beat = one(graph, BEAT);
        assertEquals("filebeat", beat.at("spec.type"));
        assertEquals("log-shipper", beat.at("metadata.namespace"));
        assertEquals(Map.of("name", "elasticsearch", "namespace", "logging"), beat.at("spec.elasticsearchRef"));
        var pod = "spec.daemonSet.podTemplate.spec.";
        assertEquals(false, beat.at(pod + "containers.0.securityContext.privileged"));
        assertEquals(List.of(Map.of("operator", "Exists")), beat.at(pod + "tolerations"), "every node, spot and tainted ones too");
        assertEquals("/var/log/containers", beat.at(pod + "volumes.0.hostPath.path"));
        assertEquals(true, beat.at(pod + "containers.0.volumeMounts.0.readOnly"));
        var config = (Map<?, ?>) beat.at("spec.config");
        assertEquals(true, config.get("setup.ilm.overwrite"));
        var retention = Map.of("dev", "3d", "staging", "7d", "prod", "30d").get(stack.name());
        var policy = graph.ofType("kubernetes:core/v1:ConfigMap").stream().filter(c -> "filebeat-ilm-policy".equals(c.at("metadata.name")))
                .findFirst().orElseThrow();
        assertTrue(((String) ((Map<?, ?>) policy.at("data")).get("ilm-policy.json")).contains("\"delete\":{\"min_age\":\"" + retention + "\""),
                () -> String.valueOf(policy.at("data")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void onlyTheShippersNamespaceIsPrivilegedAndSaysWhy(Stacks.Stack stack) {
        var namespaces = stack.graph().ofType(AddonGraphs.NAMESPACE);
        var levels = new java.util.TreeMap<String, Object>();
        namespaces.forEach(n -> levels.put((String) n.at("metadata.name"), ((Map<?, ?>) n.at("metadata.labels")).get("pod-security.kubernetes.io/enforce")));
        assertEquals("privileged", levels.get("log-shipper"));
        assertEquals("restricted", levels.get("logging"));
        assertEquals(List.of("log-shipper", "monitoring"), levels.entrySet().stream().filter(e -> "privileged".equals(e.getValue()))
                .map(Map.Entry::getKey).toList(), "node-exporter's namespace and the shipper's, nothing else");
        assertTrue(Filebeat.REASON.contains("hostPath"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void elasticsearchAdmitsExactlyItsCallersOnItsHttpPort(Stacks.Stack stack) {
        var graph = stack.graph();
        var http = policies(graph, "logging").get("allow-elasticsearch-http");
        assertEquals(List.of(9200), ports(http));
        var namespaces = peers(http).stream().map(p -> ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) p).get("namespaceSelector")).get("matchLabels"))
                .get("kubernetes.io/metadata.name")).toList();
        var expected = stack.name().equals("dev")
                ? List.of("elastic-system", "logging", "log-shipper", "monitoring")
                : List.of("elastic-system", "logging", "log-shipper", "monitoring", "tracing");
        assertEquals(expected, namespaces);
        assertTrue(policies(graph, "logging").containsKey("default-deny-all"));
        assertTrue(policies(graph, "log-shipper").containsKey("default-deny-all"));
        assertEquals(List.of(9200), ports(policies(graph, "log-shipper").get("allow-filebeat-to-elasticsearch")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void usersComeFromSecretsThatNeverShowTheirPasswords(Stacks.Stack stack) {
        var graph = stack.graph();
        var es = one(graph, ELASTICSEARCH);
        var realm = ((List<?>) es.at("spec.auth.fileRealm")).stream().map(r -> ((Map<?, ?>) r).get("secretName")).toList();
        assertEquals(stack.name().equals("dev") ? List.of("elasticsearch-user-grafana")
                : List.of("elasticsearch-user-grafana", "elasticsearch-user-jaeger"), realm);
        if (stack.name().equals("dev")) {
            var secret = graph.ofType("kubernetes:core/v1:Secret").stream()
                    .filter(s -> "elasticsearch-user-grafana".equals(s.at("metadata.name")) && "logging".equals(s.at("metadata.namespace")))
                    .findFirst().orElseThrow();
            assertEquals(Map.of("username", "[secret]", "password", "[secret]", "roles", "[secret]"), secret.at("stringData"));
        } else {
            var synced = graph.ofType("kubernetes:external-secrets.io/v1:ExternalSecret").stream()
                    .filter(s -> "logging".equals(s.at("metadata.namespace"))).map(s -> s.at("spec.target.name")).sorted().toList();
            assertEquals(List.of("elasticsearch-user-grafana", "elasticsearch-user-jaeger"), synced);
        }
    }

    private static RecordedResource route(ResourceGraph graph) {
        return graph.ofType("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").stream()
                .filter(r -> "kibana".equals(r.at("metadata.name"))).findFirst().orElseThrow();
    }
}
