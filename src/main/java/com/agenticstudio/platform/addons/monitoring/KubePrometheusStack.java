package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.SourcedSecret;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Edge;
import com.agenticstudio.platform.services.Monitoring;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.services.SecretReloads;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.MonitoringSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metrics, alerts and dashboards on every cluster: kube-prometheus-stack (the Prometheus Operator
 * with its CRDs, Prometheus, Alertmanager, Grafana, kube-state-metrics, node-exporter), and the
 * platform's own scrapes and alerts. Workloads are observed through {@link Monitoring}: each
 * ServiceMonitor, PodMonitor and PrometheusRule waits for this release, which installs their CRDs;
 * the release itself waits for nothing but its namespace (the cluster's provider waits for the nodes).
 *
 * <p>Prometheus reads ServiceMonitors, PodMonitors, Probes, ScrapeConfigs and PrometheusRules from
 * every namespace that carry {@link #SELECTION_LABELS}; the chart's own objects carry it through
 * commonLabels and the subcharts' monitor labels.
 *
 * <p>On GKE, Google Cloud Managed Service for Prometheus' managed collection (gmp-system) is turned
 * off on the cluster (GkeCluster, monitoringConfig.managedPrometheus.enabled=false): it scrapes only
 * what PodMonitoring objects name, and the platform declares none, so with it on nothing would be
 * collected twice, but its collectors would run on every node for nothing and a PodMonitoring added
 * later would double the scrape (and bill it). This Prometheus is the one collector.
 */
public final class KubePrometheusStack extends HelmAddon implements Monitoring {
    public static final String TYPE = "studio:platform:KubePrometheusStack";
    public static final AddonId<KubePrometheusStack> ID = AddonId.of("monitoring", KubePrometheusStack.class);

    /** Prometheus reads only monitoring objects with this label, in every namespace. */
    public static final Map<String, String> SELECTION_LABELS = Map.of("studio.platform/monitoring", "true");
    static final String POD_SECURITY_REASON = "node-exporter needs the host's network and PID namespaces and read-only"
            + " hostPath mounts of /, /proc and /sys (prometheus-node-exporter hostNetwork, hostPID), which baseline forbids;"
            + " every other pod of the chart runs as non-root with RuntimeDefault seccomp";

    // Pod labels: the operator's (Prometheus, Alertmanager), the charts' selector labels for the rest.
    static final Map<String, String> PROMETHEUS_PODS = Map.of("app.kubernetes.io/name", "prometheus");
    static final Map<String, String> ALERTMANAGER_PODS = Map.of("app.kubernetes.io/name", "alertmanager");
    static final Map<String, String> GRAFANA_PODS = Map.of("app.kubernetes.io/name", "grafana", "app.kubernetes.io/instance", ID.name());
    static final Map<String, String> OPERATOR_PODS = Map.of("app.kubernetes.io/name", "kube-prometheus-stack-prometheus-operator");
    static final Map<String, String> KUBE_STATE_METRICS_PODS = Map.of("app.kubernetes.io/name", "kube-state-metrics");

    static final int PROMETHEUS_PORT = 9090;
    static final int RELOADER_PORT = 8080;
    static final int ALERTMANAGER_PORT = 9093;
    static final int ALERTMANAGER_CLUSTER_PORT = 9094;
    /** The operator serves its metrics and the admission webhook on its TLS port (prometheusOperator.tls.internalPort). */
    static final int OPERATOR_PORT = 10250;
    static final int KUBE_STATE_METRICS_PORT = 8080;
    static final int GRAFANA_PORT = 3000;
    static final int KUBELET_PORT = 10250;
    static final int NODE_EXPORTER_PORT = 9100;

    static final String GRAFANA_SERVICE = ID.name() + "-grafana";
    /** Prometheus' Service (templates/prometheus/service.yaml at the tag: <fullname>-prometheus, port 9090). */
    static final String PROMETHEUS_SERVICE = ID.name() + "-prometheus";
    static final String GRAFANA_PORT_NAME = "http-web";
    static final String GRAFANA_ROUTE = "grafana";
    static final String GRAFANA_ADMIN_SECRET = "grafana-admin";
    static final String ADMIN_USER_KEY = "admin-user";
    static final String ADMIN_PASSWORD_KEY = "admin-password";
    static final String ADMIN_USER = "admin";
    static final String RECEIVER_SECRET = "alertmanager-receivers";
    static final String SLACK_URL_KEY = "slack-webhook-url";
    static final String DASHBOARD_LABEL = "grafana_dashboard";
    static final String DASHBOARD_LABEL_VALUE = "1";
    /** How soon a rotated password or webhook URL reaches its Secret. */
    static final String REFRESH_INTERVAL = "1h";
    static final String PLATFORM_SCRAPE_INTERVAL = "60s";

    /**
     * How big Prometheus and Alertmanager are, and for how long Prometheus keeps metrics.
     *
     * @param retentionSize what Prometheus may keep before dropping the oldest blocks; below the volume size
     * @param prometheusVolume a volume per replica on the platform's StorageClass; empty keeps metrics in an emptyDir
     */
    public record Sizing(int prometheusReplicas, String retention, String retentionSize, Optional<String> prometheusVolume,
                         ContainerResources prometheus, int alertmanagerReplicas, Optional<String> alertmanagerVolume,
                         ContainerResources alertmanager, ContainerResources grafana, ContainerResources kubeStateMetrics) {
        public Sizing {
            Replicas.atLeastOne("prometheus", prometheusReplicas);
            Replicas.atLeastOne("alertmanager", alertmanagerReplicas);
            Scrapes.checkDuration(retention, "retention");
        }

        /**
         * dev: one small Prometheus keeping two days in an emptyDir; staging: a week on a volume; prod:
         * two Prometheus replicas (spread over zones) keeping 15 days each on their own volume, and three
         * Alertmanagers, so an alert survives a zone and a node drain.
         */
        public static Sizing of(Environment environment) {
            return switch (environment) {
                case DEV -> new Sizing(1, "2d", "4GB", Optional.empty(), ContainerResources.of("100m", "512Mi", "1Gi"),
                        1, Optional.empty(), ContainerResources.of("10m", "32Mi", "64Mi"),
                        ContainerResources.of("50m", "128Mi", "256Mi"), ContainerResources.of("10m", "64Mi", "128Mi"));
                case STAGING -> new Sizing(1, "7d", "18GB", Optional.of("20Gi"), ContainerResources.of("250m", "1Gi", "2Gi"),
                        1, Optional.of("1Gi"), ContainerResources.of("25m", "64Mi", "128Mi"),
                        ContainerResources.of("100m", "256Mi", "512Mi"), ContainerResources.of("25m", "128Mi", "256Mi"));
                case PROD -> new Sizing(2, "15d", "45GB", Optional.of("50Gi"), ContainerResources.of("500m", "2Gi", "4Gi"),
                        3, Optional.of("1Gi"), ContainerResources.of("25m", "64Mi", "128Mi"),
                        ContainerResources.of("100m", "256Mi", "512Mi"), ContainerResources.of("50m", "256Mi", "512Mi"));
            };
        }
    }

    /**
     * Which control-plane components are scraped, per cloud, so that no TargetDown fires for ever for
     * one that cannot be reached.
     *
     * @param kubeDns the cluster DNS is kube-dns (GKE), not CoreDNS
     */
    public record ControlPlane(boolean etcd, boolean scheduler, boolean controllerManager, boolean kubeProxy, boolean kubeDns,
                               String reason) {
        public static ControlPlane of(Cloud cloud) {
            return switch (cloud) {
                // kubeadm (which kind runs) binds etcd's metrics, the scheduler, the controller-manager and
                // kube-proxy's metrics to 127.0.0.1 on the nodes: unreachable from a pod without changing the
                // control plane's flags, which the dev cluster keeps as kind makes them.
                case KIND -> new ControlPlane(false, false, false, false, false,
                        "kubeadm binds etcd, scheduler, controller-manager and kube-proxy metrics to 127.0.0.1");
                // EKS runs etcd, the scheduler and the controller-manager out of the cluster's reach; its
                // kube-proxy add-on binds metrics to 127.0.0.1:10249.
                case AWS -> new ControlPlane(false, false, false, false, false,
                        "EKS hides etcd, scheduler and controller-manager; its kube-proxy binds metrics to 127.0.0.1");
                // GKE hides the control plane; Dataplane V2 (Cilium) replaces kube-proxy; DNS is kube-dns.
                case GCP -> new ControlPlane(false, false, false, false, true,
                        "GKE hides etcd, scheduler and controller-manager; Dataplane V2 runs no kube-proxy; DNS is kube-dns");
            };
        }
    }

    /**
     * @param namespace        where the stack runs (the monitoringNamespace setting, which other add-ons admit the scrape from)
     * @param storageClass     the cluster's StorageClass, for Prometheus' and Alertmanager's volumes
     * @param scrapeInterval   how often Prometheus scrapes and evaluates rules
     * @param grafanaHost      Grafana's public host through the edge; empty: port-forward only
     * @param platformMetrics  the other add-ons' metrics endpoints, scraped by ServiceMonitors and PodMonitors declared here
     * @param appNamespace     the workload's namespace, scraped on {@code appMetricsPort}
     * @param secretStore      where staging and prod secrets come from; empty on kind
     * @param queriers         the platform's clients of Prometheus' query API (OpenCost), admitted on its port
     * @param scheduling       the PriorityClasses: Grafana, a dashboard UI with no volume, runs best effort on spot
     * @param logsAndTraces    Grafana's Elasticsearch and Jaeger data sources
     * @param reloads          restarts Grafana when a Secret it reads into its environment changes
     */
    public record Options(AddonNamespace namespace, Sizing sizing, String storageClass, boolean multiZone,
                          ControlPlane controlPlane, String scrapeInterval, Optional<String> grafanaHost,
                          MonitoringSettings.SecretSource grafanaAdmin, Optional<MonitoringSettings.SecretSource> receiver,
                          List<MetricsEndpoint> platformMetrics, PlatformAlerts alerts, String appNamespace, int appMetricsPort,
                          AddonId<? extends Edge> edge, Optional<AddonId<? extends SecretStore>> secretStore,
                          List<Flow.Peer.Pods> queriers, AddonId<? extends Scheduling> scheduling, LogsAndTraces logsAndTraces,
                          SecretReloads reloads) {
        public Options {
            Objects.requireNonNull(reloads, "reloads");
            platformMetrics = List.copyOf(platformMetrics);
            queriers = List.copyOf(queriers);
            Scrapes.checkDuration(scrapeInterval, "scrapeInterval");
            boolean fromManager = grafanaAdmin instanceof MonitoringSettings.SecretSource.SecretManager
                    || receiver.filter(MonitoringSettings.SecretSource.SecretManager.class::isInstance).isPresent();
            if (fromManager && secretStore.isEmpty()) {
                throw new IllegalArgumentException("a secret from the secret manager needs the platform's secret store");
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster, AddonId<? extends Edge> edge,
                                   Optional<AddonId<? extends SecretStore>> secretStore, List<MetricsEndpoint> platformMetrics,
                                   List<Flow.Peer.Pods> queriers, AddonId<? extends Scheduling> scheduling, LogsAndTraces logsAndTraces,
                                   SecretReloads reloads) {
            var monitoring = settings.monitoring();
            var app = settings.app();
            return new Options(
                    new AddonNamespace(app.egress().monitoringNamespace(), PodSecurity.PRIVILEGED, POD_SECURITY_REASON),
                    Sizing.of(settings.environment()), cluster.storageClass(), cluster.multiZone(),
                    ControlPlane.of(cluster.cloud()), settings.environment().isShared() ? "30s" : "60s",
                    monitoring.grafanaHost(), monitoring.grafanaAdminPassword(), monitoring.slackWebhookUrl(),
                    platformMetrics, new PlatformAlerts(secretStore.isPresent(), monitoring.runbookUrl()),
                    app.namespace(), app.egress().metricsPort(), edge, secretStore, queriers, scheduling, logsAndTraces, reloads);
        }

        List<AddonId<?>> requires() {
            var requires = new ArrayList<AddonId<?>>();
            requires.add(edge);
            requires.add(scheduling);
            secretStore.ifPresent(requires::add);
            logsAndTraces.requires().stream().filter(id -> !requires.contains(id)).forEach(requires::add);
            return requires;
        }
    }

    /**
     * Requires the edge (Grafana's route attaches to it, and its proxies are the peer Grafana admits),
     * the scheduling add-on (Grafana runs at the best-effort PriorityClass) and, on cloud clusters, the
     * secret store (Grafana's admin password and the receivers' URLs). Only the route and the
     * ExternalSecrets wait for the edge and the store; the release waits for the one PriorityClass it names.
     */
    public static Addon<KubePrometheusStack> addon(Options options) {
        return Addon.of(ID, options.requires(), context -> new KubePrometheusStack(options, context,
                context.require(options.edge()), options.secretStore().map(context::require), context.require(options.scheduling()),
                context.require(ElasticStack.ID)));
    }

    private final Options options;
    private final Release release;
    private final Resource grafanaAdminSecret;
    private final Optional<Resource> route;

    KubePrometheusStack(Options options, AddonContext context, Edge edge, Optional<? extends SecretStore> store,
                        Scheduling scheduling, ElasticStack logging) {
        super(TYPE, context, KubePrometheusStackValues.chart(), options.namespace(),
                options.grafanaHost().isPresent() ? edge.routeNamespaceLabels() : Map.of());
        this.options = options;
        var ns = options.namespace().name();
        // Neither the release nor the chart's pods wait for these Secrets: Grafana and Alertmanager start
        // once they exist (on cloud clusters, once external-secrets has synced them).
        this.grafanaAdminSecret = secret(GRAFANA_ADMIN_SECRET, options.grafanaAdmin(), ADMIN_PASSWORD_KEY,
                Map.of(ADMIN_USER_KEY, ADMIN_USER), store);
        var receiver = options.receiver().map(source -> secret(RECEIVER_SECRET, source, SLACK_URL_KEY, Map.of(), store));
        // Grafana's Elasticsearch password and the CA it verifies Elasticsearch with, in this namespace.
        logging.credentials(options.logsAndTraces().user(), ns, this, namespace());
        logging.trust(ns, this, namespace());
        var values = new KubePrometheusStackValues(options.sizing(), options.storageClass(), options.multiZone(),
                options.controlPlane(), GRAFANA_ADMIN_SECRET, receiver.map(r -> RECEIVER_SECRET), options.scrapeInterval(),
                options.grafanaHost(), scheduling.priorityClass(Scheduling.Tier.BEST_EFFORT), Capacity.SPOT_PREFERRED,
                options.logsAndTraces(), options.reloads().onChangeOf(grafanaSecrets(options)));
        // Grafana names the best-effort class, which must exist before its pod is admitted.
        this.release = install(values.toMap(), flows(options, cluster().network(), edge.dataPlane()),
                scheduling.ready(Scheduling.Tier.BEST_EFFORT));

        for (var endpoint : options.platformMetrics()) {
            observe(endpoint);
        }
        var alerts = options.alerts();
        alerts(new AlertGroup("platform-alerts", ns, LABELS, "studio-platform", alerts.alerts()), this);

        this.route = options.grafanaHost().map(host -> edge.route(new Route(GRAFANA_ROUTE, ns, LABELS, host, GRAFANA_SERVICE,
                GRAFANA_PORT_NAME, 80), this, namespace()));
        registerOutputs(Map.of());
    }

    /** A Secret in the monitoring namespace: from a Pulumi secret in dev, synced from the secret manager elsewhere. */
    private Resource secret(String name, MonitoringSettings.SecretSource source, String key, Map<String, String> plain,
                            Optional<? extends SecretStore> store) {
        return new SourcedSecret(pulumiResourceName() + "-" + name, name, options.namespace().name(), LABELS, key, source, plain,
                REFRESH_INTERVAL)
                .declare(store, cluster(), this, namespace());
    }

    /** A ServiceMonitor (or PodMonitor) in this namespace for another add-on's metrics endpoint. */
    private void observe(MetricsEndpoint endpoint) {
        var ns = options.namespace().name();
        var metadata = ObjectMetaArgs.builder().name(endpoint.name()).namespace(ns).labels(selected(LABELS)).build();
        var spec = endpoint.target() == MetricsEndpoint.Target.PODS
                ? new PodMonitorSpec(endpoint.selector(), List.of(endpoint.namespace()), endpoint.portName(), endpoint.path(),
                        PLATFORM_SCRAPE_INTERVAL)
                : new ServiceMonitorSpec(endpoint.selector(), List.of(endpoint.namespace()), List.of(new ServiceMonitorSpec.Endpoint(
                        endpoint.portName(), endpoint.path(), PLATFORM_SCRAPE_INTERVAL, endpoint.https(), endpoint.honorLabels())));
        new KubernetesCustomResource(pulumiResourceName() + "-" + endpoint.name(), metadata, spec, kubeOptions(release));
    }

    static List<Flow> flows(Options options, ClusterNetwork network, Flow.Peer.Pods edge) {
        var ns = options.namespace().name();
        var flows = new ArrayList<Flow>();
        // The operator, Prometheus' service discovery, kube-state-metrics, Grafana's sidecars and the webhook
        // patch jobs watch the API server; Prometheus also scrapes it there.
        flows.add(Flow.apiServer(network, Map.of()));
        flows.add(Flow.webhook(network, OPERATOR_PODS, OPERATOR_PORT));
        // Within the namespace: who scrapes and queries whom.
        pair(flows, ns, "prometheus", PROMETHEUS_PODS, "alertmanager", ALERTMANAGER_PODS, ALERTMANAGER_PORT, RELOADER_PORT);
        pair(flows, ns, "prometheus", PROMETHEUS_PODS, "operator", OPERATOR_PODS, OPERATOR_PORT);
        pair(flows, ns, "prometheus", PROMETHEUS_PODS, "kube-state-metrics", KUBE_STATE_METRICS_PODS, KUBE_STATE_METRICS_PORT);
        pair(flows, ns, "prometheus", PROMETHEUS_PODS, "grafana", GRAFANA_PODS, GRAFANA_PORT);
        pair(flows, ns, "prometheus", PROMETHEUS_PODS, "prometheus", PROMETHEUS_PODS, PROMETHEUS_PORT, RELOADER_PORT);
        pair(flows, ns, "grafana", GRAFANA_PODS, "prometheus", PROMETHEUS_PODS, PROMETHEUS_PORT);
        pair(flows, ns, "grafana", GRAFANA_PODS, "alertmanager", ALERTMANAGER_PODS, ALERTMANAGER_PORT);
        if (Replicas.budgeted(options.sizing().alertmanagerReplicas())) {
            // Alertmanagers gossip silences and notifications to each other, over TCP and UDP.
            var gossip = List.of(Flow.Port.tcp(ALERTMANAGER_CLUSTER_PORT), new Flow.Port("UDP", ALERTMANAGER_CLUSTER_PORT));
            var peers = List.<Flow.Peer>of(new Flow.Peer.Pods(ns, ALERTMANAGER_PODS));
            flows.add(new Flow.Out("allow-alertmanager-gossip-out", ALERTMANAGER_PODS, peers, gossip));
            flows.add(new Flow.In("allow-alertmanager-gossip-in", ALERTMANAGER_PODS, peers, gossip));
        }
        // Scrape targets outside the namespace: the app's metrics port, each add-on's, kubelets (cAdvisor)
        // and node-exporter on the nodes' addresses (it runs in the host network), the cluster DNS.
        flows.add(new Flow.Out("allow-prometheus-to-app", PROMETHEUS_PODS, List.of(Flow.Peer.Pods.inNamespace(options.appNamespace())),
                List.of(Flow.Port.tcp(options.appMetricsPort()))));
        options.platformMetrics().stream().map(MetricsEndpoint::namespace).distinct().sorted().forEach(target -> {
            var ports = options.platformMetrics().stream().filter(m -> m.namespace().equals(target))
                    .map(MetricsEndpoint::port).distinct().sorted().map(Flow.Port::tcp).toList();
            flows.add(new Flow.Out("allow-prometheus-to-" + target, PROMETHEUS_PODS, List.of(Flow.Peer.Pods.inNamespace(target)), ports));
        });
        flows.add(Flow.out("allow-prometheus-to-nodes", PROMETHEUS_PODS,
                ClusterNetwork.Endpoints.of(network.nodes(), KUBELET_PORT, NODE_EXPORTER_PORT)));
        flows.add(new Flow.Out("allow-prometheus-to-dns-metrics", PROMETHEUS_PODS,
                List.of(new Flow.Peer.Pods("kube-system", Map.of("k8s-app", "kube-dns"))),
                options.controlPlane().kubeDns() ? Flow.Port.tcp(List.of(10054, 10055)) : List.of(Flow.Port.tcp(9153))));
        // The platform's clients of the query API (OpenCost), each admitted by name; their egress is their own.
        for (var client : options.queriers()) {
            flows.add(new Flow.In("allow-prometheus-from-" + client.namespace(), PROMETHEUS_PODS, List.of(client),
                    List.of(Flow.Port.tcp(PROMETHEUS_PORT))));
        }
        // Grafana's logs and traces data sources.
        flows.add(new Flow.Out("allow-grafana-to-elasticsearch", GRAFANA_PODS,
                List.of(new Flow.Peer.Pods(ElasticStack.NAMESPACE, ElasticStack.ELASTICSEARCH_PODS)), List.of(Flow.Port.tcp(ElasticStack.HTTP_PORT))));
        flows.add(new Flow.Out("allow-grafana-to-jaeger", GRAFANA_PODS, List.of(options.logsAndTraces().jaeger()),
                List.of(Flow.Port.tcp(options.logsAndTraces().jaegerPort()))));
        if (options.grafanaHost().isPresent()) {
            flows.add(new Flow.In("allow-grafana-from-edge", GRAFANA_PODS, List.of(edge), List.of(Flow.Port.tcp(GRAFANA_PORT))));
        }
        if (options.receiver().isPresent()) {
            flows.add(Flow.out("allow-alertmanager-to-receivers", ALERTMANAGER_PODS, ClusterNetwork.Endpoints.internet(443)));
        }
        return flows;
    }

    /** Egress from {@code from} and ingress at {@code to}, on the same ports: both ends of one flow. */
    private static void pair(List<Flow> flows, String ns, String fromName, Map<String, String> from, String toName,
                             Map<String, String> to, int... ports) {
        var tcp = java.util.Arrays.stream(ports).mapToObj(Flow.Port::tcp).toList();
        flows.add(new Flow.Out("allow-" + fromName + "-to-" + toName, from, List.of(new Flow.Peer.Pods(ns, to)), tcp));
        flows.add(new Flow.In("allow-" + toName + "-from-" + fromName, to, List.of(new Flow.Peer.Pods(ns, from)), tcp));
    }

    private static Map<String, String> selected(Map<String, String> labels) {
        var all = new HashMap<String, String>(labels);
        all.putAll(SELECTION_LABELS);
        return Map.copyOf(all);
    }

    /** Grafana's pods in {@code namespace} (the monitoringNamespace setting): the client Elasticsearch and Jaeger admit. */
    public static Flow.Peer.Pods grafana(String namespace) {
        return new Flow.Peer.Pods(namespace, GRAFANA_PODS);
    }

    // ---- the monitoring contract ----

    @Override
    public Flow.Peer.Pods scraper() {
        return new Flow.Peer.Pods(options.namespace().name(), PROMETHEUS_PODS);
    }

    @Override
    public Query query() {
        return new Query(PROMETHEUS_SERVICE, new Flow.Peer.Pods(options.namespace().name(), PROMETHEUS_PODS), PROMETHEUS_PORT);
    }

    /** A ServiceMonitor in the workload's namespace; it waits for this release (the CRD) and {@code after}. */
    @Override
    public Resource scrape(ServiceScrape scrape, Resource parent, Resource... after) {
        var spec = new ServiceMonitorSpec(scrape.serviceLabels(), List.of(scrape.namespace()),
                List.of(new ServiceMonitorSpec.Endpoint(scrape.port(), scrape.path(), scrape.interval(), scrape.https())));
        return new KubernetesCustomResource(scrape.name(), ObjectMetaArgs.builder()
                .name(scrape.name()).namespace(scrape.namespace()).labels(selected(scrape.labels())).build(),
                spec, KubeOptions.of(cluster(), parent, withRelease(after)));
    }

    /** A PrometheusRule; it waits for this release (the CRD) and {@code after}. */
    @Override
    public Resource alerts(AlertGroup group, Resource parent, Resource... after) {
        return new KubernetesCustomResource(group.name(), ObjectMetaArgs.builder()
                .name(group.name()).namespace(group.namespace()).labels(selected(group.labels())).build(),
                new PrometheusRuleSpec(group.group(), group.alerts()), KubeOptions.of(cluster(), parent, withRelease(after)));
    }

    /** A ConfigMap the dashboards sidecar picks up in any namespace; a core object, it waits only for {@code after}. */
    @Override
    public Resource dashboard(Dashboard dashboard, Resource parent, Resource... after) {
        var labels = new HashMap<String, String>(dashboard.labels());
        labels.put(DASHBOARD_LABEL, DASHBOARD_LABEL_VALUE);
        return new ConfigMap(dashboard.name(), ConfigMapArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(dashboard.name()).namespace(dashboard.namespace()).labels(labels).build())
                .data(Map.of(dashboard.fileName(), dashboard.json()))
                .build(), KubeOptions.of(cluster(), parent, after));
    }

    private Resource[] withRelease(Resource... after) {
        var waitFor = new ArrayList<Resource>(List.of(after));
        waitFor.add(release);
        return waitFor.toArray(Resource[]::new);
    }

    /** The release that installs the monitoring CRDs: every ServiceMonitor, PodMonitor and PrometheusRule waits for it. */
    public Release release() {
        return release;
    }

    /**
     * The Secrets Grafana reads into its environment at start: its admin password, and its Elasticsearch
     * password and CA (a rotated password or a renewed CA reaches Grafana by a restart).
     */
    static List<String> grafanaSecrets(Options options) {
        return List.of(GRAFANA_ADMIN_SECRET, options.logsAndTraces().user().secretName(), ElasticStack.CA_SECRET);
    }

    /** The Secret (dev) or ExternalSecret (staging, prod) that holds Grafana's admin password. */
    public Resource grafanaAdminSecret() {
        return grafanaAdminSecret;
    }

    /** Grafana's route through the edge; empty where Grafana is reached by port-forward. */
    public Optional<Resource> route() {
        return route;
    }
}
