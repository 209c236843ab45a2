package com.agenticstudio.platform.addons.backup;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.addons.scheduling.PlatformScheduling;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.BackupStorage;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Velero: backs up the cluster's objects and, through CSI snapshots, its volumes, into a bucket the
 * cluster layer declares for it (EKS and GKE; kind has no bucket). Its cloud identity may use exactly
 * that bucket (and, on AWS, its key through S3); the snapshots themselves are taken by the CSI
 * driver's own identity, so Velero holds no snapshot permission of its own.
 *
 * <p>Two schedules: the whole cluster daily, kept 30 days; in prod the namespaces that hold data also
 * hourly, kept 48 hours. Both leave out transient namespaces.
 */
public final class Velero extends HelmAddon {
    public static final String TYPE = "studio:platform:Velero";
    public static final AddonId<Velero> ID = AddonId.of("velero", Velero.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "the server and its plugin init container run as uid 65532 with a read-only root, no privilege escalation,"
                    + " all capabilities dropped and RuntimeDefault seccomp; no node agent, so no hostPath or root");
    static final String SERVICE_ACCOUNT = "velero";
    static final String STORAGE_LOCATION = "default";
    static final String BUCKET = "velero";
    static final int METRICS_PORT = 8085;
    /** templates/deployment.yaml: the server's pods. */
    static final Map<String, String> PODS = Map.of("app.kubernetes.io/name", "velero", "app.kubernetes.io/instance", ID.name());

    /** Where Prometheus scrapes Velero: its pods' http-monitoring port (templates/deployment.yaml at the tag). */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint(ID.name(), NAMESPACE.name(), MetricsEndpoint.Target.PODS, PODS, "http-monitoring",
                METRICS_PORT, "/metrics", false));
    }
    /** Leases and the like: nothing there to restore; Velero's own namespace is rebuilt by the program. */
    static final List<String> TRANSIENT = List.of("kube-node-lease", "kube-public", ID.name());
    static final String DAILY_TTL = "720h0m0s";
    static final String HOURLY_TTL = "48h0m0s";

    /**
     * @param dataNamespaces      namespaces whose volumes hold data worth an hourly backup (prod)
     * @param hourly              back the data namespaces up hourly as well
     * @param monitoringNamespace where Prometheus scrapes the metrics from
     */
    public record Options(List<String> dataNamespaces, boolean hourly, String monitoringNamespace) {
        public Options {
            dataNamespaces = List.copyOf(dataNamespaces);
            if (hourly && dataNamespaces.isEmpty()) {
                throw new IllegalArgumentException("an hourly backup needs the namespaces that hold data");
            }
        }

        public static Options from(Settings settings) {
            var egress = settings.app().egress();
            // Prometheus and Elasticsearch keep their data on volumes (Jaeger's traces are in Elasticsearch); the database
            // lives outside the cluster. A CSI snapshot of a live Elasticsearch is crash-consistent only: its own snapshot API
            // to a bucket would be the consistent backup.
            return new Options(List.of(egress.monitoringNamespace(), ElasticStack.NAMESPACE),
                    settings.environment() == Environment.PROD, egress.monitoringNamespace());
        }
    }

    public static Addon<Velero> addon(Options options) {
        return Addon.of(ID, List.of(PlatformScheduling.ID), context -> new Velero(options, context));
    }

    private final Release release;
    private final List<KubernetesCustomResource> schedules = new ArrayList<>();
    private final KubernetesCustomResource snapshotClass;

    Velero(Options options, AddonContext context) {
        super(TYPE, context, VeleroValues.chart(), NAMESPACE);
        var storage = cluster().backups().orElseThrow(() -> new IllegalArgumentException(
                ID + " needs the cluster's backup storage; a " + cluster().cloud().id() + " cluster has none (README: Velero on kind)"));
        var bucket = storage.bucket(BUCKET, this);
        var annotations = cloudIdentity(SERVICE_ACCOUNT, bucket.access());
        var scheduling = context.require(PlatformScheduling.ID);
        var waitFor = new ArrayList<Resource>(bucket.ready());
        waitFor.add(scheduling.ready(Scheduling.Tier.PLATFORM));
        var config = new LinkedHashMap<String, Object>(bucket.config());
        bucket.configFromIdentity().forEach((key, annotation) -> config.put(key, annotations.applyValue(a -> a.get(annotation))));
        this.release = install(VeleroValues.of(options, bucket.provider(), bucket.name(), config,
                scheduling.priorityClass(Scheduling.Tier.PLATFORM), annotations),
                flows(cluster().network(), options), waitFor.toArray(Resource[]::new));

        // The chart's crds/ holds the Schedule CRD: the schedules wait for the release.
        for (var entry : schedules(options).entrySet()) {
            schedules.add(new KubernetesCustomResource(entry.getKey(), ObjectMetaArgs.builder()
                    .name(entry.getKey())
                    .namespace(NAMESPACE.name())
                    .labels(HelmAddon.LABELS)
                    .build(), entry.getValue(), kubeOptions(release)));
        }
        this.snapshotClass = snapshotClass(storage.snapshots(), cluster());
        registerOutputs(Map.of());
    }

    /** The daily whole-cluster schedule, and in prod the hourly one of the data namespaces. */
    static Map<String, ScheduleSpec> schedules(Options options) {
        var schedules = new LinkedHashMap<String, ScheduleSpec>();
        schedules.put("daily-cluster", new ScheduleSpec("0 2 * * *", DAILY_TTL, List.of("*"), TRANSIENT, STORAGE_LOCATION));
        if (options.hourly()) {
            schedules.put("hourly-data", new ScheduleSpec("15 * * * *", HOURLY_TTL, options.dataNamespaces(), List.of(),
                    STORAGE_LOCATION));
        }
        return schedules;
    }

    /**
     * The class Velero snapshots the cluster's CSI volumes with; it waits for what serves the snapshot
     * CRDs (EKS's snapshot-controller add-on; GKE ships them). Retain, as Velero's CSI docs advise
     * (velero-io/velero@v1.18.2 site/content/docs/v1.18/csi.md:129-131): a snapshot survives the loss of
     * the namespace that held its VolumeSnapshot, and Velero switches it to Delete when the backup expires.
     */
    private KubernetesCustomResource snapshotClass(BackupStorage.CsiSnapshots snapshots, ClusterInfo cluster) {
        var name = "velero-" + snapshots.driver().substring(0, snapshots.driver().indexOf('.'));
        return new KubernetesCustomResource(name, ObjectMetaArgs.builder()
                .name(name)
                .labels(withVeleroLabel())
                .build(), new VolumeSnapshotClassSpec(snapshots.driver(), "Retain"),
                kubeOptions(snapshots.crds().toArray(Resource[]::new)));
    }

    private static Map<String, String> withVeleroLabel() {
        var labels = new LinkedHashMap<>(HelmAddon.LABELS);
        labels.put(VolumeSnapshotClassSpec.VELERO_LABEL, "true");
        return labels;
    }

    /** STS or the metadata server for its identity, then S3 or GCS. */
    static List<Flow> flows(ClusterNetwork network, Options options) {
        return Flow.cloudController(network, PODS, options.monitoringNamespace(), METRICS_PORT);
    }

    public Release release() {
        return release;
    }

    public List<KubernetesCustomResource> schedules() {
        return List.copyOf(schedules);
    }

    public KubernetesCustomResource snapshotClass() {
        return snapshotClass;
    }
}
