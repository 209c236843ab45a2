package com.agenticstudio.platform.addons.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alertmanager's configuration (alertmanager.config), rendered into the chart's config Secret. It
 * holds no secret: a receiver's webhook URL is read from a file of a mounted Secret
 * ({@code api_url_file}), which a Pulumi secret (dev) or an ExternalSecret (staging, prod) writes.
 * Without a receiver, every alert still fires and is listed in Alertmanager's UI and API; it is only
 * not sent anywhere.
 */
final class AlertmanagerConfig {
    static final String NULL_RECEIVER = "null";
    static final String SLACK_RECEIVER = "slack";

    private AlertmanagerConfig() {
    }

    /** @param receiverSecret the mounted Secret holding {@link KubePrometheusStack#SLACK_URL_KEY}; empty: no receiver */
    static Map<String, Object> of(Optional<String> receiverSecret) {
        var config = new LinkedHashMap<String, Object>();
        config.put("global", Map.of("resolve_timeout", "5m"));
        // The chart's defaults: a critical alert silences the warning and info of the same name in the same
        // namespace, and InfoInhibitor silences info alerts.
        config.put("inhibit_rules", List.of(
                Map.of("source_matchers", List.of("severity = critical"), "target_matchers", List.of("severity =~ warning|info"),
                        "equal", List.of("namespace", "alertname")),
                Map.of("source_matchers", List.of("severity = warning"), "target_matchers", List.of("severity = info"),
                        "equal", List.of("namespace", "alertname")),
                Map.of("source_matchers", List.of("alertname = InfoInhibitor"), "target_matchers", List.of("severity = info"),
                        "equal", List.of("namespace")),
                Map.of("target_matchers", List.of("alertname = InfoInhibitor"))));
        var receiver = receiverSecret.isPresent() ? SLACK_RECEIVER : NULL_RECEIVER;
        config.put("route", Map.of(
                "group_by", List.of("namespace", "alertname"),
                "group_wait", "30s",
                "group_interval", "5m",
                "repeat_interval", "12h",
                "receiver", receiver,
                // Watchdog fires always, to prove the pipeline works; it is nobody's page.
                "routes", List.of(Map.of("receiver", NULL_RECEIVER, "matchers", List.of("alertname = \"Watchdog\"")))));
        var receivers = new java.util.ArrayList<Object>();
        receivers.add(Map.of("name", NULL_RECEIVER));
        receiverSecret.ifPresent(secret -> receivers.add(Map.of(
                "name", SLACK_RECEIVER,
                "slack_configs", List.of(Map.of(
                        "api_url_file", "/etc/alertmanager/secrets/" + secret + "/" + KubePrometheusStack.SLACK_URL_KEY,
                        "send_resolved", true,
                        "title", "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",
                        "text", "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.description }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}")))));
        config.put("receivers", receivers);
        config.put("templates", List.of("/etc/alertmanager/config/*.tmpl"));
        return config;
    }
}
