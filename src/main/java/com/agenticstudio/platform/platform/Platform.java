package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonInstaller;
import com.agenticstudio.platform.addons.autoscaler.ClusterAutoscaler;
import com.agenticstudio.platform.addons.awslb.AwsLoadBalancerController;
import com.agenticstudio.platform.addons.backup.Velero;
import com.agenticstudio.platform.addons.certmanager.CertManager;
import com.agenticstudio.platform.addons.cost.OpenCost;
import com.agenticstudio.platform.addons.edge.EnvoyGateway;
import com.agenticstudio.platform.addons.metrics.MetricsServer;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.addons.monitoring.KubePrometheusStack;
import com.agenticstudio.platform.addons.postgres.CloudNativePg;
import com.agenticstudio.platform.addons.reloader.Reloader;
import com.agenticstudio.platform.addons.monitoring.LogsAndTraces;
import com.agenticstudio.platform.addons.scheduling.PlatformScheduling;
import com.agenticstudio.platform.addons.secrets.ExternalSecrets;
import com.agenticstudio.platform.addons.tracing.Jaeger;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.PlatformServices;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The platform layer: the add-ons every cluster runs, chosen per cloud. Each add-on waits only for
 * what it declares; the rest install in parallel.
 */
public final class Platform extends ComponentResource {
    public static final String TYPE = "studio:platform:Platform";

    private final PlatformServices services;

    public Platform(String name, Settings settings, ClusterInfo cluster, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var installed = AddonInstaller.install(addons(settings, cluster), cluster, this);
        var secretStore = installed.find(ExternalSecrets.ID).map(SecretStore.class::cast);
        this.services = new PlatformServices(installed.get(EnvoyGateway.ID), installed.get(KubePrometheusStack.ID),
                secretStore, installed.get(PlatformScheduling.ID),
                installed.find(CloudNativePg.ID).<Database>map(Database.class::cast).orElseGet(() -> database(settings, cluster, secretStore)),
                Reloader.RELOADS);
        registerOutputs(Map.of("edgeAddress", services.edge().address()));
    }

    /** Which add-ons a cluster gets; each add-on's own options come from the settings here. */
    public static List<Addon<?>> addons(Settings settings, ClusterInfo cluster) {
        var addons = new ArrayList<Addon<?>>();
        addons.add(PlatformScheduling.addon()); // the PriorityClasses, on every cluster
        // What each add-on exposes to Prometheus; the monitoring add-on declares the scrapes, so no add-on
        // waits for the monitoring CRDs.
        var metrics = new ArrayList<MetricsEndpoint>();
        if (cluster.cloud() == Cloud.AWS) { // EKS has no load balancer controller for IP targets of its own
            addons.add(AwsLoadBalancerController.addon(AwsLoadBalancerController.Options.from(settings, cluster)));
            metrics.addAll(AwsLoadBalancerController.metrics());
            // GKE autoscales its node pools itself; kind's nodes are fixed.
            addons.add(ClusterAutoscaler.addon(ClusterAutoscaler.Options.from(settings, cluster)));
            metrics.addAll(ClusterAutoscaler.metrics());
        }
        addons.add(EnvoyGateway.addon(EnvoyGateway.Options.from(settings, cluster)));
        metrics.addAll(EnvoyGateway.metrics());
        addons.add(CertManager.addon(CertManager.Options.from(settings, cluster, EnvoyGateway.ID)));
        metrics.addAll(CertManager.metrics());
        // Restarts what names a rotated Secret (db-secret, Grafana's); on every cluster, so dev restarts like prod.
        addons.add(Reloader.addon(Reloader.Options.from(settings, PlatformScheduling.ID)));
        metrics.addAll(Reloader.metrics());
        if (cluster.cloud() != Cloud.GCP) { // GKE ships its own metrics-server
            addons.add(MetricsServer.addon(MetricsServer.Options.from(settings, cluster)));
            metrics.addAll(MetricsServer.metrics());
        }
        Optional<AddonId<? extends SecretStore>> secretStore = Optional.empty();
        if (cluster.cloud() != Cloud.KIND) { // dev secrets come from Pulumi's encrypted config
            addons.add(ExternalSecrets.addon(ExternalSecrets.Options.from(settings, cluster)));
            metrics.addAll(ExternalSecrets.metrics());
            secretStore = Optional.of(ExternalSecrets.ID);
        }
        if (cluster.backups().isPresent()) { // a bucket and CSI snapshots: EKS and GKE, not kind (README)
            addons.add(Velero.addon(Velero.Options.from(settings)));
            metrics.addAll(Velero.metrics());
        }
        if (cluster.cloud() == Cloud.KIND && settings.database().managed()) { // clouds declare theirs in the cluster layer
            var postgres = CloudNativePg.Options.from(settings, cluster, KubePrometheusStack.ID);
            addons.add(CloudNativePg.addon(postgres));
            metrics.addAll(CloudNativePg.metrics(postgres));
        }
        // Logs (ECK: Elasticsearch, Kibana, Filebeat) and traces (Jaeger; in Elasticsearch on the clouds); Grafana reads both.
        var grafana = new ElasticStack.Client(new ElasticStack.User("grafana", ElasticStack.Role.LOGS_READER,
                settings.logging().grafanaPassword()), KubePrometheusStack.grafana(settings.app().egress().monitoringNamespace()));
        var logClient = ElasticStack.clientRequires(CertManager.ID, secretStore);
        var jaeger = Jaeger.Options.from(settings, logClient, grafana.pods());
        addons.add(ElasticStack.addon(ElasticStack.Options.from(settings, cluster, EnvoyGateway.ID, CertManager.ID, secretStore,
                PlatformScheduling.ID, Stream.concat(Stream.of(grafana), Jaeger.elasticsearchClient(jaeger).stream()).toList())));
        metrics.addAll(ElasticStack.metrics());
        addons.add(Jaeger.addon(jaeger));
        var tracing = Jaeger.pods(jaeger.namespace().name());
        metrics.addAll(Jaeger.metrics(tracing.namespace()));
        var logsAndTraces = new LogsAndTraces(logClient, grafana.user(), Jaeger.queryUrl(tracing.namespace()), tracing, Jaeger.QUERY_PORT);
        // What the cluster costs, from the monitoring add-on's Prometheus, which admits its queries.
        addons.add(OpenCost.addon(OpenCost.Options.from(settings, cluster, KubePrometheusStack.ID, PlatformScheduling.ID)));
        metrics.addAll(OpenCost.metrics());
        addons.add(KubePrometheusStack.addon(KubePrometheusStack.Options.from(settings, cluster, EnvoyGateway.ID, secretStore, metrics,
                List.of(OpenCost.prometheusClient()), PlatformScheduling.ID, logsAndTraces, Reloader.RELOADS)));
        return addons;
    }

    /**
     * The backend's database outside kind's CloudNativePG add-on: an external one (the URL from config or
     * the secret manager), or the managed one of the cluster layer: RDS with its URL composed by the secret
     * store, Cloud SQL through the Auth Proxy with IAM authentication.
     */
    static Database database(Settings settings, ClusterInfo cluster, Optional<SecretStore> secretStore) {
        var database = settings.app().database();
        if (!settings.database().managed()) {
            // A URL in config means dev; everywhere else the loader insists on the secret manager.
            SecretSource source = database.url()
                    .<SecretSource>map(SecretSource.PulumiSecret::new)
                    .orElseGet(() -> new SecretSource.SecretManager(database.remoteKey()));
            return new ExternalDatabase(source, database.cidr().orElseThrow(), database.port(), cluster, secretStore);
        }
        var managed = cluster.database().orElseThrow(() -> new IllegalStateException(
                "a managed database was asked for, but the " + cluster.cloud().id() + " cluster declared none"));
        if (managed.credentials() instanceof ManagedDatabase.Credentials.IamAuthentication) {
            return new CloudSqlClient(managed, cluster);
        }
        return new CloudDatabase(managed, secretStore.orElseThrow(() -> new IllegalStateException(
                "the managed database's credentials are in the secret manager, but this cluster has no secret store")));
    }

    public PlatformServices services() {
        return services;
    }
}
