package com.agenticstudio.platform.addons.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.services.Monitoring;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monitoring spec records' wire forms (the fields of prometheus-operator 0.93.1's CRDs as bundled
 * with kube-prometheus-stack 88.5.3) and their refusals.
 */
class MonitoringSpecsTest {
    static final String RUNBOOK = "https://example.com/README.md#webdown";

    @Test
    void aServiceMonitorNamesItsServicesNamespacesAndPorts() {
        var spec = new ServiceMonitorSpec(Map.of("app", "web"), List.of("shop"),
                List.of(new ServiceMonitorSpec.Endpoint("metrics", "/metrics", "30s", false)));
        assertEquals("monitoring.coreos.com/v1", spec.crdKind().apiVersion());
        assertEquals("ServiceMonitor", spec.crdKind().kind());
        assertEquals(Map.of(
                "selector", Map.of("matchLabels", Map.of("app", "web")),
                "namespaceSelector", Map.of("matchNames", List.of("shop")),
                "endpoints", List.of(Map.of("port", "metrics", "path", "/metrics", "interval", "30s", "scheme", "http"))), spec.toWire());
    }

    @Test
    void anHttpsEndpointSkipsVerifyingASelfSignedCertificate() {
        var endpoint = new ServiceMonitorSpec.Endpoint("https", "/metrics", "60s", true).toWire();
        assertEquals("https", endpoint.get("scheme"));
        assertEquals(Map.of("insecureSkipVerify", true), endpoint.get("tlsConfig"));
    }

    @Test
    void aServiceMonitorRefusesWhatTheCrdOrCommonSenseRefuses() {
        var endpoint = List.of(new ServiceMonitorSpec.Endpoint("metrics", "/metrics", "30s", false));
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec(Map.of(), List.of("shop"), endpoint), "every Service");
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec(Map.of("app", "web"), List.of(), endpoint));
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec(Map.of("app", "web"), List.of("shop"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec.Endpoint("8000", "/metrics", "30s", false), "a port name, not a number");
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec.Endpoint("metrics", "metrics", "30s", false));
        assertThrows(IllegalArgumentException.class, () -> new ServiceMonitorSpec.Endpoint("metrics", "/metrics", "30 seconds", false));
    }

    @Test
    void aPodMonitorScrapesPodsByPortName() {
        var spec = new PodMonitorSpec(Map.of("app", "envoy"), List.of("edge"), "metrics", "/stats/prometheus", "60s");
        assertEquals("PodMonitor", spec.crdKind().kind());
        assertEquals(List.of(Map.of("port", "metrics", "path", "/stats/prometheus", "interval", "60s")), spec.toWire().get("podMetricsEndpoints"));
        assertThrows(IllegalArgumentException.class, () -> new PodMonitorSpec(Map.of(), List.of("edge"), "metrics", "/", "60s"));
    }

    @Test
    void aPrometheusRuleCarriesSeveritySummaryDescriptionAndRunbook() {
        var alert = new Monitoring.Alert("WebDown", "up == 0", "5m", "critical", "web is down", "no target answers", RUNBOOK);
        var spec = new PrometheusRuleSpec("web", List.of(alert));
        assertEquals("PrometheusRule", spec.crdKind().kind());
        var rule = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) spec.toWire().get("groups")).get(0)).get("rules")).get(0);
        assertEquals("WebDown", rule.get("alert"));
        assertEquals("5m", rule.get("for"));
        assertEquals(Map.of("severity", "critical"), rule.get("labels"));
        assertEquals(Map.of("summary", "web is down", "description", "no target answers", "runbook_url", RUNBOOK), rule.get("annotations"));
    }

    @Test
    void anAlertRefusesWhatAPersonWokenByItWouldMiss() {
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("WebDown", "up == 0", "5m", "page", "s", "d", RUNBOOK));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("WebDown", "up == 0", "5m", "critical", "", "d", RUNBOOK));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("WebDown", "up == 0", "5m", "critical", "s", "d",
                "https://example.com/README.md"), "a runbook link names its section");
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("web_down", "up == 0", "5m", "critical", "s", "d", RUNBOOK));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("WebDown", "up == 0", "five minutes", "critical", "s", "d", RUNBOOK));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Alert("WebDown", " ", "5m", "critical", "s", "d", RUNBOOK));
    }

    @Test
    void anAlertGroupRefusesTwoAlertsOfOneName() {
        var alert = new Monitoring.Alert("WebDown", "up == 0", "5m", "critical", "s", "d", RUNBOOK);
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.AlertGroup("web", "shop", Map.of(), "web", List.of(alert, alert)));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.AlertGroup("web", "shop", Map.of(), "web", List.of()));
    }

    @Test
    void aScrapeSelectsByLabelsAndNamesItsPort() {
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.ServiceScrape("web", "shop", Map.of(), Map.of(), "metrics",
                "/metrics", "30s", false));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.ServiceScrape("web", "shop", Map.of(), Map.of("app", "web"),
                "a-port-name-that-is-too-long", "/metrics", "30s", false));
        assertTrue(new Monitoring.ServiceScrape("web", "shop", Map.of(), Map.of("app", "web"), "metrics", "/metrics", "30s", false)
                .serviceLabels().containsKey("app"));
    }

    @Test
    void aDashboardIsAJsonObjectInANamedFile() {
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Dashboard("web", "shop", Map.of(), "web.yaml", "{}"));
        assertThrows(IllegalArgumentException.class, () -> new Monitoring.Dashboard("web", "shop", Map.of(), "web.json", "[]"));
    }
}
