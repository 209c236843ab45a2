package com.agenticstudio.platform.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Zero trust in the app namespace: deny both ways, then one named policy per needed flow. */
class AppNetworkPoliciesTest {
    private static final Map<String, String> APP = Map.of(
            "app.kubernetes.io/name", "fastapi-backend", "app.kubernetes.io/instance", "fastapi-backend");

    private static RecordedResource policy(ResourceGraph graph, String name) {
        return graph.named("fastapi-backend-network-" + name);
    }

    private static List<String> policyNames(ResourceGraph graph) {
        return graph.ofType("kubernetes:networking.k8s.io/v1:NetworkPolicy").stream()
                .map(p -> String.valueOf(p.at("metadata.name"))).sorted().toList();
    }

    private static Map<String, Object> port(String protocol, int port) {
        return Map.of("protocol", protocol, "port", port);
    }

    /** Ports as the engine recorded them, with numbers as ints, for comparison with literals. */
    private static List<Map<String, Object>> ports(RecordedResource policy, String path) {
        return ((List<?>) policy.at(path)).stream().map(p -> (Map<?, ?>) p)
                .map(p -> Map.<String, Object>of("protocol", p.get("protocol"), "port", ((Number) p.get("port")).intValue()))
                .toList();
    }

    @Test
    void everyPodInTheNamespaceIsDeniedBothWaysByDefault() {
        var deny = policy(Backends.of("prod", Map.of()), "default-deny-all");
        assertEquals(Map.of(), deny.at("spec.podSelector"));
        assertEquals(List.of("Ingress", "Egress"), deny.at("spec.policyTypes"));
        assertEquals(null, deny.at("spec.ingress"));
        assertEquals(null, deny.at("spec.egress"));
    }

    @Test
    void onlyTheEdgesProxiesReachTheHttpPort() {
        var allow = policy(Backends.of("prod", Map.of()), "allow-from-edge");
        assertEquals(APP, allow.at("spec.podSelector.matchLabels"));
        assertEquals(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", Backends.EDGE_NAMESPACE)),
                        "podSelector", Map.of("matchLabels", Backends.EDGE_PODS)),
                allow.at("spec.ingress.0.from.0"));
        assertEquals(List.of(port("TCP", 8000)), ports(allow, "spec.ingress.0.ports"));
    }

    @Test
    void prometheusScrapesTheMetricsPortFromTheMonitoringNamespace() {
        var allow = policy(Backends.of("prod", Map.of("metricsPort", "9090", "monitoringNamespace", "prom")), "allow-from-monitoring");
        assertEquals(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "prom"))),
                allow.at("spec.ingress.0.from.0"));
        assertEquals(List.of(port("TCP", 9090)), ports(allow, "spec.ingress.0.ports"));
    }

    @Test
    void clusterDnsIsReachableOverUdpAndTcp() {
        var dns = policy(Backends.of("prod", Map.of()), "allow-dns");
        assertEquals(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "kube-system")),
                "podSelector", Map.of("matchLabels", Map.of("k8s-app", "kube-dns"))), dns.at("spec.egress.0.to.0"));
        assertEquals(List.of(port("UDP", 53), port("TCP", 53)), ports(dns, "spec.egress.0.ports"));
    }

    @Test
    void theDatabaseIsReachableOnlyWhereItsConnectionSays() {
        var database = policy(Backends.of("prod", Map.of()), "allow-database");
        assertEquals(List.of(Map.of("ipBlock", Map.of("cidr", Backends.DATABASE_CIDR.toString()))), database.at("spec.egress.0.to"));
        assertEquals(List.of(port("TCP", Backends.DATABASE_PORT)), ports(database, "spec.egress.0.ports"));
    }

    @Test
    void spansGoToExactlyTheCollectorsOtlpPortsInTheTracingNamespace() {
        var tracing = policy(Backends.of("prod", Map.of()), "allow-tracing");
        assertEquals(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "tracing"))),
                tracing.at("spec.egress.0.to.0"));
        assertEquals(List.of(port("TCP", 4317), port("TCP", 4318)), ports(tracing, "spec.egress.0.ports"));
    }

    @Test
    void theInternetIsReachableOverHttpsOnlyWhenAllowedAndNeverThePrivateRangesOrMetadata() {
        assertEquals(List.of("allow-database", "allow-dns", "allow-from-edge", "allow-from-monitoring", "allow-tracing",
                "default-deny-all"), policyNames(Backends.of("prod", Map.of())));
        var https = policy(Backends.of("prod", Map.of("allowExternalHttps", "true")), "allow-external-https");
        assertEquals("0.0.0.0/0", https.at("spec.egress.0.to.0.ipBlock.cidr"));
        var except = (List<?>) https.at("spec.egress.0.to.0.ipBlock.except");
        assertTrue(except.containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")), except.toString());
        assertEquals(List.of(port("TCP", 443)), ports(https, "spec.egress.0.ports"));
    }

    @Test
    void aLoadBalancerServiceIsReachableFromOutsideTheCluster() {
        var allow = policy(Backends.of("prod", Map.of("serviceType", "LoadBalancer")), "allow-from-edge");
        assertEquals(Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0")), allow.at("spec.ingress.0.from.1"));
    }

    @Test
    void everyAllowSelectsOnlyTheAppsPods() {
        var graph = Backends.of("dev", Map.of());
        var allows = graph.ofType("kubernetes:networking.k8s.io/v1:NetworkPolicy").stream()
                .filter(p -> !"default-deny-all".equals(p.at("metadata.name"))).toList();
        assertEquals(6, allows.size());
        allows.forEach(p -> assertEquals(APP, p.at("spec.podSelector.matchLabels"), String.valueOf(p.at("metadata.name"))));
    }
}
