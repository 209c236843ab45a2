package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.kube.Flow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grafana's logs and traces data sources: the logging add-on's Elasticsearch, read as a read-only
 * user over TLS verified with the CA that signs its certificate, and Jaeger's query API; a span links
 * to its logs by trace id. The password and the CA come from Secrets in the monitoring namespace,
 * through Grafana's environment: the provisioned data sources name only the variables.
 *
 * @param requires the logging add-on and what its credentials and CA wait for ({@link ElasticStack#clientRequires})
 * @param user   Grafana's Elasticsearch user (a logs reader)
 * @param jaeger Jaeger's pods, which Grafana's egress names on the query port
 */
public record LogsAndTraces(List<AddonId<?>> requires, ElasticStack.User user, String jaegerUrl, Flow.Peer.Pods jaeger,
                            int jaegerPort) {
    static final String ELASTICSEARCH_UID = "elasticsearch-logs";
    static final String JAEGER_UID = "jaeger";
    static final String PASSWORD_ENV = "ELASTICSEARCH_PASSWORD";
    static final String CA_ENV = "ELASTICSEARCH_CA_CERT";
    /** Filebeat's data streams (filebeat-<version>). */
    static final String LOG_INDEX = "filebeat-*";

    public LogsAndTraces {
        requires = List.copyOf(requires);
        if (!requires.contains(ElasticStack.ID)) {
            throw new IllegalArgumentException("Grafana's logs data source needs the logging add-on");
        }
        Objects.requireNonNull(jaeger, "jaeger");
        if (user.role() != ElasticStack.Role.LOGS_READER) {
            throw new IllegalArgumentException("Grafana reads logs as a " + ElasticStack.Role.LOGS_READER + " user, not " + user.role());
        }
        if (!jaegerUrl.matches("http://[a-z0-9.-]+:\\d+")) {
            throw new IllegalArgumentException("Jaeger's query API is http://<service>:<port> inside the cluster, got " + jaegerUrl);
        }
    }

    /** Grafana's environment: the password and the CA, from their Secrets (grafana chart envValueFrom). */
    Map<String, Object> environment() {
        var env = new LinkedHashMap<String, Object>();
        env.put(PASSWORD_ENV, Map.of("secretKeyRef", Map.of("name", user.secretName(), "key", "password")));
        env.put(CA_ENV, Map.of("secretKeyRef", Map.of("name", ElasticStack.CA_SECRET, "key", "ca.crt")));
        return env;
    }

    /**
     * The two data sources, as Grafana provisions them (kube-prometheus-stack's grafana.additionalDataSources).
     * Grafana expands $VARIABLES in provisioning files; $$ is a literal $ (the trace id placeholder).
     */
    List<Map<String, Object>> dataSources() {
        var logs = new LinkedHashMap<String, Object>();
        logs.put("name", "Elasticsearch logs");
        logs.put("uid", ELASTICSEARCH_UID);
        logs.put("type", "elasticsearch");
        logs.put("access", "proxy");
        logs.put("url", ElasticStack.URL);
        logs.put("basicAuth", true);
        logs.put("basicAuthUser", user.name());
        logs.put("editable", false);
        logs.put("jsonData", Map.of("index", LOG_INDEX, "timeField", "@timestamp", "logMessageField", "message",
                "logLevelField", "log.level", "tlsAuthWithCACert", true));
        logs.put("secureJsonData", Map.of("basicAuthPassword", "$" + PASSWORD_ENV, "tlsCACert", "$" + CA_ENV));
        var traces = new LinkedHashMap<String, Object>();
        traces.put("name", "Jaeger");
        traces.put("uid", JAEGER_UID);
        traces.put("type", "jaeger");
        traces.put("access", "proxy");
        traces.put("url", jaegerUrl);
        traces.put("editable", false);
        // A span's "Logs for this span": the log lines carrying its trace id, a few minutes around it.
        traces.put("jsonData", Map.of("tracesToLogsV2", Map.of(
                "datasourceUid", ELASTICSEARCH_UID,
                "spanStartTimeShift", "-5m",
                "spanEndTimeShift", "5m",
                "filterByTraceID", true,
                "customQuery", true,
                "query", "trace_id:\"$${__trace.traceId}\"")));
        return List.of(logs, traces);
    }
}
