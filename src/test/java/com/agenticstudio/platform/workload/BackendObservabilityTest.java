package com.agenticstudio.platform.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import com.agenticstudio.platform.services.Monitoring;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.google.gson.JsonParser;
import com.pulumi.resources.Resource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The backend as the platform's Monitoring sees it, with the contract mocked. */
class BackendObservabilityTest {

    static Monitoring observed(Map<String, String> overrides) {
        var platform = Backends.platform(true);
        Backends.of(Graphs.settings("prod", overrides), Cloud.AWS, c -> c, platform);
        return platform.monitoring();
    }

    static Monitoring.ServiceScrape scrape(Monitoring monitoring) {
        var scrape = ArgumentCaptor.forClass(Monitoring.ServiceScrape.class);
        verify(monitoring).scrape(scrape.capture(), any(), any(Resource[].class));
        return scrape.getValue();
    }

    static Monitoring.AlertGroup alerts(Monitoring monitoring) {
        var group = ArgumentCaptor.forClass(Monitoring.AlertGroup.class);
        verify(monitoring).alerts(group.capture(), any(), any(Resource[].class));
        return group.getValue();
    }

    @Test
    void theServicesNamedMetricsPortIsScrapedOnTheSettingsPath() {
        var scrape = scrape(observed(Map.of("metricsPath", "/internal/metrics")));
        assertEquals("fastapi-backend", scrape.name());
        assertEquals("studio", scrape.namespace());
        assertEquals("metrics", scrape.port());
        assertEquals("/internal/metrics", scrape.path());
        assertEquals("fastapi-backend", scrape.serviceLabels().get("app.kubernetes.io/name"));
    }

    @Test
    void theServiceNamesTheMetricsPortOnTheHttpPortOrItsOwn() {
        var graph = Backends.of("prod", Map.of());
        var service = graph.ofType("kubernetes:core/v1:Service").get(0);
        assertEquals(Map.of("name", "metrics", "port", 8000, "targetPort", "http", "protocol", "TCP"),
                com.agenticstudio.platform.addons.AddonGraphs.normalised(service.at("spec.ports.1")));
        var own = Backends.of("prod", Map.of("metricsPort", "9100")).ofType("kubernetes:core/v1:Service").get(0);
        assertEquals("metrics", own.at("spec.ports.1.targetPort"), "the container's own metrics port");
    }

    @Test
    void everyAlertAServiceOwnerWantsIsThereWithSeverityAndRunbook() {
        var group = alerts(observed(Map.of()));
        assertEquals("fastapi-backend-alerts", group.name());
        assertEquals(List.of("BackendErrorBudgetBurnFast", "BackendErrorBudgetBurnSlow", "BackendLatencyHigh", "BackendPodCrashLooping",
                "BackendPodNotReady", "BackendHpaAtMaximum", "BackendReplicasUnavailable"), group.alerts().stream().map(Monitoring.Alert::name).toList());
        for (var alert : group.alerts()) {
            assertTrue(alert.runbook().startsWith("https://github.com/agentic-startup-studio/studio-platform/blob/main/README.md#"
                    + alert.name().toLowerCase(java.util.Locale.ROOT)), alert.runbook());
        }
    }

    @Test
    void availabilityBurnsTheSettableErrorBudgetOverTwoWindowsEach() {
        var fast = alerts(observed(Map.of("sloAvailabilityPercent", "99.9"))).alerts().get(0);
        assertTrue(fast.expr().contains("[1h]") && fast.expr().contains("[5m]"), fast.expr());
        assertTrue(fast.expr().contains("> (14.4 * 0.001)"), fast.expr());
        assertEquals("critical", fast.severity());
        var slow = alerts(observed(Map.of())).alerts().get(1);
        assertTrue(slow.expr().contains("[6h]") && slow.expr().contains("[30m]") && slow.expr().contains("> (6 * 0.005)"), slow.expr());
    }

    @Test
    void latencyIsJudgedAgainstTheSettableThreshold() {
        var latency = alerts(observed(Map.of("latencyP95ThresholdMs", "750"))).alerts().get(2);
        assertTrue(latency.expr().startsWith("histogram_quantile(0.95,") && latency.expr().endsWith("> 0.75"), latency.expr());
    }

    @Test
    void withoutAnHpaThereIsNoAlertForItsMaximum() {
        var names = alerts(observed(Map.of("hpaEnabled", "false"))).alerts().stream().map(Monitoring.Alert::name).toList();
        assertFalse(names.contains("BackendHpaAtMaximum"));
        assertTrue(names.contains("BackendReplicasUnavailable"));
    }

    @Test
    void theDashboardComesFromTheRepositoryWithTheStacksObjective() {
        var json = JsonParser.parseString(BackendObservability.dashboardJson(new BigDecimal("99.9"))).getAsJsonObject();
        assertEquals("fastapi-backend", json.get("uid").getAsString());
        var slo = new java.util.ArrayList<String>();
        json.getAsJsonObject("templating").getAsJsonArray("list").forEach(v -> {
            if (v.getAsJsonObject().get("name").getAsString().equals("slo")) {
                slo.add(v.getAsJsonObject().get("query").getAsString());
            }
        });
        assertEquals(List.of("99.9"), slo);
        var titles = new java.util.ArrayList<String>();
        json.getAsJsonArray("panels").forEach(p -> titles.add(p.getAsJsonObject().get("title").getAsString()));
        assertEquals(List.of("Request rate", "Error ratio (5xx)", "Latency p50 / p95 / p99", "Replicas against the HPA's bounds",
                "CPU against requests and limits", "Memory against requests and limits", "Container restarts (1h)"), titles);
        var dashboard = ArgumentCaptor.forClass(Monitoring.Dashboard.class);
        var monitoring = observed(Map.of());
        verify(monitoring).dashboard(dashboard.capture(), any(), any(Resource[].class));
        assertEquals("fastapi-backend.json", dashboard.getValue().fileName());
        assertEquals(Optional.of("studio"), Optional.of(dashboard.getValue().namespace()));
    }
}
