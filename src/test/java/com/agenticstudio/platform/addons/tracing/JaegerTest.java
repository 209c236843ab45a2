package com.agenticstudio.platform.addons.tracing;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.check.SpotRules;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Jaeger v2 on every plan: its pin, its storage per stack, OTLP on 4317 and 4318 only, a private UI. */
class JaegerTest {
    static Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, Jaeger.ID.name()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsPinnedInTheTracingNamespaceAndRunsOnSpotFirst(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        AddonGraphs.assertPinned(release, "jaeger", "4.11.1", "https://jaegertracing.github.io/helm-charts");
        assertEquals("tracing", release.at("namespace"));
        assertTrue(SpotRules.toleratesSpot(value(release, "jaeger.tolerations")));
        assertTrue(SpotRules.prefersSpot(value(release, "jaeger.affinity")));
        var component = AddonGraphs.component(graph, Jaeger.TYPE).orElseThrow();
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component));
        assertNull(value(release, "jaeger.ingress"), "the UI is not public");
    }

    @Test
    void devKeepsTracesInMemory() {
        var release = release(DEV.graph());
        assertEquals(Map.of("memory", Map.of("max_traces", 50000)),
                AddonGraphs.normalised(value(release, "userconfig.extensions.jaeger_storage.backends.traces")));
        assertEquals(1, AddonGraphs.number(value(release, "jaeger.replicas")));
        assertEquals(List.of(), AddonGraphs.component(DEV.graph(), Jaeger.TYPE).orElseThrow().at("declarations.requires"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.agenticstudio.platform.addons.AddonGraphs#cloudStacks")
    void cloudsStoreTracesInElasticsearchWithAPasswordFileAndTheCa(Stacks.Stack stack) {
        var release = release(stack.graph());
        var es = (Map<?, ?>) value(release, "userconfig.extensions.jaeger_storage.backends.traces.elasticsearch");
        assertEquals(List.of("https://elasticsearch-es-http.logging.svc:9200"), es.get("server_urls"));
        assertEquals(Map.of("basic", Map.of("username", "jaeger", "password_file", "/etc/elasticsearch-user/password")), es.get("auth"));
        assertEquals(Map.of("ca_file", "/etc/elasticsearch-ca/ca.crt"), es.get("tls"));
        assertFalse(String.valueOf(release.inputs()).contains("password\":"), "no password in the values");
        assertTrue(stack.graph().ofType("kubernetes:external-secrets.io/v1:ExternalSecret").stream()
                .anyMatch(s -> "tracing".equals(s.at("metadata.namespace")) && "elasticsearch-user-jaeger".equals(s.at("spec.target.name"))));
        assertTrue(stack.graph().ofType("kubernetes:cert-manager.io/v1:Certificate").stream()
                .anyMatch(c -> "tracing".equals(c.at("metadata.namespace")) && "elasticsearch-ca".equals(c.at("spec.secretName"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.agenticstudio.platform.addons.AddonGraphs#cloudStacks")
    void tracesInElasticsearchAreDeletedAfterAWeekInProdAndThreeDaysElsewhere(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals(true, value(release, "esIndexCleaner.enabled"));
        assertEquals(stack.name().startsWith("prod") ? 7 : 3, AddonGraphs.number(value(release, "esIndexCleaner.numberOfDays")));
        assertEquals("https://elasticsearch-es-http.logging.svc:9200", value(release, "storage.elasticsearch.url"));
        assertEquals(List.of(
                Map.of("name", "ES_USERNAME", "value", "jaeger"),
                Map.of("name", "ES_PASSWORD", "valueFrom", Map.of("secretKeyRef", Map.of("name", "elasticsearch-user-jaeger", "key", "password"))),
                Map.of("name", "ES_TLS_ENABLED", "value", "true"),
                Map.of("name", "ES_TLS_CA", "value", "/etc/elasticsearch-ca/ca.crt")),
                AddonGraphs.normalised(value(release, "esIndexCleaner.extraEnv")));
        assertNull(value(release, "storage.elasticsearch.password"), "the password comes from the Secret, not the values");
        var egress = policies(stack.graph(), "tracing").get("allow-elasticsearch");
        assertEquals(Jaeger.RELEASE_PODS, egress.at("spec.podSelector.matchLabels"), "the cleaner reaches Elasticsearch too");
    }

    @Test
    void devHasNoIndexToCleanButItsCleanerIsSizedAnyway() {
        var release = release(DEV.graph());
        assertEquals(false, value(release, "esIndexCleaner.enabled"));
        assertEquals(Map.of("requests", Map.of("cpu", "10m", "memory", "32Mi"), "limits", Map.of("memory", "64Mi")),
                AddonGraphs.normalised(value(release, "esIndexCleaner.resources")));
        assertNull(value(release, "storage"));
    }

    @Test
    void tracesAreKeptAtLeastADay() {
        var user = new ElasticStack.User(Jaeger.USER, ElasticStack.Role.TRACES_WRITER, new SecretSource.SecretManager("k"));
        assertThrows(IllegalArgumentException.class, () -> new Jaeger.Storage.Elasticsearch(user, 0, 0));
        assertEquals(1, new Jaeger.Storage.Elasticsearch(user, 0, 1).retentionDays(), "the twin");
    }

    @Test
    void prodRunsTwoReplicasUnderABudget() {
        var graph = PROD.graph();
        assertEquals(2, AddonGraphs.number(value(release(graph), "jaeger.replicas")));
        var pdb = graph.ofType("kubernetes:policy/v1:PodDisruptionBudget").stream()
                .filter(p -> "tracing".equals(p.at("metadata.namespace"))).findFirst().orElseThrow();
        assertEquals(Jaeger.PODS, pdb.at("spec.selector.matchLabels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void spansArriveOnExactlyTheTwoOtlpPortsAndGrafanaReadsTheQueryPort(Stacks.Stack stack) {
        var policies = policies(stack.graph(), "tracing");
        assertEquals(List.of(4317, 4318), ports(policies.get("allow-otlp-from-app")));
        assertEquals(List.of(16686), ports(policies.get("allow-query-from-grafana")));
        assertEquals(List.of(8888), ports(policies.get("allow-scrape")));
        assertEquals(!stack.name().equals("dev"), policies.containsKey("allow-elasticsearch"));
    }

    @Test
    void anInMemoryStoreRunsOneReplicaOnly() {
        var namespace = new AddonNamespace("tracing", PodSecurity.RESTRICTED, "test");
        var grafana = new Flow.Peer.Pods("monitoring", Map.of());
        assertThrows(IllegalArgumentException.class, () -> new Jaeger.Options(namespace, new Jaeger.Storage.Memory(50_000), 2,
                ContainerResources.of("50m", "256Mi", "512Mi"), "studio", "monitoring", grafana, Optional.empty(), List.of()));
        assertEquals(1, new Jaeger.Options(namespace, new Jaeger.Storage.Memory(50_000), 1,
                ContainerResources.of("50m", "256Mi", "512Mi"), "studio", "monitoring", grafana, Optional.empty(), List.of()).replicas(),
                "the twin");
    }
}
