package com.agenticstudio.platform.addons.certmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.ingress.IngressNginx;
import com.agenticstudio.platform.addons.metrics.MetricsServer;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ingress-nginx, cert-manager and metrics-server in the real program: they install in parallel, and
 * cert-manager's custom resources wait for its release.
 */
class EdgeAddonsInStacksTest {
    private static final Set<String> EDGE_ADDONS = Set.of(IngressNginx.TYPE, CertManager.TYPE, MetricsServer.TYPE);

    static Stream<Arguments> stacks() {
        return Stream.of(Arguments.of("dev", Map.of()), Arguments.of("staging", Map.of()), Arguments.of("prod", Map.of()),
                Arguments.of("staging", Map.of("cloud", "gcp")), Arguments.of("prod", Map.of("cloud", "gcp")));
    }

    /** The edge add-on component a resource belongs to (itself included), or null. */
    private static String edgeAddonOf(ResourceGraph graph, RecordedResource resource) {
        for (var current = resource; current != null; current = current.parent() == null ? null : graph.byUrn(current.parent())) {
            if (EDGE_ADDONS.contains(current.type())) {
                return current.urn();
            }
        }
        return null;
    }

    /** Every wait from inside one edge add-on on something inside another. */
    static List<String> edgeAddonsWaitingForEachOther(ResourceGraph graph) {
        var violations = new ArrayList<String>();
        for (var resource : graph.resources()) {
            var mine = edgeAddonOf(graph, resource);
            if (mine == null) {
                continue;
            }
            for (var dependency : resource.dependencies()) {
                var theirs = edgeAddonOf(graph, graph.byUrn(dependency));
                if (theirs != null && !theirs.equals(mine)) {
                    violations.add(resource.urn() + " waits for " + dependency);
                }
            }
        }
        return violations;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void ingressCertManagerAndMetricsServerDoNotWaitForEachOther(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertFalse(graph.ofType(IngressNginx.TYPE).isEmpty());
        assertFalse(graph.ofType(CertManager.TYPE).isEmpty());
        assertEquals(List.of(), edgeAddonsWaitingForEachOther(graph));
    }

    @Test
    void anAddOnThatRequiresAnotherIsCaught() {
        var graph = Graphs.component(Cloud.KIND, cluster -> {
            var ingress = IngressNginx.addon(IngressNginx.Options.from(Graphs.settings("dev", Map.of()), cluster))
                    .deploy().apply(new AddonContext(cluster, null, List.of()));
            return CertManager.addon(CertManager.Options.from(Graphs.settings("dev", Map.of()), cluster))
                    .deploy().apply(new AddonContext(cluster, null, List.of(ingress)));
        });
        assertFalse(edgeAddonsWaitingForEachOther(graph).isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyCertManagerCustomResourceWaitsForTheCertManagerRelease(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertFalse(graph.ofType(CertManagerTest.CLUSTER_ISSUER).isEmpty());
        assertEquals(List.of(), CertManagerTest.customResourcesNotWaitingForTheirCrds(graph));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void theIssuerTheAppAsksForExists(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        var issuer = Graphs.settings(stack, overrides).edge().tls().issuer().issuerName();
        assertEquals(1, graph.ofType(CertManagerTest.CLUSTER_ISSUER).stream().filter(r -> issuer.equals(r.at("metadata.name"))).count());
    }

    @Test
    void gkeUsesItsOwnMetricsServer() {
        assertEquals(List.of(), Graphs.stack("prod", Map.of("cloud", "gcp")).ofType(MetricsServer.TYPE));
        assertEquals(1, Graphs.stack("prod", Map.of()).ofType(MetricsServer.TYPE).size());
    }
}
