package com.agenticstudio.platform.rules;

import com.agenticstudio.platform.check.ChartServices;
import com.agenticstudio.platform.check.MonitoringRules;
import com.agenticstudio.platform.check.KubernetesRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The monitoring rules over every real stack, and a twin for each that sees it fail. */
class MonitoringRulesTest {

    static java.util.stream.Stream<Stack> stacks() {
        return Stacks.all();
    }

    @ParameterizedTest(name = "{0}: every ServiceMonitor selects a Service that exists and names one of its ports")
    @MethodSource("stacks")
    void everyServiceMonitorSelectsAServicePort(Stack stack) {
        var manifests = ChartServices.withStandIns(stack.graph());
        assertTrue(KubernetesRules.ofKind(manifests, "ServiceMonitor").size() >= 4, "the backend's and the platform's");
        assertEquals(List.of(), MonitoringRules.serviceMonitorsSelectServicePorts(manifests));
    }

    @ParameterizedTest(name = "{0}: every alert has a severity, a summary, a description and a runbook link")
    @MethodSource("stacks")
    void everyAlertHasASeverityAndARunbook(Stack stack) {
        var manifests = stack.graph().manifests();
        assertTrue(KubernetesRules.ofKind(manifests, "PrometheusRule").size() >= 2, "the backend's and the platform's");
        assertEquals(List.of(), MonitoringRules.alertsHaveSeverityAndRunbook(manifests));
    }

    @ParameterizedTest(name = "{0}: every runbook link points at a section of the README")
    @MethodSource("stacks")
    void everyRunbookLinkHasItsSection(Stack stack) throws Exception {
        var readme = Files.readString(Graphs.PROJECT.resolve("README.md"));
        var sections = MonitoringRules.headingAnchors(readme);
        var missing = MonitoringRules.runbookAnchors(stack.graph().manifests()).entrySet().stream()
                .filter(e -> !sections.contains(e.getKey())).map(Map.Entry::getValue).sorted().toList();
        assertEquals(List.of(), missing, "alerts whose runbook section is missing from the README");
    }

    @ParameterizedTest(name = "{0}: holds the monitoring release, scrapes, alerts, dashboard and policies")
    @MethodSource("stacks")
    void everyPlanHoldsTheMonitoringLayer(Stack stack) {
        var manifests = stack.graph().manifests();
        var names = manifests.stream().map(m -> m.get("kind") + " " + KubernetesRules.namespace(m) + "/" + KubernetesRules.at(m, "metadata.name"))
                .collect(Collectors.toSet());
        var app = "studio";
        assertTrue(names.containsAll(Set.of(
                "ServiceMonitor " + app + "/fastapi-backend",
                "PrometheusRule " + app + "/fastapi-backend-alerts",
                "ConfigMap " + app + "/fastapi-backend-dashboard",
                "PrometheusRule monitoring/platform-alerts",
                "ServiceMonitor monitoring/cert-manager",
                "ServiceMonitor monitoring/envoy-gateway",
                "PodMonitor monitoring/envoy-proxies",
                "NetworkPolicy monitoring/default-deny-all",
                "NetworkPolicy monitoring/allow-prometheus-to-app")), names.stream().filter(n -> n.contains("monitoring") || n.contains("Monitor")).sorted().toList().toString());
        assertEquals(1, stack.graph().ofType("kubernetes:helm.sh/v3:Release").stream().filter(r -> r.name().equals("monitoring")).count());
    }

    // Twins.

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80}, {name: metrics, port: 9090}]
            """;

    private static final String MONITOR = """
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: %s}}
              endpoints: [{port: %s, path: /metrics}]
            """;

    @Test
    void aServiceMonitorOnAnExistingServicePortPasses() {
        assertEquals(List.of(), MonitoringRules.serviceMonitorsSelectServicePorts(Manifests.parse(SERVICE + MONITOR.formatted("web", "metrics"))));
    }

    @Test
    void aServiceMonitorSelectingNoServiceIsCaught() {
        var violations = MonitoringRules.serviceMonitorsSelectServicePorts(Manifests.parse(SERVICE + MONITOR.formatted("shop", "metrics")));
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("no Service there carries"), violations.toString());
    }

    @Test
    void aServiceMonitorOnAPortTheServiceDoesNotNameIsCaught() {
        var violations = MonitoringRules.serviceMonitorsSelectServicePorts(Manifests.parse(SERVICE + MONITOR.formatted("web", "stats")));
        assertEquals(List.of("ServiceMonitor shop/web scrapes port stats, which no selected Service names"), violations);
    }

    @Test
    void aServiceMonitorLookingInAnotherNamespaceIsCaught() {
        var manifests = Manifests.parse(SERVICE + MONITOR.formatted("web", "metrics"));
        Manifests.set(Manifests.find(manifests, "ServiceMonitor", "web"), "spec.namespaceSelector", Map.of("matchNames", List.of("other")));
        assertEquals(1, MonitoringRules.serviceMonitorsSelectServicePorts(manifests).size());
    }

    private static final String RULE = """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: web, namespace: shop}
            spec:
              groups:
                - name: web
                  rules:
                    - record: job:up:sum
                      expr: sum(up)
                    - alert: WebDown
                      expr: up == 0
                      for: 5m
                      labels: {severity: critical}
                      annotations:
                        summary: web is down
                        description: no target answers
                        runbook_url: https://example.com/README.md#webdown
            """;

    @Test
    void anAlertWithSeverityAndRunbookPasses() {
        assertEquals(List.of(), MonitoringRules.alertsHaveSeverityAndRunbook(Manifests.parse(RULE)));
    }

    @Test
    void anAlertWithoutSeverityIsCaught() {
        var manifests = Manifests.parse(RULE);
        var alert = KubernetesRules.map(KubernetesRules.at(Manifests.find(manifests, "PrometheusRule", "web"), "spec.groups.0.rules.1"));
        Manifests.set(alert, "labels.severity", null);
        assertEquals(List.of("PrometheusRule shop/web alert WebDown has severity null, not one of critical, warning, info"),
                MonitoringRules.alertsHaveSeverityAndRunbook(manifests));
    }

    @Test
    void anAlertWithoutARunbookSectionIsCaught() {
        var manifests = Manifests.parse(RULE.replace("README.md#webdown", "README.md"));
        var violations = MonitoringRules.alertsHaveSeverityAndRunbook(manifests);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("no runbook link"), violations.toString());
    }

    @Test
    void anAlertWithoutADescriptionIsCaught() {
        var violations = MonitoringRules.alertsHaveSeverityAndRunbook(Manifests.parse(RULE.replace("description: no target answers", "")));
        assertEquals(List.of("PrometheusRule shop/web alert WebDown has no description"), violations);
    }

    @Test
    void aRunbookLinkWithoutItsSectionIsCaught() {
        var anchors = MonitoringRules.runbookAnchors(Manifests.parse(RULE));
        assertEquals(Map.of("webdown", "WebDown"), anchors);
        assertTrue(MonitoringRules.headingAnchors("# Intro\n#### WebDown\n").contains("webdown"));
        assertTrue(!MonitoringRules.headingAnchors("# Intro\n#### Web is down\n").contains("webdown"));
    }

    @Test
    void theChartServicesStandInWhereTheChartRendersThem() {
        var standIns = ChartServices.standIns(Stacks.ALL.get(2).graph());
        var names = standIns.stream().map(KubernetesRules::id).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Service monitoring/monitoring-grafana", "Service cert-manager/cert-manager",
                "Service external-secrets/external-secrets-metrics", "Service envoy-gateway-system/envoy-gateway",
                "Service metrics-server/metrics-server")), names.toString());
        // Without them the platform's ServiceMonitors would select nothing: the rule sees that.
        assertTrue(!MonitoringRules.serviceMonitorsSelectServicePorts(Stacks.ALL.get(2).graph().manifests()).isEmpty());
    }
}
