package com.agenticstudio.platform.services;

import com.agenticstudio.platform.kube.Flow;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a workload is observed, whatever collects the metrics: a scrape of a named Service port, a
 * group of alerting rules, a dashboard, and who scrapes (for the workload's NetworkPolicies). Today
 * it is the Prometheus Operator's ServiceMonitor and PrometheusRule and a Grafana sidecar ConfigMap;
 * each declared object waits for what installs its kind, never the other way round.
 */
public interface Monitoring {

    /** The pods that scrape metrics: the one peer a workload admits on its metrics port. */
    Flow.Peer.Pods scraper();

    /**
     * Where the metrics are queried: the in-cluster Prometheus HTTP API. Whoever queries it must be
     * admitted at Prometheus' end too: it is one of the clients the monitoring add-on is given.
     */
    Query query();

    /**
     * The Prometheus query API inside the cluster.
     *
     * @param service the Service's name, in {@code server.namespace()}
     * @param server  the pods behind it, which a client's egress names
     */
    record Query(String service, Flow.Peer.Pods server, int port) {
        public Query {
            dnsLabel(service, "service");
            Objects.requireNonNull(server, "server");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        /** The cluster-local URL, http://<service>.<namespace>.svc.cluster.local:<port>. */
        public String url() {
            return "http://" + service + "." + server.namespace() + ".svc.cluster.local:" + port;
        }
    }

    /** Declares a scrape of the Services {@code scrape.serviceLabels()} select, on their port {@code scrape.port()}. */
    Resource scrape(ServiceScrape scrape, Resource parent, Resource... after);

    /** Declares a group of alerting rules. */
    Resource alerts(AlertGroup group, Resource parent, Resource... after);

    /** Declares a dashboard (Grafana JSON) that the dashboards sidecar provisions. */
    Resource dashboard(Dashboard dashboard, Resource parent, Resource... after);

    /**
     * @param name          the object's name, in {@code namespace}
     * @param serviceLabels labels of the Services to scrape (in the same namespace)
     * @param port          the Service port's name
     * @param path          the HTTP path of the metrics
     * @param https         scrape over TLS without verifying the serving certificate (self-signed endpoints)
     */
    record ServiceScrape(String name, String namespace, Map<String, String> labels, Map<String, String> serviceLabels,
                         String port, String path, String interval, boolean https) {
        public ServiceScrape {
            labels = Map.copyOf(labels);
            serviceLabels = Map.copyOf(serviceLabels);
            if (serviceLabels.isEmpty()) {
                throw new IllegalArgumentException("scrape " + name + " selects Services by no label: it would scrape them all");
            }
            dnsLabel(name, "name");
            dnsLabel(namespace, "namespace");
            if (port == null || !port.matches("(?=[-a-z0-9]*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?")) {
                throw new IllegalArgumentException("scrape " + name + " names its port by an IANA service name, got '" + port + "'");
            }
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("scrape " + name + " needs an absolute path, got '" + path + "'");
            }
            duration(interval, "interval of " + name);
        }
    }

    /** Alerting rules evaluated together, in one object. */
    record AlertGroup(String name, String namespace, Map<String, String> labels, String group, List<Alert> alerts) {
        public AlertGroup {
            labels = Map.copyOf(labels);
            alerts = List.copyOf(alerts);
            dnsLabel(name, "name");
            dnsLabel(namespace, "namespace");
            Objects.requireNonNull(group, "group");
            if (alerts.isEmpty()) {
                throw new IllegalArgumentException("alert group " + name + " has no alert");
            }
            var names = new java.util.HashSet<String>();
            for (var alert : alerts) {
                if (!names.add(alert.name())) {
                    throw new IllegalArgumentException("alert group " + name + " names two alerts " + alert.name());
                }
            }
        }
    }

    /** How urgent an alert is: critical pages someone now, warning waits for working hours, info is context. */
    Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    /**
     * One alert, with what a person woken by it needs: how bad it is, what is wrong, what it means, and
     * the runbook section that says what to do.
     *
     * @param pendingFor how long the condition must hold before the alert fires (a Prometheus duration)
     * @param runbook    an https link to the alert's runbook section
     */
    record Alert(String name, String expr, String pendingFor, String severity, String summary, String description,
                 String runbook) {
        public Alert {
            if (name == null || !name.matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("an alert is named in UpperCamelCase, got '" + name + "'");
            }
            if (expr == null || expr.isBlank()) {
                throw new IllegalArgumentException(name + " needs an expression");
            }
            duration(pendingFor, "for of " + name);
            if (!SEVERITIES.contains(severity)) {
                throw new IllegalArgumentException(name + " has severity '" + severity + "'; must be one of " + new java.util.TreeSet<>(SEVERITIES));
            }
            if (summary == null || summary.isBlank() || description == null || description.isBlank()) {
                throw new IllegalArgumentException(name + " needs a summary and a description");
            }
            if (runbook == null || !runbook.matches("https://\\S+#\\S+")) {
                throw new IllegalArgumentException(name + " needs an https runbook link to its section (…#anchor), got '" + runbook + "'");
            }
        }
    }

    /** A dashboard as Grafana's JSON model. */
    record Dashboard(String name, String namespace, Map<String, String> labels, String fileName, String json) {
        public Dashboard {
            labels = Map.copyOf(labels);
            dnsLabel(name, "name");
            dnsLabel(namespace, "namespace");
            if (fileName == null || !fileName.matches("[-._a-zA-Z0-9]+\\.json")) {
                throw new IllegalArgumentException("a dashboard's file name ends in .json, got '" + fileName + "'");
            }
            if (json == null || !json.strip().startsWith("{")) {
                throw new IllegalArgumentException("dashboard " + name + " is not a JSON object");
            }
        }
    }

    private static void dnsLabel(String value, String what) {
        if (value == null || !value.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("a " + what + " must be a DNS label, got '" + value + "'");
        }
    }

    /** A Prometheus duration such as 30s, 5m or 1h30m. */
    static void duration(String value, String what) {
        if (value == null || !value.matches("(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?")
                || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must be a Prometheus duration such as 5m, got '" + value + "'");
        }
    }
}
