package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.services.Monitoring;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the backend is observed, through the platform's {@link Monitoring}: a scrape of the Service's
 * named metrics port, the alerts a service owner wants (each with its runbook section in the README),
 * and its dashboard, kept as JSON in the repository.
 *
 * <p>The metric names are those of prometheus-fastapi-instrumentator's defaults
 * ({@code http_requests_total} with a {@code status} label such as 2xx or 5xx,
 * {@code http_request_duration_seconds} histogram) and kube-state-metrics'.
 */
public final class BackendObservability extends ComponentResource {
    public static final String TYPE = "studio:workload:BackendObservability";
    public static final String SERVICE_MONITOR = "fastapi-backend";
    public static final String RULES = "fastapi-backend-alerts";
    public static final String DASHBOARD = "fastapi-backend-dashboard";
    static final String DASHBOARD_FILE = "fastapi-backend.json";
    static final String DASHBOARD_RESOURCE = "/dashboards/" + DASHBOARD_FILE;
    static final String SCRAPE_INTERVAL = "30s";

    /**
     * @param sloPercent     the availability objective, e.g. 99.5
     * @param latencyP95Ms   the p95 latency threshold
     * @param hpa            the HPA's name, when the backend autoscales
     * @param runbookUrl     the README the alerts link into
     */
    public record Options(String namespace, Map<String, String> labels, Map<String, String> serviceLabels, String metricsPortName,
                          String metricsPath, BigDecimal sloPercent, int latencyP95Ms, java.util.Optional<String> hpa,
                          String runbookUrl) {
    }

    private final Resource serviceMonitor;
    private final Resource rules;
    private final Resource dashboard;

    public BackendObservability(String name, Options options, Monitoring monitoring, Resource service, Resource namespace,
                                ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var ns = options.namespace();
        this.serviceMonitor = monitoring.scrape(new Monitoring.ServiceScrape(SERVICE_MONITOR, ns, options.labels(),
                options.serviceLabels(), options.metricsPortName(), options.metricsPath(), SCRAPE_INTERVAL, false), this, service);
        this.rules = monitoring.alerts(new Monitoring.AlertGroup(RULES, ns, options.labels(), "fastapi-backend", alerts(options)),
                this, namespace);
        this.dashboard = monitoring.dashboard(new Monitoring.Dashboard(DASHBOARD, ns, options.labels(), DASHBOARD_FILE,
                dashboardJson(options.sloPercent())), this, namespace);
        registerOutputs(Map.of());
    }

    /**
     * The backend's alerts. Availability is judged as Google's SRE workbook does it: the error budget
     * (1 - SLO) burning 14.4 times too fast over 1 h and 5 m (2 % of a 30-day budget in an hour: page),
     * or 6 times too fast over 6 h and 30 m (5 % in six hours: ticket).
     */
    static List<Monitoring.Alert> alerts(Options options) {
        var ns = options.namespace();
        var scope = "namespace=\"" + ns + "\", service=\"" + FastapiBackend.SERVICE + "\"";
        var pods = "namespace=\"" + ns + "\", pod=~\"" + FastapiBackend.DEPLOYMENT + "-.*\"";
        var budget = BigDecimal.ONE.subtract(options.sloPercent().movePointLeft(2)).stripTrailingZeros().toPlainString();
        var alerts = new ArrayList<Monitoring.Alert>();
        alerts.add(alert(options, "BackendErrorBudgetBurnFast",
                burn(scope, "1h", "14.4", budget) + " and " + burn(scope, "5m", "14.4", budget), "2m", "critical",
                "fastapi-backend is burning its error budget 14.4 times too fast",
                "Over the last hour (and the last 5 minutes) more than " + ratioText("14.4", budget) + " of requests got a 5xx;"
                        + " at this rate the " + options.sloPercent().toPlainString() + " % availability objective's 30-day budget is gone in about two days."));
        alerts.add(alert(options, "BackendErrorBudgetBurnSlow",
                burn(scope, "6h", "6", budget) + " and " + burn(scope, "30m", "6", budget), "15m", "warning",
                "fastapi-backend is burning its error budget 6 times too fast",
                "Over the last 6 hours (and 30 minutes) more than " + ratioText("6", budget) + " of requests got a 5xx;"
                        + " the " + options.sloPercent().toPlainString() + " % objective's 30-day budget lasts five days at this rate."));
        var seconds = BigDecimal.valueOf(options.latencyP95Ms()).movePointLeft(3).stripTrailingZeros().toPlainString();
        alerts.add(alert(options, "BackendLatencyHigh",
                "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{" + scope + "}[5m]))) > " + seconds,
                "10m", "warning",
                "fastapi-backend p95 latency is {{ $value | humanizeDuration }}",
                "The 95th percentile of request durations has been above " + options.latencyP95Ms() + " ms for 10 minutes."));
        alerts.add(alert(options, "BackendPodCrashLooping",
                "max by (pod) (kube_pod_container_status_waiting_reason{" + pods + ", reason=\"CrashLoopBackOff\"}) == 1",
                "5m", "warning",
                "fastapi-backend pod {{ $labels.pod }} is crash-looping",
                "A backend container keeps exiting and Kubernetes is backing off before restarting it again."));
        alerts.add(alert(options, "BackendPodNotReady",
                "max by (pod) (kube_pod_status_ready{" + pods + ", condition=\"false\"}) == 1",
                "10m", "warning",
                "fastapi-backend pod {{ $labels.pod }} has not been ready for 10 minutes",
                "The pod fails its readiness probe on /health, so the Service sends it no traffic."));
        options.hpa().ifPresent(hpa -> alerts.add(alert(options, "BackendHpaAtMaximum",
                "kube_horizontalpodautoscaler_status_current_replicas{namespace=\"" + ns + "\", horizontalpodautoscaler=\"" + hpa + "\"}"
                        + " >= kube_horizontalpodautoscaler_spec_max_replicas{namespace=\"" + ns + "\", horizontalpodautoscaler=\"" + hpa + "\"}",
                "15m", "warning",
                "fastapi-backend has run at the HPA's maximum for 15 minutes",
                "The autoscaler wants more replicas than hpaMaxReplicas allows; requests may queue and latency rise.")));
        var deployment = "namespace=\"" + ns + "\", deployment=\"" + FastapiBackend.DEPLOYMENT + "\"";
        alerts.add(alert(options, "BackendReplicasUnavailable",
                "kube_deployment_status_replicas_available{" + deployment + "} < kube_deployment_spec_replicas{" + deployment + "}",
                "10m", "warning",
                "fastapi-backend has fewer available replicas than desired",
                "{{ $value }} replicas are available, fewer than the Deployment wants, for 10 minutes: pods cannot be"
                        + " scheduled, pulled or made ready."));
        return List.copyOf(alerts);
    }

    /** The 5xx share of requests over {@code window} above {@code factor} times the error budget. */
    private static String burn(String scope, String window, String factor, String budget) {
        return "(sum(rate(http_requests_total{" + scope + ", status=~\"5..\"}[" + window + "]))"
                + " / sum(rate(http_requests_total{" + scope + "}[" + window + "]))) > (" + factor + " * " + budget + ")";
    }

    private static String ratioText(String factor, String budget) {
        return new BigDecimal(factor).multiply(new BigDecimal(budget)).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    private static Monitoring.Alert alert(Options options, String name, String expr, String pendingFor, String severity,
                                          String summary, String description) {
        return new Monitoring.Alert(name, expr, pendingFor, severity, summary, description,
                options.runbookUrl() + "#" + name.toLowerCase(Locale.ROOT));
    }

    /** The dashboard from the repository, with the stack's objective in its {@code slo} constant. */
    static String dashboardJson(BigDecimal sloPercent) {
        String raw;
        try (InputStream in = BackendObservability.class.getResourceAsStream(DASHBOARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard " + DASHBOARD_RESOURCE + " is missing from the jar");
            }
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonElement dashboard = JsonParser.parseString(raw);
        for (var variable : dashboard.getAsJsonObject().getAsJsonObject("templating").getAsJsonArray("list")) {
            var object = variable.getAsJsonObject();
            if (object.get("name").getAsString().equals("slo")) {
                object.addProperty("query", sloPercent.toPlainString());
            }
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(dashboard);
    }

    public Resource serviceMonitor() {
        return serviceMonitor;
    }

    public Resource rules() {
        return rules;
    }

    public Resource dashboard() {
        return dashboard;
    }
}
