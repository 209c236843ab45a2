package com.agenticstudio.platform.addons.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** metrics-server per cloud: the pinned chart, kubelet TLS, and availability where HPAs depend on it. */
class MetricsServerTest {
    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    private static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    private static final Map<String, ResourceGraph> GRAPHS = new ConcurrentHashMap<>();

    static ResourceGraph graph(Cloud cloud, String stack) {
        return GRAPHS.computeIfAbsent(cloud + "/" + stack, key -> Graphs.component(cloud, cluster ->
                MetricsServer.addon(MetricsServer.Options.from(Graphs.settings(stack, Map.of("cloud", cloud.id())), cluster))
                        .deploy().apply(new AddonContext(cluster, null, List.of()))));
    }

    /** GKE runs its own metrics-server (Platform skips this add-on there); the chart still has to render right. */
    static ResourceGraph graph(Cloud cloud) {
        return graph(cloud, cloud == Cloud.KIND ? "dev" : "prod");
    }

    static RecordedResource release(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE);
        assertEquals(1, releases.size(), "one Helm release");
        return releases.get(0);
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theReleaseIsPinnedByChartRepositoryAndVersion(Cloud cloud) {
        var release = release(graph(cloud));
        assertEquals("metrics-server", release.at("chart"));
        assertEquals("https://kubernetes-sigs.github.io/metrics-server/", release.at("repositoryOpts.repo"));
        assertEquals("3.12.1", release.at("version"));
        assertEquals(1, graph(cloud).ofType("studio:platform:MetricsServer").size());
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void itRunsInARestrictedNamespaceOfItsOwnNotKubeSystem(Cloud cloud) {
        var namespace = graph(cloud).ofType(NAMESPACE).get(0);
        assertEquals("metrics-server", namespace.at("metadata.name"));
        @SuppressWarnings("unchecked")
        var labels = (Map<String, Object>) namespace.at("metadata.labels");
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"));
        assertEquals("metrics-server", release(graph(cloud)).at("namespace"));
        assertTrue(release(graph(cloud)).dependsOn(namespace));
    }

    @Test
    void onKindItSkipsVerifyingTheSelfSignedKubeletCertificates() {
        assertEquals(List.of("--kubelet-insecure-tls"), release(graph(Cloud.KIND)).at("values.args"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void onCloudsItVerifiesKubeletCertificates(Cloud cloud) {
        var args = (List<?>) release(graph(cloud)).at("values.args");
        assertFalse(args.contains("--kubelet-insecure-tls"));
    }

    static Stream<Arguments> sharedStacks() {
        return Stream.of(Arguments.of(Cloud.AWS, "staging"), Arguments.of(Cloud.AWS, "prod"));
    }

    @ParameterizedTest
    @MethodSource("sharedStacks")
    void sharedEnvironmentsRunTwoReplicasWithADisruptionBudget(Cloud cloud, String stack) {
        var release = release(graph(cloud, stack));
        assertEquals(2, ((Number) release.at("values.replicas")).intValue());
        assertEquals(true, release.at("values.podDisruptionBudget.enabled"));
        assertEquals(1, ((Number) release.at("values.podDisruptionBudget.minAvailable")).intValue());
        assertEquals(Map.of("cpu", "100m", "memory", "200Mi"), release.at("values.resources.requests"));
    }

    @Test
    void devRunsOneReplicaAndNoDisruptionBudgetThatWouldBlockDrains() {
        var release = release(graph(Cloud.KIND, "dev"));
        assertEquals(1, ((Number) release.at("values.replicas")).intValue());
        assertEquals(false, release.at("values.podDisruptionBudget.enabled"));
        assertEquals(null, release.at("values.replicaCount"), "the chart's key is replicas; replicaCount would be ignored");
    }

    @Test
    void optionsRefuseZeroReplicas() {
        assertThrows(IllegalArgumentException.class, () -> new MetricsServer.Options(0, false));
    }
}
