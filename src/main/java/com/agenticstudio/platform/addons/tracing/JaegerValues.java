package com.agenticstudio.platform.addons.tracing;

import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the jaeger chart 4.11.1 (Jaeger v2 2.19.0, tagged 2026-06-14), checked at
 * jaegertracing/helm-charts@jaeger-4.11.1 charts/jaeger/values.yaml (no values.schema.json: a wrong key
 * would pass silently); line numbers are that file's:
 *
 * <ul>
 *   <li>{@code userconfig} (:69): Jaeger's whole configuration, rendered into the user-config ConfigMap and
 *       passed as {@code --config} (templates/jaeger/jaeger-deploy.yaml);</li>
 *   <li>{@code jaeger.replicas} (:158), {@code jaeger.resources} (the commented block at :231, rendered by
 *       jaeger-deploy.yaml), {@code jaeger.tolerations} (:239), {@code jaeger.affinity} (:240),
 *       {@code jaeger.podSecurityContext} (:242), {@code jaeger.securityContext} (:246),
 *       {@code jaeger.extraVolumes} (:247), {@code jaeger.extraVolumeMounts} (:251);</li>
 *   <li>the index cleaner's CronJob (templates/es-maintenance/es-index-cleaner-cronjob.yaml):
 *       {@code esIndexCleaner.enabled} (:367), {@code .securityContext} (:368), {@code .podSecurityContext} (:370),
 *       {@code .extraEnv} (:382), {@code .resources} (:389), {@code .numberOfDays} (:396), {@code .tolerations} (:404),
 *       {@code .affinity} (:405), {@code .extraSecretMounts} (:406); and what its URL argument and the
 *       {@code elasticsearch.env} helper read, {@code storage.elasticsearch.url} (:304). Its user and password
 *       come through {@code extraEnv}, the password from the user's Secret, never from
 *       {@code storage.elasticsearch.password}.
 *       The image, jaeger-es-index-cleaner at the chart's appVersion 2.19.0, is what Jaeger's release build
 *       pushes for tag v2.19.0 (jaegertracing/jaeger@v2.19.0 scripts/build/build-upload-docker-images.sh and
 *       scripts/utils/compute-tags.sh); it reads ES_PASSWORD, ES_TLS_ENABLED and ES_TLS_CA from the environment
 *       (cmd/es-index-cleaner/app/flags.go, internal/config/config.go at that tag).</li>
 * </ul>
 *
 * <p>Left as the chart has them: the all-in-one Deployment (collector and query in one process),
 * {@code esRollover}, {@code esLookback} and {@code spark} off, {@code jaeger.ingress} and
 * {@code jaeger.httproute} off (the UI is not public). The chart renders no priorityClassName for the
 * Deployment, so Jaeger runs at the cluster's default priority.
 */
final class JaegerValues {
    static final String CHART_NAME = "jaeger";
    static final String REPOSITORY = "https://jaegertracing.github.io/helm-charts";
    static final String VERSION = "4.11.1";
    static final String CHECKED_AT = "jaegertracing/helm-charts@jaeger-4.11.1 charts/jaeger/values.yaml";
    /** The image's user (jaeger.podSecurityContext.runAsUser at :243). */
    static final int UID = 10001;
    static final String CA_DIR = "/etc/elasticsearch-ca";
    static final String PASSWORD_DIR = "/etc/elasticsearch-user";
    /** The cleaner's schedule is the chart's (23:55 daily); it runs for seconds. */
    static final ContainerResources CLEANER = ContainerResources.of("10m", "32Mi", "64Mi");

    static final Set<String> CHECKED_KEYS = Set.of("userconfig", "jaeger.replicas", "jaeger.resources", "jaeger.tolerations",
            "jaeger.affinity", "jaeger.podSecurityContext", "jaeger.securityContext", "jaeger.extraVolumes", "jaeger.extraVolumeMounts",
            "esIndexCleaner.enabled", "esIndexCleaner.securityContext", "esIndexCleaner.podSecurityContext", "esIndexCleaner.extraEnv",
            "esIndexCleaner.resources", "esIndexCleaner.numberOfDays", "esIndexCleaner.tolerations", "esIndexCleaner.affinity",
            "esIndexCleaner.extraSecretMounts", "storage.elasticsearch.url");

    /** templates/jaeger/jaeger-service.yaml: the Service is the release's fullname, "jaeger". */
    static final ChartService SERVICE = new ChartService(Jaeger.SERVICE, Jaeger.PODS, List.of(
            new ChartService.Port("otlp-grpc", Jaeger.OTLP_GRPC_PORT), new ChartService.Port("otlp-http", Jaeger.OTLP_HTTP_PORT),
            new ChartService.Port("http-query", Jaeger.QUERY_PORT), new ChartService.Port("internal-metrics", Jaeger.METRICS_PORT)));

    private JaegerValues() {
    }

    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS,
                Map.of("jaeger", "jaeger.resources", "es-index-cleaner", "esIndexCleaner.resources"))
                .withServices(SERVICE);
    }

    private static final Map<String, Object> POD_SECURITY = Map.of("runAsUser", UID, "runAsGroup", UID, "fsGroup", UID,
            "runAsNonRoot", true, "seccompProfile", Map.of("type", "RuntimeDefault"));
    private static final Map<String, Object> CONTAINER_SECURITY = Map.of("allowPrivilegeEscalation", false,
            "readOnlyRootFilesystem", true, "capabilities", Map.of("drop", List.of("ALL")));

    static Map<String, Object> of(Jaeger.Options options) {
        var jaeger = new LinkedHashMap<String, Object>();
        jaeger.put("replicas", options.replicas());
        jaeger.put("resources", options.resources().toMap());
        // The query side and the collector are one stateless process (traces live in Elasticsearch, or in memory on
        // kind): interruptible, so spot first, on-demand when no spot node is to be had.
        jaeger.put("tolerations", Capacity.SPOT_PREFERRED.tolerations());
        jaeger.put("affinity", Capacity.SPOT_PREFERRED.affinity());
        jaeger.put("podSecurityContext", POD_SECURITY);
        jaeger.put("securityContext", CONTAINER_SECURITY);
        // The cleaner's pod is declared on every cluster, so it is sized and confined everywhere; it runs only where
        // traces are in Elasticsearch.
        var cleaner = new LinkedHashMap<String, Object>();
        cleaner.put("enabled", options.storage() instanceof Jaeger.Storage.Elasticsearch);
        cleaner.put("resources", CLEANER.toMap());
        cleaner.put("podSecurityContext", POD_SECURITY);
        cleaner.put("securityContext", CONTAINER_SECURITY);
        cleaner.put("tolerations", Capacity.SPOT_PREFERRED.tolerations());
        cleaner.put("affinity", Capacity.SPOT_PREFERRED.affinity());
        var values = new LinkedHashMap<String, Object>();
        if (options.storage() instanceof Jaeger.Storage.Elasticsearch es) {
            jaeger.put("extraVolumes", List.of(
                    Map.of("name", "elasticsearch-ca", "secret", Map.of("secretName", ElasticStack.CA_SECRET,
                            "items", List.of(Map.of("key", "ca.crt", "path", "ca.crt")))),
                    Map.of("name", "elasticsearch-user", "secret", Map.of("secretName", es.user().secretName(),
                            "items", List.of(Map.of("key", "password", "path", "password"))))));
            jaeger.put("extraVolumeMounts", List.of(
                    Map.of("name", "elasticsearch-ca", "mountPath", CA_DIR, "readOnly", true),
                    Map.of("name", "elasticsearch-user", "mountPath", PASSWORD_DIR, "readOnly", true)));
            cleaner.put("numberOfDays", es.retentionDays());
            cleaner.put("extraEnv", List.of(
                    Map.of("name", "ES_USERNAME", "value", es.user().name()),
                    Map.of("name", "ES_PASSWORD", "valueFrom", Map.of("secretKeyRef", Map.of("name", es.user().secretName(), "key", "password"))),
                    Map.of("name", "ES_TLS_ENABLED", "value", "true"),
                    Map.of("name", "ES_TLS_CA", "value", CA_DIR + "/ca.crt")));
            // The template mounts every entry with its subPath: only the CA of the client certificate's Secret.
            cleaner.put("extraSecretMounts", List.of(Map.of("name", "elasticsearch-ca", "secretName", ElasticStack.CA_SECRET,
                    "mountPath", CA_DIR + "/ca.crt", "subPath", "ca.crt", "readOnly", true)));
            values.put("storage", Map.of("elasticsearch", Map.of("url", ElasticStack.URL)));
        }
        values.put("userconfig", config(options));
        values.put("jaeger", jaeger);
        values.put("esIndexCleaner", cleaner);
        return values;
    }

    /** Jaeger v2's configuration (an OpenTelemetry Collector's): OTLP in, one trace store, the query UI and API, health, metrics. */
    static Map<String, Object> config(Jaeger.Options options) {
        var service = new LinkedHashMap<String, Object>();
        service.put("extensions", List.of("jaeger_storage", "jaeger_query", "healthcheckv2"));
        service.put("pipelines", Map.of("traces", Map.of("receivers", List.of("otlp"), "processors", List.of("batch"),
                "exporters", List.of("jaeger_storage_exporter"))));
        service.put("telemetry", Map.of("metrics", Map.of("readers", List.of(Map.of("pull", Map.of("exporter",
                Map.of("prometheus", Map.of("host", "0.0.0.0", "port", Jaeger.METRICS_PORT))))))));
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("healthcheckv2", Map.of("use_v2", true, "http", Map.of("endpoint", "0.0.0.0:" + Jaeger.HEALTH_PORT)));
        extensions.put("jaeger_query", Map.of("storage", Map.of("traces", "traces")));
        extensions.put("jaeger_storage", Map.of("backends", Map.of("traces", backend(options.storage()))));
        var config = new LinkedHashMap<String, Object>();
        config.put("service", service);
        config.put("extensions", extensions);
        config.put("receivers", Map.of("otlp", Map.of("protocols", Map.of(
                "grpc", Map.of("endpoint", "0.0.0.0:" + Jaeger.OTLP_GRPC_PORT),
                "http", Map.of("endpoint", "0.0.0.0:" + Jaeger.OTLP_HTTP_PORT)))));
        config.put("processors", Map.of("batch", Map.of()));
        config.put("exporters", Map.of("jaeger_storage_exporter", Map.of("trace_storage", "traces")));
        return config;
    }

    private static Map<String, Object> backend(Jaeger.Storage storage) {
        if (storage instanceof Jaeger.Storage.Memory memory) {
            return Map.of("memory", Map.of("max_traces", memory.maxTraces()));
        }
        var es = (Jaeger.Storage.Elasticsearch) storage;
        var index = Map.<String, Object>of("shards", 1, "replicas", es.replicas());
        // No prefix: the indices are jaeger-span-*, jaeger-service-*, jaeger-dependencies-* (the roles name jaeger-*).
        var indices = new LinkedHashMap<String, Object>();
        for (var kind : List.of("spans", "services", "dependencies")) {
            indices.put(kind, index);
        }
        var elasticsearch = new LinkedHashMap<String, Object>();
        elasticsearch.put("server_urls", List.of(ElasticStack.URL));
        // The password is read from the mounted Secret (and re-read when it changes), never from this ConfigMap.
        elasticsearch.put("auth", Map.of("basic", Map.of("username", es.user().name(), "password_file", PASSWORD_DIR + "/password")));
        elasticsearch.put("tls", Map.of("ca_file", CA_DIR + "/ca.crt"));
        elasticsearch.put("indices", indices);
        return Map.of("elasticsearch", elasticsearch);
    }
}
