package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.services.Monitoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The platform's own alerts, beside the chart's default rules (nodes, kubelets, workloads, the
 * operator): certificates, secret syncs and the edge. Each links to its runbook section in the README.
 *
 * @param externalSecrets the cluster runs external-secrets (cloud clusters)
 * @param runbookUrl      the README the runbook anchors belong to
 */
public record PlatformAlerts(boolean externalSecrets, String runbookUrl) {
    /** A certificate closer than this to its expiry has failed to renew for weeks (cert-manager renews 30 days ahead). */
    static final int CERTIFICATE_DAYS = 14;
    /** The share of edge responses that may be 5xx before someone looks. */
    static final String EDGE_5XX_RATIO = "0.05";

    List<Monitoring.Alert> alerts() {
        var alerts = new ArrayList<Monitoring.Alert>();
        alerts.add(alert("CertificateExpiringSoon",
                "(certmanager_certificate_expiration_timestamp_seconds - time()) < " + CERTIFICATE_DAYS + " * 24 * 3600",
                "1h", "warning",
                "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than " + CERTIFICATE_DAYS + " days",
                "cert-manager renews certificates 30 days before they expire; this one expires at"
                        + " {{ $value | humanizeDuration }} from now, so renewal has been failing for two weeks."));
        alerts.add(alert("CertificateNotReady",
                "max by (namespace, name) (certmanager_certificate_ready_status{condition=\"False\"}) == 1",
                "15m", "warning",
                "Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready",
                "cert-manager has failed to issue or renew the certificate for 15 minutes; the listener keeps its old"
                        + " certificate until it expires."));
        if (externalSecrets) {
            alerts.add(alert("ExternalSecretSyncFailing",
                    "max by (namespace, name) (externalsecret_status_condition{condition=\"Ready\", status=\"False\"}) == 1",
                    "15m", "warning",
                    "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} fails to sync",
                    "external-secrets cannot read the secret manager entry behind this ExternalSecret; the Secret keeps its"
                            + " last value, and a pod that starts without the Secret cannot start at all."));
        }
        alerts.add(alert("EdgeHighErrorRate",
                "sum(rate(envoy_http_downstream_rq_xx{envoy_response_code_class=\"5\"}[5m]))"
                        + " / sum(rate(envoy_http_downstream_rq_total[5m])) > " + EDGE_5XX_RATIO,
                "10m", "critical",
                "The edge answers {{ $value | humanizePercentage }} of requests with 5xx",
                "More than " + percent(EDGE_5XX_RATIO) + " of the requests the Envoy proxies served in the last 5 minutes"
                        + " ended in a 5xx, from the backends or from Envoy itself (no healthy upstream, timeouts)."));
        return List.copyOf(alerts);
    }

    private Monitoring.Alert alert(String name, String expr, String pendingFor, String severity, String summary, String description) {
        return new Monitoring.Alert(name, expr, pendingFor, severity, summary, description,
                runbookUrl + "#" + name.toLowerCase(Locale.ROOT));
    }

    private static String percent(String ratio) {
        return new java.math.BigDecimal(ratio).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
