package com.agenticstudio.platform.addons.metrics;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** metrics-server where the cluster does not ship one: kind and EKS. */
class MetricsServerTest {

    static Stream<Stacks.Stack> installed() {
        return Stream.of(DEV, STAGING, PROD);
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, "metrics-server").orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, MetricsServer.TYPE).orElseThrow();
    }

    static List<?> args(ResourceGraph graph) {
        return (List<?>) value(release(graph), "args");
    }

    @Test
    void gkeShipsItsOwnSoNoneIsInstalledThere() {
        assertTrue(AddonGraphs.component(PROD_GCP.graph(), MetricsServer.TYPE).isEmpty());
        assertTrue(AddonGraphs.release(PROD_GCP.graph(), "metrics-server").isEmpty());
        assertTrue(policies(PROD_GCP.graph(), "metrics-server").isEmpty());
        installed().forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), "metrics-server").isPresent(), stack.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("installed")
    void theChartIsPinnedTo3_13_1(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "metrics-server", "3.13.1", "https://kubernetes-sigs.github.io/metrics-server/");
    }

    @Test
    void onlyKindSkipsVerifyingKubeletCertificates() {
        assertEquals(List.of("--kubelet-insecure-tls"), args(DEV.graph()), "kind's kubelets serve self-signed certificates");
        assertEquals(List.of(), args(STAGING.graph()));
        assertEquals(List.of(), args(PROD.graph()));
    }

    @Test
    void sharedEnvironmentsRunTwoWithABudgetDevRunsOneWithout() {
        for (var stack : List.of(STAGING, PROD)) {
            var release = release(stack.graph());
            assertEquals(2, number(value(release, "replicas")), "the chart's key is replicas, not replicaCount");
            assertEquals(true, value(release, "podDisruptionBudget.enabled"));
            assertEquals(1, number(value(release, "podDisruptionBudget.minAvailable")));
        }
        var dev = release(DEV.graph());
        assertEquals(1, number(value(dev, "replicas")));
        assertEquals(Map.of("enabled", false), value(dev, "podDisruptionBudget"), "a budget on one pod blocks every drain");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("installed")
    void theContainerHasRequestsAndAMemoryLimitAndTheNamespaceIsLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "resources.requests")).size(), "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("installed")
    void theApiServerReachesTheAggregatedApiAndMetricsServerReachesEveryKubelet(Stacks.Stack stack) {
        var policies = policies(stack.graph(), "metrics-server");
        assertEquals(List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-aggregated-api", "allow-kubelets",
                "allow-scrape"), List.copyOf(policies.keySet()));
        // Prometheus reads metrics-server's own metrics on its TLS port, from the monitoring namespace only.
        assertEquals(List.of(10250), ports(policies.get("allow-scrape")));
        var aggregated = policies.get("allow-aggregated-api");
        assertEquals(List.of("Ingress"), aggregated.at("spec.policyTypes"));
        assertEquals(List.of(10250), ports(aggregated));
        var kubelets = policies.get("allow-kubelets");
        assertEquals(List.of("Egress"), kubelets.at("spec.policyTypes"));
        assertEquals(List.of(10250), ports(kubelets));
        var cidrs = AddonGraphs.peers(kubelets).stream().map(p -> ((Map<?, ?>) ((Map<?, ?>) p).get("ipBlock")).get("cidr")).toList();
        assertEquals(nodeNetwork(stack), cidrs, "the nodes' addresses");
    }

    /** Where the nodes are: Docker's default pools for kind, the node network of the settings in the cloud. */
    static List<String> nodeNetwork(Stacks.Stack stack) {
        return stack.cloud().equals("kind") ? List.of("172.16.0.0/12", "192.168.0.0/16")
                : List.of(Graphs.settings(stack.name(), stack.overrides()).cluster().network().nodes().toString());
    }
}
