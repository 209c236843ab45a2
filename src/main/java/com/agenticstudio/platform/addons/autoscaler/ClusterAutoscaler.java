package com.agenticstudio.platform.addons.autoscaler;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import java.util.List;
import java.util.Map;

/**
 * The Cluster Autoscaler (EKS only): sizes the managed node groups between the bounds the cluster
 * layer gives them, finding them by the discovery tags the node groups carry. GKE scales its node
 * pools itself (the cluster's autoscaling profile, in GkeCluster); kind has a fixed set of nodes.
 *
 * <p>Its IAM policy is its own, bound to its service account through the cluster's workload
 * identity, and may resize only Auto Scaling groups tagged as owned by this cluster. The priority
 * expander prefers the spot group whenever the pending pods tolerate its taint; pods that do not
 * tolerate it cannot fit there, so for them only the on-demand group is a candidate.
 */
public final class ClusterAutoscaler extends HelmAddon {
    public static final String TYPE = "studio:platform:ClusterAutoscaler";
    public static final AddonId<ClusterAutoscaler> ID = AddonId.of("cluster-autoscaler", ClusterAutoscaler.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "the autoscaler needs no host access; the values run it as uid 65534 with a read-only root, no privilege"
                    + " escalation, all capabilities dropped and RuntimeDefault seccomp");
    static final String SERVICE_ACCOUNT = ID.name();
    /** Metrics and the liveness probe (templates/deployment.yaml at the tag). */
    static final int METRICS_PORT = 8085;
    /** The chart names pods <cloudProvider>-cluster-autoscaler (templates/_helpers.tpl). */
    static final Map<String, String> PODS = Map.of(
            "app.kubernetes.io/name", "aws-cluster-autoscaler", "app.kubernetes.io/instance", ID.name());
    /** The chart's Service: <release>-<cloudProvider>-cluster-autoscaler, port http (templates/service.yaml, _helpers.tpl). */
    static final String SERVICE = ID.name() + "-aws-cluster-autoscaler";
    static final String SERVICE_PORT_NAME = "http";

    /** Where Prometheus scrapes the autoscaler. */
    public static List<MetricsEndpoint> metrics() {
        return List.of(MetricsEndpoint.service(ID.name(), NAMESPACE.name(), PODS, SERVICE_PORT_NAME, METRICS_PORT, "/metrics"));
    }

    /** EKS managed node groups are Auto Scaling groups named eks-<node group name>-<uuid>; ours are prefixed by kind. */
    static final String SPOT_GROUPS = "^eks-spot-.*";
    static final String ANY_GROUP = ".*";

    /**
     * When an underused node goes. Staging gives nodes back quickly (cost); prod waits longer, so a
     * short dip in load does not churn nodes under the backend.
     *
     * @param unneededTime         how long a node must be underused before it is removed
     * @param utilizationThreshold requests over allocatable below which a node counts as underused
     * @param delayAfterAdd        how long after a scale-up scale-down is considered again
     */
    public record ScaleDown(String unneededTime, String utilizationThreshold, String delayAfterAdd) {
        public ScaleDown {
            for (var duration : List.of(unneededTime, delayAfterAdd)) {
                if (!duration.matches("[0-9]+(s|m|h)")) {
                    throw new IllegalArgumentException("a scale-down duration is like 10m, got " + duration);
                }
            }
            var threshold = Double.parseDouble(utilizationThreshold);
            if (threshold <= 0 || threshold >= 1) {
                throw new IllegalArgumentException("the utilisation threshold is between 0 and 1, got " + utilizationThreshold);
            }
        }

        static ScaleDown of(Environment environment) {
            return environment == Environment.PROD
                    ? new ScaleDown("10m", "0.5", "10m")
                    : new ScaleDown("5m", "0.6", "5m");
        }
    }

    /**
     * @param replicas two in prod, with leader election: a scale-up must not wait for a rescheduled pod
     */
    public record Options(String clusterName, int replicas, ScaleDown scaleDown, ContainerResources resources,
                          String monitoringNamespace) {
        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            int replicas = settings.environment() == Environment.PROD ? 2 : 1;
            return new Options(cluster.name(), replicas, ScaleDown.of(settings.environment()),
                    ContainerResources.of("100m", "300Mi", "600Mi"),
                    settings.app().egress().monitoringNamespace());
        }
    }

    public static Addon<ClusterAutoscaler> addon(Options options) {
        return Addon.of(ID, context -> new ClusterAutoscaler(options, context));
    }

    private final Release release;

    ClusterAutoscaler(Options options, AddonContext context) {
        super(TYPE, context, ClusterAutoscalerValues.chart(), NAMESPACE);
        if (!(cluster().location() instanceof ClusterLocation.Aws aws)) {
            throw new IllegalArgumentException(ID + " runs on EKS only; GKE scales its node pools itself, kind has fixed nodes,"
                    + " not on " + cluster().cloud().id());
        }
        var annotations = cloudIdentity(SERVICE_ACCOUNT,
                List.of(new CloudPermission.AwsPolicy("scale-node-groups", AutoscalerPolicy.document(options.clusterName()))));
        this.release = install(ClusterAutoscalerValues.of(options, aws.region(), annotations), flows(cluster().network(), options));
        registerOutputs(Map.of());
    }

    /** STS for the web identity, then the Auto Scaling, EC2 and EKS APIs. */
    static List<Flow> flows(ClusterNetwork network, Options options) {
        return Flow.cloudController(network, PODS, options.monitoringNamespace(), METRICS_PORT);
    }

    public Release release() {
        return release;
    }
}
