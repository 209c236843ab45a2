package com.agenticstudio.platform.addons.cost;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Monitoring;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the cluster costs, on every cluster: OpenCost prices each node (and volume) and allocates the
 * price to the containers by what they request or use, from the metrics in the cluster's Prometheus
 * (the monitoring add-on's, read through {@link Monitoring#query()}). It serves its cost metrics for
 * Prometheus to scrape; a Grafana dashboard of cost by namespace and workload and an alert on the
 * monthly run-rate against the stack's budget are declared through the {@link Monitoring} contract.
 *
 * <p>Prices without static keys: on EKS the AWS public price list (no credentials; the exporter
 * reaches it over HTTPS); on GKE the Cloud Billing Catalog API needs an API key
 * ({@code opencost.exporter.cloudProviderApiKey}), a static key this platform does not hold, so it
 * is left off and OpenCost prices GKE nodes at the default rates its image carries (on a pricing
 * error a node gets the configured default CPU and RAM rates: opencost/opencost pkg/costmodel/costmodel.go,
 * read at the mirrored commit 5f65333 of 2024-10-24); on kind, the same default rates.
 *
 * <p>Cost tooling is interruptible: the exporter keeps nothing on a volume (Prometheus holds the
 * history), so it runs spot-preferred at the best-effort priority. The chart's UI is off (see
 * {@link OpenCostValues}).
 */
public final class OpenCost extends HelmAddon {
    public static final String TYPE = "studio:platform:OpenCost";
    public static final AddonId<OpenCost> ID = AddonId.of("opencost", OpenCost.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "the exporter needs no host access: it runs as uid 1001 (its image's USER), non-root, no privilege escalation,"
                    + " all capabilities dropped, RuntimeDefault seccomp; the UI container (nginx) is not run");
    /** templates/_helpers.tpl at the tag, opencost.selectorLabels: the pods and, with more labels, the Service. */
    static final Map<String, String> PODS = Map.of("app.kubernetes.io/name", "opencost", "app.kubernetes.io/instance", ID.name());
    /** The exporter's API and metrics port (opencost.exporter.apiPort, values.yaml:281; Service port "http"). */
    static final int API_PORT = 9003;
    /** The Service: opencost.fullname, which is the release name when it contains the chart's name (templates/service.yaml). */
    static final String SERVICE = ID.name();
    static final String SERVICE_PORT_NAME = "http";
    static final String DASHBOARD_FILE = "platform-cost.json";
    static final String DASHBOARD_RESOURCE = "/dashboards/" + DASHBOARD_FILE;
    static final String BUDGET_ALERT = "PlatformCostOverBudget";
    static final String MISSING_ALERT = "CostMetricsMissing";
    /** Hours in an average month (8760 / 12): an hourly price times this is a monthly run-rate. */
    static final int HOURS_PER_MONTH = 730;

    /**
     * The monthly run-rate: the nodes, the volumes (per GiB-hour times their size) and the managed
     * cluster's fee, at OpenCost's prices, times the hours of a month. Volumes and the fee count as
     * nothing where OpenCost reports none (kind).
     */
    static final String MONTHLY_RUN_RATE = "(sum(node_total_hourly_cost)"
            + " + (sum(pv_hourly_cost * on (persistentvolume) group_left () max by (persistentvolume) (kube_persistentvolume_capacity_bytes) / 1073741824) or vector(0))"
            + " + (sum(kubecost_cluster_management_cost) or vector(0))) * " + HOURS_PER_MONTH;

    /** Prometheus scrapes the exporter's cost metrics, keeping their namespace and pod labels (honorLabels). */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint(ID.name(), NAMESPACE.name(), MetricsEndpoint.Target.SERVICES, PODS, SERVICE_PORT_NAME,
                API_PORT, "/metrics", false, true));
    }

    /** OpenCost's pods, as the monitoring add-on admits them to Prometheus' query port. */
    public static Flow.Peer.Pods prometheusClient() {
        return new Flow.Peer.Pods(NAMESPACE.name(), PODS);
    }

    /**
     * @param clusterId           the name OpenCost reports the cluster's costs under
     * @param monthlyBudgetUsd    the run-rate above which the budget alert fires
     * @param runbookUrl          the README the alert's runbook link points into
     * @param monitoringNamespace where Prometheus scrapes from
     * @param monitoring          the monitoring add-on: its Prometheus is read, its contract declares the scrape's dashboard and alert
     * @param scheduling          the PriorityClasses (best effort)
     */
    public record Options(String clusterId, Cloud cloud, ContainerResources exporter, int monthlyBudgetUsd, String runbookUrl,
                          String monitoringNamespace, AddonId<? extends Monitoring> monitoring,
                          AddonId<? extends Scheduling> scheduling) {
        public Options {
            if (monthlyBudgetUsd < 1) {
                throw new IllegalArgumentException("a monthly budget is at least 1 USD, got " + monthlyBudgetUsd);
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster, AddonId<? extends Monitoring> monitoring,
                                   AddonId<? extends Scheduling> scheduling) {
            // The chart's default requests (10m, 55Mi) are below what the exporter holds once it has priced a
            // few dozen nodes; its 1Gi limit is the chart's.
            var exporter = settings.environment() == Environment.DEV
                    ? ContainerResources.of("10m", "128Mi", "512Mi")
                    : ContainerResources.of("50m", "256Mi", "1Gi");
            return new Options(cluster.name(), cluster.cloud(), exporter, settings.monitoring().monthlyBudgetUsd(),
                    settings.monitoring().runbookUrl(), settings.app().egress().monitoringNamespace(), monitoring, scheduling);
        }
    }

    /** Reads the monitoring add-on's Prometheus and contract, and the best-effort PriorityClass. */
    public static Addon<OpenCost> addon(Options options) {
        return Addon.of(ID, List.of(options.monitoring(), options.scheduling()), context -> new OpenCost(options, context,
                context.require(options.monitoring()), context.require(options.scheduling())));
    }

    private final Release release;
    private final Resource alerts;
    private final Resource dashboard;

    OpenCost(Options options, AddonContext context, Monitoring monitoring, Scheduling scheduling) {
        super(TYPE, context, OpenCostValues.chart(), NAMESPACE);
        var query = monitoring.query();
        // The release waits for the class its pod names, not for Prometheus: the exporter retries its queries.
        this.release = install(OpenCostValues.of(options, query, scheduling.priorityClass(Scheduling.Tier.BEST_EFFORT),
                        Capacity.SPOT_PREFERRED),
                flows(cluster().network(), options, query), scheduling.ready(Scheduling.Tier.BEST_EFFORT));
        var ns = NAMESPACE.name();
        this.alerts = monitoring.alerts(new Monitoring.AlertGroup("opencost-alerts", ns, LABELS, "studio-cost",
                List.of(budgetAlert(options), missingAlert(options))), this, namespace());
        this.dashboard = monitoring.dashboard(new Monitoring.Dashboard("platform-cost-dashboard", ns, LABELS, DASHBOARD_FILE,
                dashboardJson(options.monthlyBudgetUsd())), this, namespace());
        registerOutputs(Map.of());
    }

    /** The run-rate above the budget for six hours: long enough that a scale-up for a burst does not page anyone. */
    static Monitoring.Alert budgetAlert(Options options) {
        return new Monitoring.Alert(BUDGET_ALERT, MONTHLY_RUN_RATE + " > " + options.monthlyBudgetUsd(), "6h", "warning",
                "The cluster's monthly cost run-rate is above its budget of " + options.monthlyBudgetUsd() + " USD",
                "At the current hourly prices of its nodes, volumes and cluster fee, " + options.clusterId()
                        + " would cost {{ $value | humanize }} USD a month, above the budget of " + options.monthlyBudgetUsd()
                        + " USD (monthlyBudgetUsd), for 6 hours. The Platform cost dashboard shows which namespace and workload.",
                options.runbookUrl() + "#" + BUDGET_ALERT.toLowerCase(Locale.ROOT));
    }

    /** Without OpenCost's metrics the budget alert cannot fire: say so rather than stay silent. */
    static Monitoring.Alert missingAlert(Options options) {
        return new Monitoring.Alert(MISSING_ALERT, "absent(node_total_hourly_cost)", "30m", "warning",
                "Prometheus has no cost metrics from OpenCost",
                "No node_total_hourly_cost series for 30 minutes: OpenCost is down, not scraped, or cannot price the nodes."
                        + " Until it is back the Platform cost dashboard is empty and " + BUDGET_ALERT + " cannot fire.",
                options.runbookUrl() + "#" + MISSING_ALERT.toLowerCase(Locale.ROOT));
    }

    static List<Flow> flows(ClusterNetwork network, Options options, Monitoring.Query query) {
        var flows = new ArrayList<Flow>();
        // It lists nodes, pods, volumes and services from the API server.
        flows.add(Flow.apiServer(network, PODS));
        // Its queries to Prometheus; the monitoring add-on admits them at its end (prometheusClient()).
        flows.add(new Flow.Out("allow-prometheus-query", PODS, List.of(query.server()), List.of(Flow.Port.tcp(query.port()))));
        flows.add(Flow.scrape(options.monitoringNamespace(), PODS, API_PORT));
        switch (options.cloud()) {
            // The public AWS price list (pricing.us-east-1.amazonaws.com), which needs no credentials.
            case AWS -> flows.add(Flow.out("allow-aws-price-list", PODS, ClusterNetwork.Endpoints.internet(443)));
            // The Cloud Billing Catalog API (cloudbilling.googleapis.com) refuses a request without a key at
            // once, and OpenCost then prices the node at its default rates. Were it blocked, each attempt (one
            // per node it cannot price, gcp/provider.go NodePricing → DownloadPricingData) would hang until
            // the TCP connect timeout, as Go's default HTTP client sets none.
            case GCP -> flows.add(Flow.out("allow-gcp-billing-api", PODS, ClusterNetwork.Endpoints.internet(443)));
            // kind: OpenCost's custom provider calls no pricing API.
            case KIND -> { }
        }
        return flows;
    }

    /** The dashboard from the repository, with the stack's budget in its {@code budget} constant. */
    static String dashboardJson(int monthlyBudgetUsd) {
        String raw;
        try (InputStream in = OpenCost.class.getResourceAsStream(DASHBOARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard " + DASHBOARD_RESOURCE + " is missing from the jar");
            }
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var dashboard = JsonParser.parseString(raw).getAsJsonObject();
        for (var variable : dashboard.getAsJsonObject("templating").getAsJsonArray("list")) {
            var object = variable.getAsJsonObject();
            if (object.get("name").getAsString().equals("budget")) {
                object.addProperty("query", Integer.toString(monthlyBudgetUsd));
            }
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(dashboard);
    }

    public Release release() {
        return release;
    }

    public Resource alerts() {
        return alerts;
    }

    public Resource dashboard() {
        return dashboard;
    }
}
