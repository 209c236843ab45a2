package com.agenticstudio.platform.check;

import static com.agenticstudio.platform.check.KubernetesRules.at;
import static com.agenticstudio.platform.check.KubernetesRules.id;
import static com.agenticstudio.platform.check.KubernetesRules.list;
import static com.agenticstudio.platform.check.KubernetesRules.map;
import static com.agenticstudio.platform.check.KubernetesRules.namespace;
import static com.agenticstudio.platform.check.KubernetesRules.ofKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rules over the plan's monitoring objects; each returns one line per violation. */
public final class MonitoringRules {
    public static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    private MonitoringRules() {
    }

    /**
     * Every ServiceMonitor selects at least one Service that exists (declared, or rendered by a
     * chart as its add-on declares) in the namespaces it names, and every endpoint's port is a port
     * name of a selected Service. A selector that matches nothing scrapes nothing, silently.
     */
    public static List<String> serviceMonitorsSelectServicePorts(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var services = ofKind(manifests, "Service");
        for (var monitor : ofKind(manifests, "ServiceMonitor")) {
            var names = list(at(monitor, "spec.namespaceSelector.matchNames"));
            var namespaces = names.isEmpty() ? List.of(namespace(monitor)) : names.stream().map(String::valueOf).toList();
            var selector = map(at(monitor, "spec.selector"));
            var selected = services.stream()
                    .filter(s -> namespaces.contains(namespace(s)))
                    .filter(s -> KubernetesRules.selects(selector, map(at(s, "metadata.labels"))))
                    .toList();
            if (selected.isEmpty()) {
                violations.add(id(monitor) + " selects " + map(selector.get("matchLabels")) + " in " + namespaces
                        + ", which no Service there carries");
                continue;
            }
            for (var endpoint : list(at(monitor, "spec.endpoints"))) {
                var port = map(endpoint).get("port");
                boolean named = selected.stream().flatMap(s -> list(at(s, "spec.ports")).stream())
                        .anyMatch(p -> port != null && Objects.equals(String.valueOf(port), String.valueOf(map(p).get("name"))));
                if (!named) {
                    violations.add(id(monitor) + " scrapes port " + port + ", which no selected Service names");
                }
            }
        }
        return violations;
    }

    /**
     * Every alert of every PrometheusRule has a severity people route on (critical, warning, info), a
     * summary and a description, and a runbook link: an https URL to a section (…#anchor).
     */
    public static List<String> alertsHaveSeverityAndRunbook(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var rule : ofKind(manifests, "PrometheusRule")) {
            for (var group : list(at(rule, "spec.groups"))) {
                for (var item : list(map(group).get("rules"))) {
                    var alert = map(item);
                    if (!alert.containsKey("alert")) {
                        continue; // a recording rule
                    }
                    var name = id(rule) + " alert " + alert.get("alert");
                    var severity = at(alert, "labels.severity");
                    if (!SEVERITIES.contains(String.valueOf(severity))) {
                        violations.add(name + " has severity " + severity + ", not one of critical, warning, info");
                    }
                    var runbook = at(alert, "annotations.runbook_url");
                    if (!(runbook instanceof String url) || !url.matches("https://\\S+#[-a-z0-9]+")) {
                        violations.add(name + " has no runbook link to a section (https://…#anchor), got " + runbook);
                    }
                    for (var key : List.of("summary", "description")) {
                        if (!(at(alert, "annotations." + key) instanceof String text) || text.isBlank()) {
                            violations.add(name + " has no " + key);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** The runbook anchors the plan's alerts link to, each with the alert that links it. */
    public static Map<String, String> runbookAnchors(List<Map<String, Object>> manifests) {
        var anchors = new java.util.TreeMap<String, String>();
        for (var rule : ofKind(manifests, "PrometheusRule")) {
            for (var group : list(at(rule, "spec.groups"))) {
                for (var item : list(map(group).get("rules"))) {
                    if (at(map(item), "annotations.runbook_url") instanceof String url && url.contains("#")) {
                        anchors.put(url.substring(url.indexOf('#') + 1), String.valueOf(map(item).get("alert")));
                    }
                }
            }
        }
        return anchors;
    }

    /** The anchors GitHub gives a Markdown document's headings: lower case, spaces to -, punctuation dropped. */
    public static Set<String> headingAnchors(String markdown) {
        var anchors = new java.util.HashSet<String>();
        for (var line : markdown.split("\n")) {
            if (line.matches("#{1,6} .*")) {
                var text = line.replaceFirst("#{1,6} ", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
