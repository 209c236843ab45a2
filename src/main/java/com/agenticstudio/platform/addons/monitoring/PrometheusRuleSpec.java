package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.services.Monitoring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PrometheusRule's spec (monitoring.coreos.com/v1, prometheus-operator 0.93.1,
 * crd-prometheusrules.yaml): one group of alerting rules. Each alert carries a {@code severity}
 * label and {@code summary}, {@code description} and {@code runbook_url} annotations, which
 * {@link Monitoring.Alert} has already insisted on.
 */
public record PrometheusRuleSpec(String group, List<Monitoring.Alert> alerts) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("monitoring.coreos.com", "v1", "PrometheusRule");

    public PrometheusRuleSpec {
        Objects.requireNonNull(group, "group");
        alerts = List.copyOf(alerts);
        if (group.isBlank() || alerts.isEmpty()) {
            throw new IllegalArgumentException("a rule group needs a name and at least one alert");
        }
        for (var alert : alerts) {
            Scrapes.checkDuration(alert.pendingFor(), "for of " + alert.name());
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var rules = alerts.stream().map(alert -> {
            var rule = new LinkedHashMap<String, Object>();
            rule.put("alert", alert.name());
            rule.put("expr", alert.expr());
            rule.put("for", alert.pendingFor());
            rule.put("labels", Map.of("severity", alert.severity()));
            var annotations = new LinkedHashMap<String, Object>();
            annotations.put("summary", alert.summary());
            annotations.put("description", alert.description());
            annotations.put("runbook_url", alert.runbook());
            rule.put("annotations", annotations);
            return (Object) rule;
        }).toList();
        return Map.of("groups", List.of(Map.of("name", group, "rules", rules)));
    }
}
