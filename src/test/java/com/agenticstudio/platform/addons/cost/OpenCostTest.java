package com.agenticstudio.platform.addons.cost;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.check.SpotRules;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** OpenCost on every plan: its pin, Prometheus, prices without static keys, spot, its scrape, dashboard and budget alert. */
class OpenCostTest {
    static final String NAME = "opencost";

    static Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, NAME).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, OpenCost.TYPE).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsPinnedAndReadsTheClustersPrometheus(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "opencost", "2.5.17", "https://opencost.github.io/opencost-helm-chart");
        assertEquals("opencost/opencost-helm-chart@opencost-2.5.17 charts/opencost/values.yaml",
                component(stack.graph()).at("declarations.chart.valuesCheckedAt"));
        assertEquals(true, value(release, "opencost.prometheus.internal.enabled"));
        assertEquals("monitoring-prometheus", value(release, "opencost.prometheus.internal.serviceName"));
        assertEquals("monitoring", value(release, "opencost.prometheus.internal.namespaceName"));
        assertEquals(9090, AddonGraphs.number(value(release, "opencost.prometheus.internal.port")));
        assertEquals(false, value(release, "opencost.ui.enabled"));
        assertEquals(false, value(release, "opencost.mcp.enabled"));
        assertTrue(((String) value(release, "opencost.exporter.defaultClusterId")).startsWith("studio-"));
        assertEquals(List.of("monitoring", "scheduling"), component(stack.graph()).at("declarations.requires"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void noStaticKeyIsSet(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertNull(value(release, "opencost.exporter.cloudProviderApiKey"), "GCP's Billing API key is a static key: left off");
        assertNull(value(release, "opencost.exporter.aws"), "no AWS access keys");
        assertNull(value(release, "serviceAccount"), "no cloud identity: the AWS price list is public");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itRunsSpotPreferredAtBestEffortAndWaitsForItsClass(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertTrue(SpotRules.toleratesSpot(value(release, "opencost.tolerations")));
        assertTrue(SpotRules.prefersSpot(value(release, "opencost.affinity")));
        assertEquals("studio-best-effort", value(release, "priorityClassName"));
        assertTrue(release.dependsOn(graph.named("studio-best-effort")));
        assertFalse(release.dependsOn(AddonGraphs.release(graph, "monitoring").orElseThrow()),
                "the exporter retries its queries: the release does not wait for Prometheus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyContainerHasResourcesAndTheNamespaceIsRestrictedAndLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "opencost.exporter.resources")).size());
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
        assertEquals("restricted", component(graph).at("declarations.namespace.podSecurity"));
        assertEquals(true, value(release(graph), "podSecurityContext.runAsNonRoot"));
        assertEquals("RuntimeDefault", value(release(graph), "podSecurityContext.seccompProfile.type"));
        assertEquals(false, value(release(graph), "opencost.exporter.securityContext.allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), value(release(graph), "opencost.exporter.securityContext.capabilities.drop"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itsFlowsAreExactlyDnsTheApiServerPrometheusTheScrapeAndTheCloudsPricing(Stacks.Stack stack) {
        var graph = stack.graph();
        var policies = policies(graph, NAME);
        var expected = new java.util.TreeSet<>(Set.of("default-deny-all", "allow-dns", "allow-api-server",
                "allow-prometheus-query", "allow-scrape"));
        if (stack.cloud().equals("aws")) {
            expected.add("allow-aws-price-list");
            assertEquals(List.of(443), ports(policies.get("allow-aws-price-list")));
        }
        if (stack.cloud().equals("gcp")) {
            expected.add("allow-gcp-billing-api");
            assertEquals(List.of(443), ports(policies.get("allow-gcp-billing-api")));
        }
        assertEquals(expected, new java.util.TreeSet<>(policies.keySet()));
        assertEquals(List.of(9090), ports(policies.get("allow-prometheus-query")));
        assertEquals(List.of(9003), ports(policies.get("allow-scrape")));
        // Prometheus admits it at its end.
        var admitted = policies(graph, "monitoring").get("allow-prometheus-from-opencost");
        assertEquals(List.of(9090), ports(admitted));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itIsScrapedWithItsOwnLabelsAndHasItsDashboardAndBudgetAlert(Stacks.Stack stack) {
        var graph = stack.graph();
        var monitor = graph.ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor").stream()
                .filter(m -> NAME.equals(m.at("metadata.name"))).findFirst().orElseThrow();
        assertEquals("http", monitor.at("spec.endpoints.0.port"));
        assertEquals(true, monitor.at("spec.endpoints.0.honorLabels"));
        assertEquals(List.of("opencost"), monitor.at("spec.namespaceSelector.matchNames"));

        var dashboard = graph.ofType("kubernetes:core/v1:ConfigMap").stream()
                .filter(c -> "platform-cost-dashboard".equals(c.at("metadata.name"))).findFirst().orElseThrow();
        assertEquals("1", dashboard.at("metadata.labels.grafana_dashboard"));
        var json = JsonParser.parseString((String) AddonGraphs.entry(dashboard, "data", "platform-cost.json")).getAsJsonObject();
        assertEquals("platform-cost", json.get("uid").getAsString());

        var rule = graph.ofType("kubernetes:monitoring.coreos.com/v1:PrometheusRule").stream()
                .filter(r -> "opencost-alerts".equals(r.at("metadata.name"))).findFirst().orElseThrow();
        assertTrue(rule.dependsOn(AddonGraphs.release(graph, "monitoring").orElseThrow()), "waits for the CRD's release");
        var alert = (Map<?, ?>) rule.at("spec.groups.0.rules.0");
        assertEquals("PlatformCostOverBudget", alert.get("alert"));
        var budget = switch (stack.name()) {
            case "staging" -> 1500;
            case "prod" -> 6000;
            default -> 3000;
        };
        assertTrue(((String) alert.get("expr")).endsWith(" * 730 > " + budget), (String) alert.get("expr"));
        assertEquals("warning", ((Map<?, ?>) alert.get("labels")).get("severity"));
        assertTrue(String.valueOf(((Map<?, ?>) alert.get("annotations")).get("runbook_url")).endsWith("#platformcostoverbudget"));
        var missing = (Map<?, ?>) rule.at("spec.groups.0.rules.1");
        assertEquals("CostMetricsMissing", missing.get("alert"));
        assertEquals("absent(node_total_hourly_cost)", missing.get("expr"));
    }

    @Test
    void theDashboardCarriesTheBudgetAndBreaksCostDownByNamespaceAndWorkload() {
        var json = JsonParser.parseString(OpenCost.dashboardJson(4321)).getAsJsonObject();
        var budget = json.getAsJsonObject("templating").getAsJsonArray("list").asList().stream()
                .map(v -> v.getAsJsonObject()).filter(v -> v.get("name").getAsString().equals("budget")).findFirst().orElseThrow();
        assertEquals("4321", budget.get("query").getAsString());
        var titles = json.getAsJsonArray("panels").asList().stream().map(p -> p.getAsJsonObject().get("title").getAsString()).toList();
        assertTrue(titles.contains("Cost by namespace (monthly rate)"), titles.toString());
        assertTrue(titles.contains("Cost by workload (monthly rate)"), titles.toString());
        var exprs = json.getAsJsonArray("panels").asList().stream()
                .flatMap(p -> p.getAsJsonObject().getAsJsonArray("targets").asList().stream())
                .map(t -> t.getAsJsonObject().get("expr").getAsString()).toList();
        assertTrue(exprs.contains(OpenCost.MONTHLY_RUN_RATE), "the dashboard shows what the alert compares");
    }

    @Test
    void aBudgetBelowOneDollarIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OpenCost.Options("c", com.agenticstudio.platform.settings.Cloud.AWS,
                com.agenticstudio.platform.kube.ContainerResources.of("10m", "64Mi", "128Mi"), 0, "https://example.com/README.md",
                "monitoring", com.agenticstudio.platform.addons.monitoring.KubePrometheusStack.ID,
                com.agenticstudio.platform.addons.scheduling.PlatformScheduling.ID));
    }

    @Test
    void everyValuesKeyWasChecked() {
        assertEquals(List.of(), OpenCostValues.chart().uncheckedKeys(withoutPath((Map<?, ?>) release(PROD.graph()).at("values"), "none")));
        assertEquals(List.of("opencost.exporter.cloudProviderApiKey"), OpenCostValues.chart().uncheckedKeys(
                Map.of("opencost", Map.of("exporter", Map.of("cloudProviderApiKey", "AIza…")))));
    }

    @Test
    void everyPlanHoldsOpenCost() {
        Stream.of(DEV, STAGING, PROD, PROD_GCP).forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), NAME).isPresent()));
    }
}
