package com.agenticstudio.platform.addons.awslb;

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
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller (EKS only): makes the NLB in front of the edge's Envoy Service,
 * with IP targets. Its IAM policy is its own, bound to its service account through the cluster's
 * workload identity; it is told the region and VPC because IMDSv2 with hop limit 1 keeps pods away
 * from the instance metadata.
 */
public final class AwsLoadBalancerController extends HelmAddon {
    public static final String TYPE = "studio:platform:AwsLoadBalancerController";
    public static final AddonId<AwsLoadBalancerController> ID = AddonId.of("aws-load-balancer-controller", AwsLoadBalancerController.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "the controller runs as non-root with a read-only root and no privilege escalation; the values add"
                    + " the dropped capabilities and the RuntimeDefault seccomp profile restricted asks for");
    static final String SERVICE_ACCOUNT = ID.name();
    static final int WEBHOOK_PORT = 9443;
    static final int METRICS_PORT = 8080;
    static final Map<String, String> PODS = Map.of(
            "app.kubernetes.io/name", "aws-load-balancer-controller", "app.kubernetes.io/instance", ID.name());

    /**
     * Where Prometheus scrapes the controller: its pods' port metrics-server (templates/deployment.yaml at
     * v3.5.0); the chart renders no metrics Service without its own ServiceMonitor, so the pods are scraped.
     */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint(ID.name(), NAMESPACE.name(),
                MetricsEndpoint.Target.PODS, PODS, "metrics-server", METRICS_PORT, "/metrics", false));
    }

    /** @param replicas the chart's default is 2, with leader election */
    public record Options(String clusterName, int replicas, ContainerResources resources, String monitoringNamespace) {
        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            return new Options(cluster.name(), 2, ContainerResources.of("50m", "128Mi", "256Mi"),
                    settings.app().egress().monitoringNamespace());
        }
    }

    public static Addon<AwsLoadBalancerController> addon(Options options) {
        return Addon.of(ID, context -> new AwsLoadBalancerController(options, context));
    }

    private final Release release;

    AwsLoadBalancerController(Options options, AddonContext context) {
        super(TYPE, context, AwsLoadBalancerControllerValues.CHART, NAMESPACE);
        if (!(cluster().location() instanceof ClusterLocation.Aws aws)) {
            throw new IllegalArgumentException(ID + " runs on EKS only, not on " + cluster().cloud().id());
        }
        var annotations = cloudIdentity(SERVICE_ACCOUNT,
                List.of(new CloudPermission.AwsPolicy("load-balancers", ControllerPolicy.document(aws.partition()))));
        this.release = install(AwsLoadBalancerControllerValues.of(options, aws.region(), aws.vpcId(), annotations),
                flows(cluster().network(), options));
        registerOutputs(Map.of());
    }

    static List<Flow> flows(ClusterNetwork network, Options options) {
        var flows = new ArrayList<Flow>();
        flows.add(Flow.apiServer(network, PODS));
        flows.add(Flow.webhook(network, PODS, WEBHOOK_PORT));
        flows.addAll(Flow.cloudApis(network, PODS));
        flows.add(Flow.scrape(options.monitoringNamespace(), PODS, METRICS_PORT));
        return flows;
    }

    /** The Gateway waits for it, so that on destroy the controller outlives the Gateway and deletes the NLB. */
    public Release release() {
        return release;
    }
}
