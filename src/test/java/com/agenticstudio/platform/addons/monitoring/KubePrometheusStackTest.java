package com.agenticstudio.platform.addons.monitoring;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.namespaceViolations;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.addons.edge.EnvoyGateway;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** kube-prometheus-stack and the platform's scrapes and alerts, over the real stacks. */
class KubePrometheusStackTest {
    static final String RELEASE = "kubernetes:helm.sh/v3:Release";

    static Stream<Stacks.Stack> stacks() {
        return Stacks.all();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, KubePrometheusStack.ID.name()).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, KubePrometheusStack.TYPE).orElseThrow();
    }

    static List<RecordedResource> monitoringObjects(ResourceGraph graph) {
        return graph.resources().stream().filter(r -> r.type().startsWith("kubernetes:monitoring.coreos.com/v1:")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsPinnedTo88_5_3(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "kube-prometheus-stack", "88.5.3", "https://prometheus-community.github.io/helm-charts");
        assertEquals("monitoring", release.at("namespace"));
        assertEquals(true, value(release, "crds.enabled"), "the CRDs come with the release the monitoring objects wait for");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theNamespaceIsPrivilegedBecauseOfNodeExporterAndDeniesByDefault(Stacks.Stack stack) {
        var component = component(stack.graph());
        assertEquals("privileged", component.at("declarations.namespace.podSecurity"));
        assertTrue(((String) component.at("declarations.namespace.reason")).contains("node-exporter"));
        assertEquals(List.of(), namespaceViolations(stack.graph(), component));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyContainerOfTheChartHasRequestsAndAMemoryLimit(Stacks.Stack stack) {
        var component = component(stack.graph());
        var containers = (Map<?, ?>) component.at("declarations.containers");
        assertTrue(containers.keySet().containsAll(List.of("prometheus", "alertmanager", "grafana", "grafana-sidecars",
                "kube-state-metrics", "node-exporter", "prometheus-operator", "admission-webhook-patch", "config-reloader")));
        assertEquals(List.of(), containersWithoutResources(component, (Map<?, ?>) release(stack.graph()).at("values")));
    }

    @Test
    void aContainerWithoutResourcesIsCaught() {
        var values = withoutPath((Map<?, ?>) release(PROD.graph()).at("values"), "grafana.sidecar.resources");
        assertEquals(1, containersWithoutResources(component(PROD.graph()), values).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theReleaseWaitsForNothingButItsNamespaceAndGrafanasPriorityClass(Stacks.Stack stack) {
        var graph = stack.graph();
        var namespace = graph.ofType(AddonGraphs.NAMESPACE).stream().filter(n -> "monitoring".equals(n.at("metadata.name")))
                .findFirst().orElseThrow();
        // Grafana names studio-best-effort, which must exist before its pod is admitted.
        var bestEffort = graph.ofType("kubernetes:scheduling.k8s.io/v1:PriorityClass").stream()
                .filter(c -> "studio-best-effort".equals(c.at("metadata.name"))).findFirst().orElseThrow();
        assertEquals(java.util.Set.of(namespace.urn(), bestEffort.urn()), java.util.Set.copyOf(release(graph).dependencies()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyMonitoringObjectWaitsForTheReleaseThatInstallsItsCrd(Stacks.Stack stack) {
        var graph = stack.graph();
        var objects = monitoringObjects(graph);
        assertTrue(objects.size() >= 6, objects.toString());
        var release = release(graph).urn();
        for (var object : objects) {
            assertTrue(object.dependencies().contains(release), object.urn() + " waits for " + object.dependencies());
        }
    }

    @Test
    void noOtherAddonWaitsForMonitoringButOpenCostWhichQueriesItsPrometheusAndCloudNativePgWhoseAlertsItHolds() {
        for (var stack : Stacks.ALL) {
            var graph = stack.graph();
            var platform = graph.ofType("studio:platform:Platform").get(0);
            graph.resources().stream().filter(r -> platform.urn().equals(r.parent()) && !r.type().equals(KubePrometheusStack.TYPE)
                            && !r.type().equals(com.agenticstudio.platform.addons.cost.OpenCost.TYPE)
                            && !r.type().equals(com.agenticstudio.platform.addons.postgres.CloudNativePg.TYPE))
                    .forEach(addon -> assertFalse(((List<?>) addon.at("declarations.requires")).contains(KubePrometheusStack.ID.name()),
                            addon.name() + " requires monitoring"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void prometheusSelectsLabelledObjectsFromEveryNamespace(Stacks.Stack stack) {
        var release = release(stack.graph());
        for (var kind : List.of("serviceMonitor", "podMonitor", "rule", "probe", "scrapeConfig")) {
            assertEquals(false, value(release, "prometheus.prometheusSpec." + kind + "SelectorNilUsesHelmValues"), kind);
            assertEquals(KubePrometheusStack.SELECTION_LABELS, value(release, "prometheus.prometheusSpec." + kind + "Selector.matchLabels"), kind);
        }
        for (var kind : List.of("serviceMonitor", "podMonitor", "rule")) {
            assertEquals(Map.of(), value(release, "prometheus.prometheusSpec." + kind + "NamespaceSelector"), kind);
        }
        // The chart's own objects carry the label too, or Prometheus would drop its own scrapes.
        assertEquals(KubePrometheusStack.SELECTION_LABELS, value(release, "commonLabels"));
        assertEquals(KubePrometheusStack.SELECTION_LABELS, value(release, "kube-state-metrics.prometheus.monitor.additionalLabels"));
        assertEquals(KubePrometheusStack.SELECTION_LABELS, value(release, "prometheus-node-exporter.prometheus.monitor.additionalLabels"));
        assertEquals(KubePrometheusStack.SELECTION_LABELS, value(release, "grafana.serviceMonitor.labels"));
        for (var object : monitoringObjects(stack.graph())) {
            assertEquals("true", entry(object, "metadata.labels", "studio.platform/monitoring"), object.urn());
        }
    }

    @Test
    void prodRunsTwoPrometheusOverZonesKeepingFifteenDaysOnTheClusterStorageClass() {
        for (var stack : List.of(PROD, PROD_GCP)) {
            var release = release(stack.graph());
            assertEquals(2, number(value(release, "prometheus.prometheusSpec.replicas")));
            assertEquals("15d", value(release, "prometheus.prometheusSpec.retention"));
            var storageClass = stack.cloud().equals("gcp") ? "studio-balanced" : "gp3";
            assertEquals(storageClass, value(release, "prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.storageClassName"));
            assertEquals("50Gi", value(release, "prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage"));
            assertEquals("topology.kubernetes.io/zone", value(release, "prometheus.prometheusSpec.topologySpreadConstraints.0.topologyKey"));
            assertEquals(true, value(release, "prometheus.podDisruptionBudget.enabled"));
            assertEquals(3, number(value(release, "alertmanager.alertmanagerSpec.replicas")));
            assertEquals(true, value(release, "alertmanager.podDisruptionBudget.enabled"));
        }
    }

    @Test
    void devIsSmallAndShort() {
        var release = release(DEV.graph());
        assertEquals(1, number(value(release, "prometheus.prometheusSpec.replicas")));
        assertEquals("2d", value(release, "prometheus.prometheusSpec.retention"));
        assertEquals(null, value(release, "prometheus.prometheusSpec.storageSpec"));
        assertEquals(1, number(value(release, "alertmanager.alertmanagerSpec.replicas")));
        assertEquals(false, value(release, "prometheus.podDisruptionBudget.enabled"));
    }

    @Test
    void sizingKeepsProdAtFifteenDaysAndTwoReplicas() {
        var prod = KubePrometheusStack.Sizing.of(Environment.PROD);
        assertTrue(prod.prometheusReplicas() >= 2);
        assertEquals("15d", prod.retention());
        assertEquals(3, prod.alertmanagerReplicas());
        assertThrows(IllegalArgumentException.class, () -> new KubePrometheusStack.Sizing(0, "15d", "45GB", java.util.Optional.empty(),
                prod.prometheus(), 1, java.util.Optional.empty(), prod.alertmanager(), prod.grafana(), prod.kubeStateMetrics()));
        assertThrows(IllegalArgumentException.class, () -> new KubePrometheusStack.Sizing(1, "two weeks", "45GB", java.util.Optional.empty(),
                prod.prometheus(), 1, java.util.Optional.empty(), prod.alertmanager(), prod.grafana(), prod.kubeStateMetrics()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void controlPlaneComponentsNobodyCanReachAreNotScraped(Stacks.Stack stack) {
        var release = release(stack.graph());
        for (var component : List.of("kubeEtcd", "kubeScheduler", "kubeControllerManager", "kubeProxy")) {
            assertEquals(false, value(release, component + ".enabled"), component);
        }
        for (var rules : List.of("etcd", "kubeSchedulerAlerting", "kubeSchedulerRecording", "kubeControllerManager", "kubeProxy")) {
            assertEquals(false, value(release, "defaultRules.rules." + rules), rules);
        }
        boolean gke = stack.cloud().equals("gcp");
        assertEquals(gke, value(release, "kubeDns.enabled"), "GKE's DNS is kube-dns");
        assertEquals(!gke, value(release, "coreDns.enabled"));
    }

    @Test
    void gkesManagedCollectionIsOffSoNothingIsCollectedTwice() {
        for (var stack : List.of(PROD_GCP, new Stacks.Stack("staging", Map.of("cloud", "gcp")))) {
            var cluster = stack.graph().ofType("gcp:container/cluster:Cluster").get(0);
            assertEquals(false, cluster.at("monitoringConfig.managedPrometheus.enabled"));
            assertEquals(List.of("SYSTEM_COMPONENTS"), cluster.at("monitoringConfig.enableComponents"));
        }
    }

    @Test
    void eachCloudSaysWhyItsControlPlaneIsNotScraped() {
        for (var cloud : Cloud.values()) {
            assertFalse(KubePrometheusStack.ControlPlane.of(cloud).reason().isBlank(), cloud.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void grafanaReadsItsAdminPasswordFromASecretTheChartDoesNotGenerate(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertEquals("grafana-admin", value(release, "grafana.admin.existingSecret"));
        assertEquals(null, value(release, "grafana.adminPassword"));
        if (stack.name().equals("dev")) {
            var secret = graph.ofType("kubernetes:core/v1:Secret").stream()
                    .filter(s -> "grafana-admin".equals(s.at("metadata.name"))).findFirst().orElseThrow();
            assertEquals("monitoring", secret.at("metadata.namespace"));
            assertTrue(graph.ofType("kubernetes:external-secrets.io/v1:ExternalSecret").stream()
                    .noneMatch(s -> "grafana-admin".equals(s.at("metadata.name"))));
        } else {
            var external = graph.ofType("kubernetes:external-secrets.io/v1:ExternalSecret").stream()
                    .filter(s -> "grafana-admin".equals(s.at("metadata.name"))).findFirst().orElseThrow();
            assertEquals("monitoring", external.at("metadata.namespace"));
            assertEquals(stack.name().equals("prod") ? "studio-prod-grafana-admin-password" : "studio-staging-grafana-admin-password",
                    external.at("spec.data.0.remoteRef.key"));
            assertEquals("admin-password", external.at("spec.data.0.secretKey"));
            assertEquals("admin", external.at("spec.target.template.data.admin-user"));
            assertTrue(graph.ofType("kubernetes:core/v1:Secret").stream().noneMatch(s -> "grafana-admin".equals(s.at("metadata.name"))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void grafanaProvisionsPrometheusAndAlertmanagerAndLoadsDashboardsFromEveryNamespace(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals(true, value(release, "grafana.sidecar.datasources.defaultDatasourceEnabled"));
        assertEquals(true, value(release, "grafana.sidecar.datasources.alertmanager.enabled"));
        assertEquals("ALL", value(release, "grafana.sidecar.dashboards.searchNamespace"));
        assertEquals("grafana_dashboard", value(release, "grafana.sidecar.dashboards.label"));
    }

    @Test
    void stagingAndProdReachGrafanaThroughTheEdgeDevByPortForward() {
        for (var stack : List.of(STAGING, PROD, PROD_GCP)) {
            var graph = stack.graph();
            var route = graph.ofType("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").stream()
                    .filter(r -> "grafana".equals(r.at("metadata.name"))).findFirst().orElseThrow();
            assertEquals("monitoring", route.at("metadata.namespace"));
            assertEquals("monitoring-grafana", route.at("spec.rules.0.backendRefs.0.name"));
            var host = stack.name().equals("prod") ? "grafana.agentic-studio.dev" : "grafana.staging.agentic-studio.dev";
            assertEquals(List.of(host), route.at("spec.hostnames"));
            assertEquals("https-" + host, route.at("spec.parentRefs.0.sectionName"));
            var namespace = graph.ofType(AddonGraphs.NAMESPACE).stream().filter(n -> "monitoring".equals(n.at("metadata.name"))).findFirst().orElseThrow();
            EnvoyGateway.ROUTES_LABEL.forEach((k, v) -> assertEquals(v, entry(namespace, "metadata.labels", k)));
            assertEquals(List.of(3000), ports(policies(graph, "monitoring").get("allow-grafana-from-edge")));
            var ini = (Map<?, ?>) entry(release(graph), "values.grafana", "grafana.ini");
            assertEquals(Map.of("domain", host, "root_url", "https://" + host + "/"), ini.get("server"), "redirects and alert links use the public URL");
        }
        var dev = DEV.graph();
        var devIni = (Map<?, ?>) entry(release(dev), "values.grafana", "grafana.ini");
        assertEquals(Map.of("analytics", Map.of("check_for_updates", false)), devIni, "no public URL on kind, and no update checks");
        assertTrue(dev.ofType("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").stream().noneMatch(r -> "grafana".equals(r.at("metadata.name"))));
        assertFalse(policies(dev, "monitoring").containsKey("allow-grafana-from-edge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void prometheusReachesItsTargetsAndTheAppAdmitsItOnTheMetricsPortOnly(Stacks.Stack stack) {
        var policies = policies(stack.graph(), "monitoring");
        assertEquals(List.of(8000), ports(policies.get("allow-prometheus-to-app")));
        assertEquals(List.of(10250, 9100), ports(policies.get("allow-prometheus-to-nodes")));
        assertEquals(List.of(9402), ports(policies.get("allow-prometheus-to-cert-manager")));
        assertEquals(List.of(19001), ports(policies.get("allow-prometheus-to-envoy-gateway-system")));
        assertEquals(List.of(9093, 8080), ports(policies.get("allow-alertmanager-from-prometheus")));
        assertEquals(List.of(10250), ports(policies.get("allow-webhook")), "the operator's admission webhook");
        assertFalse(policies.containsKey("allow-alertmanager-to-receivers"), "no receiver is configured in the stack files");
        var app = policies(stack.graph(), "studio").get("allow-from-monitoring");
        assertEquals(List.of(8000), ports(app));
    }

    @Test
    void alertmanagersGossipOnlyWhereThereAreSeveral() {
        assertTrue(policies(PROD.graph(), "monitoring").containsKey("allow-alertmanager-gossip-in"));
        assertFalse(policies(DEV.graph(), "monitoring").containsKey("allow-alertmanager-gossip-in"));
    }

    @Test
    void aSlackReceiverIsReadFromAMountedSecretNeverFromTheValues() {
        var graph = com.agenticstudio.platform.testing.Graphs.stack("prod", Map.of("alertSlackSecretKey", "studio-prod-alerts-slack"));
        var release = release(graph);
        assertEquals(List.of("alertmanager-receivers"), value(release, "alertmanager.alertmanagerSpec.secrets"));
        assertEquals("slack", value(release, "alertmanager.config.route.receiver"));
        assertEquals("/etc/alertmanager/secrets/alertmanager-receivers/slack-webhook-url",
                value(release, "alertmanager.config.receivers.1.slack_configs.0.api_url_file"));
        var external = graph.ofType("kubernetes:external-secrets.io/v1:ExternalSecret").stream()
                .filter(s -> "alertmanager-receivers".equals(s.at("metadata.name"))).findFirst().orElseThrow();
        assertEquals("studio-prod-alerts-slack", external.at("spec.data.0.remoteRef.key"));
        assertEquals(List.of(443), ports(policies(graph, "monitoring").get("allow-alertmanager-to-receivers")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void withoutAReceiverAlertsStayInAlertmanager(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals("null", value(release, "alertmanager.config.route.receiver"));
        assertEquals(null, value(release, "alertmanager.alertmanagerSpec.secrets"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void thePlatformIsScrapedWhereItsAddOnsRun(Stacks.Stack stack) {
        var names = monitoringObjects(stack.graph()).stream()
                .filter(r -> "monitoring".equals(r.at("metadata.namespace")))
                .map(r -> r.type().substring(r.type().lastIndexOf(':') + 1) + " " + r.at("metadata.name")).sorted().toList();
        var expected = new java.util.ArrayList<>(List.of("PodMonitor envoy-proxies", "PrometheusRule platform-alerts",
                "ServiceMonitor cert-manager", "ServiceMonitor envoy-gateway", "ServiceMonitor opencost", "PodMonitor eck-operator",
                "ServiceMonitor jaeger", "PodMonitor reloader"));
        if (!stack.cloud().equals("gcp")) {
            expected.add("ServiceMonitor metrics-server");
        }
        if (!stack.cloud().equals("kind")) {
            expected.add("ServiceMonitor external-secrets");
            expected.add("PodMonitor velero");
        }
        if (stack.cloud().equals("aws")) {
            expected.add("PodMonitor aws-load-balancer-controller");
            expected.add("ServiceMonitor cluster-autoscaler");
        }
        if (stack.cloud().equals("kind")) { // CloudNativePG: its operator and the database pods
            expected.add("PodMonitor cloudnative-pg");
            expected.add("PodMonitor postgres");
        }
        assertEquals(expected.stream().sorted().toList(), names);
    }

    @Test
    void theExternalSecretsAlertComesOnlyWithExternalSecrets() {
        var names = new PlatformAlerts(false, "https://example.com/README.md").alerts().stream().map(a -> a.name()).toList();
        assertEquals(List.of("CertificateExpiringSoon", "CertificateNotReady", "EdgeHighErrorRate"), names);
        assertTrue(new PlatformAlerts(true, "https://example.com/README.md").alerts().stream()
                .anyMatch(a -> a.name().equals("ExternalSecretSyncFailing")));
    }

    @Test
    void aSecretFromTheSecretManagerNeedsTheSecretStore() {
        var settings = com.agenticstudio.platform.testing.Graphs.settings("prod", Map.of());
        var cluster = com.agenticstudio.platform.testing.Graphs.offlineCluster(Cloud.AWS);
        assertThrows(IllegalArgumentException.class, () -> KubePrometheusStack.Options.from(settings, cluster, EnvoyGateway.ID,
                java.util.Optional.empty(), List.of(), List.of(), com.agenticstudio.platform.addons.scheduling.PlatformScheduling.ID,
                new LogsAndTraces(List.of(com.agenticstudio.platform.addons.logging.ElasticStack.ID),
                        new com.agenticstudio.platform.addons.logging.ElasticStack.User("grafana",
                                com.agenticstudio.platform.addons.logging.ElasticStack.Role.LOGS_READER, settings.logging().grafanaPassword()),
                        "http://jaeger.tracing.svc:16686", new com.agenticstudio.platform.kube.Flow.Peer.Pods("tracing", Map.of()), 16686),
                secrets -> Map.of()));
    }
}
