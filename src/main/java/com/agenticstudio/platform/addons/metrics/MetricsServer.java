package com.agenticstudio.platform.addons.metrics;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import java.util.List;
import java.util.Map;

/** metrics-server: the resource metrics API that HorizontalPodAutoscalers and kubectl top read. */
public final class MetricsServer extends HelmAddon {
    public static final String TYPE = "studio:platform:MetricsServer";
    public static final AddonId<MetricsServer> ID = AddonId.of("metrics-server", MetricsServer.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "runs as uid 1000 with no privilege escalation, all capabilities dropped, RuntimeDefault seccomp and no host network");

    /** The API server reaches the aggregated metrics API on this port; metrics-server scrapes kubelets on theirs. */
    static final int SECURE_PORT = 10250;
    static final int KUBELET_PORT = 10250;

    /** The Service (templates/service.yaml at metrics-server-helm-chart-3.13.1): port https 443 to the pods' 10250. */
    static final Map<String, String> SERVICE_LABELS = Map.of("app.kubernetes.io/name", ID.name(), "app.kubernetes.io/instance", ID.name());
    static final String SERVICE_PORT_NAME = "https";
    static final int SERVICE_PORT = 443;

    /**
     * Where Prometheus scrapes metrics-server: its own Service's https port, with a self-signed serving
     * certificate (as the chart's own ServiceMonitor does, templates/servicemonitor.yaml).
     */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint(ID.name(), NAMESPACE.name(), MetricsEndpoint.Target.SERVICES, SERVICE_LABELS,
                SERVICE_PORT_NAME, SECURE_PORT, "/metrics", true));
    }

    /**
     * @param replicas            metrics-server pods; more than one gets a PodDisruptionBudget
     * @param kubeletInsecureTls  skip verifying kubelet serving certificates
     * @param monitoringNamespace where Prometheus scrapes the metrics from
     */
    public record Options(int replicas, boolean kubeletInsecureTls, String monitoringNamespace) {
        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // Shared environments autoscale on these metrics, so an outage there stalls every HPA.
            int replicas = settings.environment().isShared() ? 2 : 1;
            // kind's kubelets serve self-signed certificates that no cluster CA has signed; EKS's are signed.
            return new Options(replicas, cluster.cloud() == Cloud.KIND, settings.app().egress().monitoringNamespace());
        }
    }

    public static Addon<MetricsServer> addon(Options options) {
        return Addon.of(ID, context -> new MetricsServer(options, context));
    }

    private final Release release;

    MetricsServer(Options options, AddonContext context) {
        super(TYPE, context, MetricsServerValues.chart(), NAMESPACE);
        this.release = install(MetricsServerValues.of(options).toMap(), flows(cluster().network(), options.monitoringNamespace()));
        registerOutputs(Map.of());
    }

    static List<Flow> flows(ClusterNetwork network, String monitoringNamespace) {
        return List.of(
                Flow.apiServer(network, Map.of()),
                // The aggregated API: the API server calls metrics-server like a webhook.
                Flow.fromControlPlane("allow-aggregated-api", network, Map.of(), SECURE_PORT),
                // Every kubelet, on the node addresses.
                Flow.out("allow-kubelets", Map.of(), ClusterNetwork.Endpoints.of(network.nodes(), KUBELET_PORT)),
                // Prometheus reads metrics-server's own metrics on the same TLS port.
                Flow.scrape(monitoringNamespace, Map.of(), SECURE_PORT));
    }

    public Release release() {
        return release;
    }
}
