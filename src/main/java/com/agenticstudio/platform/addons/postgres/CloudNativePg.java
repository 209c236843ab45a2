package com.agenticstudio.platform.addons.postgres;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.NetworkPolicies;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.Monitoring;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backend's PostgreSQL on kind: the CloudNativePG operator (chart cloudnative-pg 0.29.0, operator
 * 1.30.0) and one {@code Cluster} with a small volume, so {@code pulumi up -s dev} yields a working
 * database with no setting to fill in. The app's {@code DATABASE_URL} is the operator's generated
 * application secret ({@code <cluster>-app}, key {@code uri}), never Pulumi config.
 *
 * <p>The Cluster lives in the client's namespace, because the operator writes that secret beside the
 * Cluster and a pod reads Secrets of its own namespace only; kind has no secret store to copy it across.
 * The database pods get their own policies there (the app's default-deny covers them): the app on 5432,
 * the operator on the instance manager's 8000, Prometheus on 9187, DNS and the API server out.
 */
public final class CloudNativePg extends HelmAddon implements Database {
    public static final String TYPE = "studio:platform:CloudNativePg";
    public static final AddonId<CloudNativePg> ID = AddonId.of("cloudnative-pg", CloudNativePg.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace("cnpg-system", PodSecurity.RESTRICTED,
            "the operator runs as uid 10001, non-root, read-only root, no privilege escalation, all capabilities dropped,"
                    + " RuntimeDefault seccomp (the chart's containerSecurityContext and podSecurityContext defaults)");
    /** templates/_helpers.tpl, cloudnative-pg.selectorLabels: the chart's name and the release's. */
    static final Map<String, String> OPERATOR_PODS = Map.of("app.kubernetes.io/name", "cloudnative-pg",
            "app.kubernetes.io/instance", ID.name());
    static final int WEBHOOK_PORT = 9443;
    static final int OPERATOR_METRICS_PORT = 8080;
    /** The instance manager's status endpoint, which the operator polls on every instance. */
    static final int STATUS_PORT = 8000;
    static final int POSTGRES_PORT = 5432;
    static final int METRICS_PORT = 9187;
    /** The operator labels every instance pod with its Cluster's name. */
    static final String CLUSTER_LABEL = "cnpg.io/cluster";
    static final String APP_SECRET_SUFFIX = "-app";
    static final String URI_KEY = "uri";

    static final String DOWN_ALERT = "DatabaseDown";
    static final String CONNECTIONS_ALERT = "DatabaseConnectionsNearLimit";
    static final String STORAGE_ALERT = "DatabaseStorageLow";

    /**
     * @param clusterName  the Cluster, its pods' label and its secret's prefix
     * @param namespace    where the Cluster lives: the client's namespace
     * @param imageName    the PostgreSQL image, of the major the settings pin for every target
     * @param storageSize  each instance's volume
     * @param storageClass the cluster's StorageClass
     * @param monitoring   the monitoring add-on, whose contract declares the database alerts
     */
    public record Options(String clusterName, String namespace, String imageName, String storageSize, String storageClass,
                          ContainerResources operator, ContainerResources instance, String monitoringNamespace,
                          String runbookUrl, AddonId<? extends Monitoring> monitoring) {

        /**
         * The operand images by major, pinned by full minor tag (CloudNativePG's postgres-containers builds on
         * Debian trixie; the November 2026 minors, as used in public manifests read on 2026-11-30). The standard flavour:
         * the system one, with Barman Cloud built in, is deprecated now that backups are a plugin.
         */
        static final Map<String, String> IMAGES = Map.of(
                "16", "ghcr.io/cloudnative-pg/postgresql:16.15-standard-trixie",
                "17", "ghcr.io/cloudnative-pg/postgresql:17.11-standard-trixie");

        public static Options from(Settings settings, ClusterInfo cluster, AddonId<? extends Monitoring> monitoring) {
            var image = IMAGES.get(settings.database().engineVersion());
            if (image == null) {
                throw new IllegalArgumentException("no CloudNativePG image for PostgreSQL " + settings.database().engineVersion());
            }
            return new Options("studio-db", settings.app().namespace(), image, "2Gi", cluster.storageClass(),
                    ContainerResources.of("50m", "128Mi", "256Mi"), ContainerResources.of("100m", "256Mi", "512Mi"),
                    settings.app().egress().monitoringNamespace(), settings.monitoring().runbookUrl(), monitoring);
        }

        Map<String, String> instancePods() {
            return Map.of(CLUSTER_LABEL, clusterName);
        }
    }

    /** Where Prometheus scrapes the database pods (their metrics port has no Service) and the operator. */
    public static List<MetricsEndpoint> metrics(Options options) {
        return List.of(
                new MetricsEndpoint("postgres", options.namespace(), MetricsEndpoint.Target.PODS, options.instancePods(),
                        "metrics", METRICS_PORT, "/metrics", false),
                new MetricsEndpoint(ID.name(), NAMESPACE.name(), MetricsEndpoint.Target.PODS, OPERATOR_PODS,
                        "metrics", OPERATOR_METRICS_PORT, "/metrics", false));
    }

    /** The operator's release (the CRDs and the webhook), and the alerts once monitoring is there. */
    public static Addon<CloudNativePg> addon(Options options) {
        return Addon.of(ID, List.of(options.monitoring()), context -> new CloudNativePg(options, context,
                context.require(options.monitoring())));
    }

    private final Options options;
    private final Release release;
    private final Resource alerts;

    CloudNativePg(Options options, AddonContext context, Monitoring monitoring) {
        super(TYPE, context, CloudNativePgValues.chart(), NAMESPACE);
        this.options = options;
        this.release = install(new CloudNativePgValues(1, options.operator()).toMap(), flows(cluster().network(), options));
        this.alerts = monitoring.alerts(new Monitoring.AlertGroup("postgres-alerts", NAMESPACE.name(), LABELS, "studio-database",
                alerts(options)), this, namespace());
        registerOutputs(Map.of());
    }

    static List<Flow> flows(ClusterNetwork network, Options options) {
        return List.of(
                Flow.apiServer(network, Map.of()),
                Flow.webhook(network, OPERATOR_PODS, WEBHOOK_PORT),
                new Flow.Out("allow-instance-status", OPERATOR_PODS,
                        List.of(new Flow.Peer.Pods(options.namespace(), options.instancePods())), List.of(Flow.Port.tcp(STATUS_PORT))),
                Flow.scrape(options.monitoringNamespace(), OPERATOR_PODS, OPERATOR_METRICS_PORT));
    }

    /** The database pods' own flows in the client's namespace, named apart from the client's. */
    static List<Flow> instanceFlows(ClusterNetwork network, Options options, Map<String, String> clientPods) {
        var pods = options.instancePods();
        var flows = new ArrayList<Flow>();
        flows.add(new Flow.In("allow-postgres-from-app", pods, List.of(new Flow.Peer.Pods(options.namespace(), clientPods)),
                List.of(Flow.Port.tcp(POSTGRES_PORT))));
        flows.add(new Flow.In("allow-postgres-status", pods, List.of(new Flow.Peer.Pods(NAMESPACE.name(), OPERATOR_PODS)),
                List.of(Flow.Port.tcp(STATUS_PORT))));
        flows.add(new Flow.In("allow-postgres-scrape", pods, List.of(Flow.Peer.Pods.inNamespace(options.monitoringNamespace())),
                List.of(Flow.Port.tcp(METRICS_PORT))));
        // Instances stream WAL to each other and the instance manager reads the Cluster from the API server.
        flows.add(new Flow.In("allow-postgres-peers", pods, List.of(new Flow.Peer.Pods(options.namespace(), pods)),
                List.of(Flow.Port.tcp(POSTGRES_PORT), Flow.Port.tcp(STATUS_PORT))));
        flows.add(new Flow.Out("allow-postgres-peers-out", pods, List.of(new Flow.Peer.Pods(options.namespace(), pods)),
                List.of(Flow.Port.tcp(POSTGRES_PORT), Flow.Port.tcp(STATUS_PORT))));
        flows.add(Flow.out("allow-postgres-api-server", pods, network.apiServer()));
        var dns = Flow.dns(pods);
        flows.add(new Flow.Out("allow-postgres-dns", pods, dns.peers(), dns.ports()));
        return flows;
    }

    /** The database down, its connections near the limit, its volume nearly full. */
    static List<Monitoring.Alert> alerts(Options options) {
        var selector = "namespace=\"" + options.namespace() + "\",pod=~\"" + options.clusterName() + "-[0-9]+\"";
        var volumes = "namespace=\"" + options.namespace() + "\",persistentvolumeclaim=~\"" + options.clusterName() + "-[0-9]+\"";
        return List.of(
                new Monitoring.Alert(DOWN_ALERT, "(max(cnpg_collector_up{" + selector + "}) or vector(0)) < 1", "5m", "critical",
                        "The database " + options.clusterName() + " is down",
                        "No instance of the CloudNativePG Cluster " + options.namespace() + "/" + options.clusterName()
                                + " has reported PostgreSQL up for 5 minutes: the backend cannot reach its data.",
                        runbook(options, DOWN_ALERT)),
                new Monitoring.Alert(CONNECTIONS_ALERT, "sum(cnpg_backends_total{" + selector + "}) / max(cnpg_pg_settings_setting{name=\"max_connections\","
                        + selector + "}) > 0.8", "10m", "warning",
                        "The database " + options.clusterName() + " uses over 80 % of its connections",
                        "{{ $value | humanizePercentage }} of max_connections are in use for 10 minutes; new connections will soon be refused.",
                        runbook(options, CONNECTIONS_ALERT)),
                new Monitoring.Alert(STORAGE_ALERT, "min(kubelet_volume_stats_available_bytes{" + volumes + "} / kubelet_volume_stats_capacity_bytes{"
                        + volumes + "}) < 0.15", "10m", "warning",
                        "The database " + options.clusterName() + "'s volume is over 85 % full",
                        "Only {{ $value | humanizePercentage }} of the volume is free; PostgreSQL stops when it is full.",
                        runbook(options, STORAGE_ALERT)));
    }

    private static String runbook(Options options, String alert) {
        return options.runbookUrl() + "#" + alert.toLowerCase(Locale.ROOT);
    }

    /**
     * The Cluster in the client's namespace, after the operator's release (CRDs and webhook) and the
     * namespace; its pods' policies beside it. The client waits for the Cluster; the operator writes
     * the secret when the database is ready, and the pod retries until it exists.
     */
    @Override
    public Connection connect(Client client, Resource parent, Resource namespace) {
        if (!client.namespace().equals(options.namespace())) {
            throw new IllegalArgumentException("the database lives in " + options.namespace() + ", not " + client.namespace());
        }
        NetworkPolicies.allow(client.namespace(), namespace, instanceFlows(cluster().network(), options, client.pods()),
                client.labels(), cluster(), parent);
        var spec = new PostgresClusterSpec(1, options.imageName(), "studio", "studio", options.storageSize(), options.storageClass(),
                options.instance());
        var database = new KubernetesCustomResource(client.name() + "-postgres", ObjectMetaArgs.builder()
                .name(options.clusterName())
                .namespace(client.namespace())
                .labels(client.labels())
                .build(), spec, KubeOptions.of(cluster(), parent, release, namespace));
        return new Connection(options.clusterName() + APP_SECRET_SUFFIX, URI_KEY, database,
                List.of(new Flow.Peer.Pods(client.namespace(), options.instancePods())), Flow.Port.tcp(POSTGRES_PORT));
    }

    public Release release() {
        return release;
    }

    public Resource alerts() {
        return alerts;
    }
}
