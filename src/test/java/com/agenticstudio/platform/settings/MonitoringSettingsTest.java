package com.agenticstudio.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The monitoring settings as the stacks give them, and the twins of their bad-value rows: where a value is fine. */
class MonitoringSettingsTest {

    @Test
    void theDefaultsLandInTheTypedSettings() {
        var prod = Graphs.settings("prod", Map.of()).monitoring();
        assertEquals("/metrics", prod.metricsPath());
        assertEquals(new BigDecimal("99.5"), prod.sloAvailabilityPercent());
        assertEquals(new BigDecimal("0.005"), prod.errorBudget());
        assertEquals(500, prod.latencyP95ThresholdMs());
        assertEquals(Optional.of("grafana.agentic-studio.dev"), prod.grafanaHost());
        assertEquals(new MonitoringSettings.SecretSource.SecretManager("studio-prod-grafana-admin-password"), prod.grafanaAdminPassword());
        assertEquals(Optional.empty(), prod.slackWebhookUrl(), "no receiver unless one is set");
    }

    @Test
    void theMonthlyBudgetIsPerStackAndItsRangeAdmitsItsEnds() {
        assertEquals(6000, Graphs.settings("prod", Map.of()).monitoring().monthlyBudgetUsd());
        assertEquals(1500, Graphs.settings("staging", Map.of()).monitoring().monthlyBudgetUsd());
        assertEquals(3000, Graphs.settings("dev", Map.of()).monitoring().monthlyBudgetUsd(), "Pulumi.yaml's default");
        assertEquals(List.of(), Graphs.read("prod", Map.of("monthlyBudgetUsd", "1")).problems());
        assertEquals(List.of(), Graphs.read("prod", Map.of("monthlyBudgetUsd", "10000000")).problems());
        assertEquals(1, Graphs.read("prod", Map.of("monthlyBudgetUsd", "10000001")).problems().size());
    }

    @Test
    void devReadsItsGrafanaPasswordFromAPulumiSecretAndHasNoHost() {
        var dev = Graphs.settings("dev", Map.of()).monitoring();
        assertInstanceOf(MonitoringSettings.SecretSource.PulumiSecret.class, dev.grafanaAdminPassword());
        assertEquals(Optional.empty(), dev.grafanaHost(), "port-forward on kind");
    }

    @Test
    void aReceiverComesFromTheSecretManagerInSharedStacksAndFromAPulumiSecretInDev() {
        var prod = Graphs.settings("prod", Map.of("alertSlackSecretKey", "studio-prod-alerts-slack")).monitoring();
        assertEquals(Optional.of(new MonitoringSettings.SecretSource.SecretManager("studio-prod-alerts-slack")), prod.slackWebhookUrl());
        assertEquals(List.of(), Graphs.read("dev", Map.of("alertSlackWebhookUrl", "https://hooks.slack.com/services/x")).problems());
        var dev = Graphs.settings("dev", Map.of("alertSlackWebhookUrl", "https://hooks.slack.com/services/x")).monitoring();
        assertInstanceOf(MonitoringSettings.SecretSource.PulumiSecret.class, dev.slackWebhookUrl().orElseThrow());
    }

    @Test
    void theRangesAdmitTheirEnds() {
        assertEquals(List.of(), Graphs.read("prod", Map.of("sloAvailabilityPercent", "99.99", "latencyP95ThresholdMs", "10")).problems());
        assertEquals(List.of(), Graphs.read("prod", Map.of("sloAvailabilityPercent", "90", "latencyP95ThresholdMs", "60000")).problems());
        assertEquals(1, Graphs.read("prod", Map.of("sloAvailabilityPercent", "89.9")).problems().size());
    }

    @Test
    void devMayRouteGrafanaThroughTheEdgeTooButNeedsNot() {
        assertEquals(List.of(), Graphs.read("dev", Map.of("grafanaHost", "grafana.localtest.me")).problems());
        assertEquals(List.of(), Graphs.read("staging", Map.of("grafanaHost", "", "tlsEnabled", "false", "appHost", "")).problems(),
                "without TLS there is no HTTPS listener to ask for");
    }

    @Test
    void aBadValueGivesOneProblemNotASecondFromAStandIn() {
        var problems = Graphs.read("prod", Map.of("sloAvailabilityPercent", "high"));
        assertEquals(1, problems.problems().size(), problems.problems().toString());
        assertTrue(problems.problems().get(0).startsWith("studio-platform:sloAvailabilityPercent"));
    }
}
