package com.agenticstudio.platform.settings;

import com.pulumi.core.Output;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the monitoring layer needs from the stack: how the backend is scraped, the thresholds its
 * alerts use, where Grafana is reached, and where the secrets it needs come from.
 *
 * @param metricsPath            HTTP path of the backend's Prometheus metrics
 * @param sloAvailabilityPercent the backend's availability objective (non-5xx share of requests), e.g. 99.5
 * @param latencyP95ThresholdMs  p95 request latency above which the latency alert fires
 * @param runbookUrl             the README the alerts' runbook links point into (anchors are added per alert)
 * @param grafanaHost            public host of Grafana through the edge; empty: port-forward only
 * @param grafanaAdminPassword   the Grafana admin password: a Pulumi secret (dev) or a secret-manager entry
 * @param slackWebhookUrl        an Alertmanager Slack receiver's webhook URL; empty: alerts stay in Alertmanager
 * @param monthlyBudgetUsd       the cluster's monthly budget in US dollars; the cost alert fires when OpenCost's run-rate passes it
 */
public record MonitoringSettings(
        String metricsPath,
        BigDecimal sloAvailabilityPercent,
        int latencyP95ThresholdMs,
        String runbookUrl,
        Optional<String> grafanaHost,
        SecretSource grafanaAdminPassword,
        Optional<SecretSource> slackWebhookUrl,
        int monthlyBudgetUsd) {

    /** Where a secret value comes from; never a plain value. */
    public sealed interface SecretSource {
        /** dev: a Pulumi secret, which stays secret in state and in the Secret's inputs. */
        record PulumiSecret(Output<String> value) implements SecretSource {
        }

        /** staging and prod: an entry of the cloud secret manager, synced by the platform's SecretStore. */
        record SecretManager(String remoteKey) implements SecretSource {
        }
    }

    /** The share of requests that may fail, as a ratio: 0.005 for 99.5 %. */
    public BigDecimal errorBudget() {
        return BigDecimal.ONE.subtract(sloAvailabilityPercent.movePointLeft(2));
    }
}
