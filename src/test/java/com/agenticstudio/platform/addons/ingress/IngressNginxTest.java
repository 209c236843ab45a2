package com.agenticstudio.platform.addons.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ingress-nginx per cloud: the pinned chart, how traffic reaches it, and how it survives disruption. */
class IngressNginxTest {
    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    private static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    private static final Map<Cloud, ResourceGraph> GRAPHS = new ConcurrentHashMap<>();

    /** The stack file whose settings each cloud is exercised with. */
    private static String stackFor(Cloud cloud) {
        return cloud == Cloud.KIND ? "dev" : "prod";
    }

    static ResourceGraph graph(Cloud cloud) {
        return GRAPHS.computeIfAbsent(cloud, c -> install(c, cluster ->
                IngressNginx.Options.from(Graphs.settings(stackFor(c), Map.of("cloud", c.id())), cluster)).graph);
    }

    record Installed(ResourceGraph graph, IngressNginx component) {
    }

    static Installed install(Cloud cloud, Function<ClusterInfo, IngressNginx.Options> options) {
        var component = new AtomicReference<IngressNginx>();
        var graph = Graphs.component(cloud, cluster -> {
            var ingress = (IngressNginx) IngressNginx.addon(options.apply(cluster)).deploy()
                    .apply(new AddonContext(cluster, null, List.of()));
            component.set(ingress);
            return ingress;
        });
        return new Installed(graph, component.get());
    }

    static RecordedResource release(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE);
        assertEquals(1, releases.size(), "one Helm release");
        return releases.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(RecordedResource resource, String path) {
        return (Map<String, Object>) resource.at(path);
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theReleaseIsPinnedByChartRepositoryAndVersion(Cloud cloud) {
        var release = release(graph(cloud));
        assertEquals("ingress-nginx", release.at("chart"));
        assertEquals("https://kubernetes.github.io/ingress-nginx", release.at("repositoryOpts.repo"));
        assertEquals("4.10.1", release.at("version"));
        assertEquals("ingress-nginx", release.at("namespace"));
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theComponentHasItsOwnTypeToken(Cloud cloud) {
        var components = graph(cloud).ofType("studio:platform:IngressNginx");
        assertEquals(1, components.size());
        assertEquals(components.get(0).urn(), release(graph(cloud)).parent(), "the release is parented to the component");
    }

    @Test
    void onKindTheControllerBindsHostPortsOnTheIngressReadyNode() {
        var release = release(graph(Cloud.KIND));
        assertEquals(true, release.at("values.controller.hostPort.enabled"));
        assertEquals(Map.of("kubernetes.io/os", "linux", "ingress-ready", "true"), map(release, "values.controller.nodeSelector"));
        assertEquals("node-role.kubernetes.io/control-plane", release.at("values.controller.tolerations.0.key"));
        assertEquals("NoSchedule", release.at("values.controller.tolerations.0.effect"));
        assertEquals("NodePort", release.at("values.controller.service.type"));
        assertEquals(false, release.at("values.controller.publishService.enabled"));
        assertEquals(Map.of("publish-status-address", "localhost"), map(release, "values.controller.extraArgs"));
        assertEquals(1.0, ((Number) release.at("values.controller.replicaCount")).doubleValue());
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void onCloudsTheControllerBindsNoHostPortsAndPublishesTheLoadBalancer(Cloud cloud) {
        var release = release(graph(cloud));
        assertEquals(false, release.at("values.controller.hostPort.enabled"));
        assertNull(map(release, "values.controller.nodeSelector").get("ingress-ready"));
        assertEquals(true, release.at("values.controller.publishService.enabled"));
        assertEquals("LoadBalancer", release.at("values.controller.service.type"));
        assertEquals("Local", release.at("values.controller.service.externalTrafficPolicy"));
    }

    @Test
    void onAwsTheServiceIsAnInTreeNetworkLoadBalancer() {
        var annotations = map(release(graph(Cloud.AWS)), "values.controller.service.annotations");
        assertEquals("nlb", annotations.get("service.beta.kubernetes.io/aws-load-balancer-type"));
        assertEquals("tcp", annotations.get("service.beta.kubernetes.io/aws-load-balancer-backend-protocol"));
        assertEquals("true", annotations.get("service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"KIND", "GCP"})
    void elsewhereTheServiceCarriesNoAwsAnnotations(Cloud cloud) {
        assertEquals(Map.of(), map(release(graph(cloud)), "values.controller.service.annotations"));
    }

    @Test
    void kindAllowsHostPortsOnlyThroughAPrivilegedNamespace() {
        var labels = map(graph(Cloud.KIND).ofType(NAMESPACE).get(0), "metadata.labels");
        assertEquals("privileged", labels.get("pod-security.kubernetes.io/enforce"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void onCloudsTheNamespaceEnforcesRestricted(Cloud cloud) {
        var namespace = graph(cloud).ofType(NAMESPACE).get(0);
        assertEquals("ingress-nginx", namespace.at("metadata.name"));
        assertEquals("restricted", map(namespace, "metadata.labels").get("pod-security.kubernetes.io/enforce"));
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theReleaseWaitsForItsNamespace(Cloud cloud) {
        var graph = graph(cloud);
        assertTrue(release(graph).dependsOn(graph.ofType(NAMESPACE).get(0)));
    }

    @Test
    void prodRunsTheConfiguredReplicasAndKeepsAllButOneThroughDrains() {
        var release = release(graph(Cloud.AWS));
        assertEquals(3, ((Number) release.at("values.controller.replicaCount")).intValue());
        assertEquals(2, ((Number) release.at("values.controller.minAvailable")).intValue());
    }

    @Test
    void aSingleControllerGetsNoDisruptionBudget() {
        var single = install(Cloud.AWS, cluster -> new IngressNginx.Options(1, Exposure.forCloud(Cloud.AWS), true)).graph();
        assertFalse(map(release(single), "values.controller").containsKey("minAvailable"),
                "the chart renders no PDB for one replica; a minAvailable would suggest otherwise");
        assertEquals(List.of(), release(single).at("values.controller.topologySpreadConstraints"));
    }

    @Test
    void kindRunsExactlyOneController() {
        assertEquals(1, IngressNginx.Options.from(Graphs.settings("dev", Map.of()), Graphs.offlineCluster(Cloud.KIND)).replicas());
        assertThrows(IllegalArgumentException.class, () -> new IngressNginx.Options(2, new Exposure.HostPorts(), false));
    }

    @Test
    void onMultiZoneClustersControllersMustSpreadAcrossZones() {
        var release = release(graph(Cloud.AWS));
        assertEquals("topology.kubernetes.io/zone", release.at("values.controller.topologySpreadConstraints.0.topologyKey"));
        assertEquals("DoNotSchedule", release.at("values.controller.topologySpreadConstraints.0.whenUnsatisfiable"));
        assertEquals("kubernetes.io/hostname", release.at("values.controller.topologySpreadConstraints.1.topologyKey"));
        assertEquals("ScheduleAnyway", release.at("values.controller.topologySpreadConstraints.1.whenUnsatisfiable"));
        assertEquals(Map.of("app.kubernetes.io/name", "ingress-nginx", "app.kubernetes.io/instance", "ingress-nginx",
                        "app.kubernetes.io/component", "controller"),
                map(release, "values.controller.topologySpreadConstraints.0.labelSelector.matchLabels"));
    }

    @Test
    void onASingleZoneTheZoneSpreadIsOnlyAPreference() {
        var single = install(Cloud.GCP, cluster -> new IngressNginx.Options(2, Exposure.forCloud(Cloud.GCP), false)).graph();
        assertEquals("ScheduleAnyway", release(single).at("values.controller.topologySpreadConstraints.0.whenUnsatisfiable"));
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void itServesTheDefaultNginxClassWithMetricsAndTheAdmissionWebhook(Cloud cloud) {
        var release = release(graph(cloud));
        assertEquals(Map.of("name", "nginx", "enabled", true, "default", true), map(release, "values.controller.ingressClassResource"));
        assertEquals(true, release.at("values.controller.metrics.enabled"));
        assertEquals(false, release.at("values.controller.metrics.serviceMonitor.enabled"));
        assertEquals(true, release.at("values.controller.admissionWebhooks.enabled"));
        assertEquals(Map.of("cpu", "100m", "memory", "128Mi"), map(release, "values.controller.resources.requests"));
    }

    @Test
    void kindReplacesTheControllerInPlaceBecauseTheHostPortsAreTaken() {
        assertEquals(0, ((Number) release(graph(Cloud.KIND)).at("values.controller.updateStrategy.rollingUpdate.maxSurge")).intValue());
        assertNull(release(graph(Cloud.AWS)).at("values.controller.updateStrategy"));
    }

    @Test
    void workloadsLearnTheClassTheNamespaceAndTheReleaseToWaitFor() {
        var installed = install(Cloud.KIND, cluster -> IngressNginx.Options.from(Graphs.settings("dev", Map.of()), cluster));
        assertEquals("nginx", installed.component().className());
        assertEquals("ingress-nginx", installed.component().namespaceName());
        assertTrue(installed.component().release() != null);
    }
}
