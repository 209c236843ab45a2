package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.NetworkPolicies;
import com.agenticstudio.platform.settings.Cidr;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zero trust for the app namespace: everything is denied in both directions, then each flow the app
 * needs is allowed by its own named policy. Only the edge's proxies reach the HTTP port, and only
 * Prometheus the metrics port.
 */
public final class AppNetworkPolicies extends ComponentResource {
    public static final String TYPE = "studio:workload:AppNetworkPolicies";

    /**
     * @param appSelector         labels of the app's pods
     * @param edge                the pods that forward public traffic to the app
     * @param publicService       the Service is a LoadBalancer, so clients reach the pods directly
     * @param monitoringNamespace Prometheus, which scrapes {@code metricsPort}
     * @param database            where the database is, whichever implementation: the one egress on {@code databasePort}
     * @param tracingPorts        the collector's OTLP ports (gRPC and HTTP) the app may send spans to
     * @param externalHttps       the app may call HTTPS APIs on the internet
     * @param cloudApis           the cloud's APIs, for a database connector that runs in the app's pods (empty: none)
     */
    public record Options(
            String namespace,
            Map<String, String> appSelector,
            int httpPort,
            int metricsPort,
            Flow.Peer.Pods edge,
            boolean publicService,
            String monitoringNamespace,
            List<Flow.Peer> database,
            Flow.Port databasePort,
            String tracingNamespace,
            List<Integer> tracingPorts,
            boolean externalHttps,
            List<ClusterNetwork.Endpoints> cloudApis) {

        public Options {
            database = List.copyOf(database);
            tracingPorts = List.copyOf(tracingPorts);
            cloudApis = List.copyOf(cloudApis);
        }

        List<Flow> flows() {
            var pods = appSelector;
            var flows = new ArrayList<Flow>();
            var fromEdge = new ArrayList<Flow.Peer>();
            fromEdge.add(edge);
            if (publicService) {
                fromEdge.add(Flow.Peer.Block.of(Cidr.of("0.0.0.0/0")));
            }
            flows.add(new Flow.In("allow-from-edge", pods, fromEdge, List.of(Flow.Port.tcp(httpPort))));
            flows.add(new Flow.In("allow-from-monitoring", pods, List.of(Flow.Peer.Pods.inNamespace(monitoringNamespace)),
                    List.of(Flow.Port.tcp(metricsPort))));
            flows.add(Flow.dns(pods));
            flows.add(new Flow.Out("allow-database", pods, database, List.of(databasePort)));
            flows.add(new Flow.Out("allow-tracing", pods, List.of(Flow.Peer.Pods.inNamespace(tracingNamespace)),
                    Flow.Port.tcp(tracingPorts)));
            // A database connector beside the app (Cloud SQL's Auth Proxy) fetches its certificates and tokens from the cloud's APIs.
            flows.addAll(Flow.cloudApis(cloudApis, pods));
            if (externalHttps) {
                flows.add(Flow.out("allow-external-https", pods, ClusterNetwork.Endpoints.internet(443)));
            }
            return flows;
        }
    }

    private final List<NetworkPolicy> policies;

    public AppNetworkPolicies(String name, Options options, ClusterInfo cluster, Resource namespace,
                              ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        this.policies = NetworkPolicies.declare(options.namespace(), namespace, options.flows(),
                Map.of("app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", FastapiBackend.PART_OF),
                cluster, this);
        registerOutputs(Map.of());
    }

    public List<NetworkPolicy> policies() {
        return List.copyOf(policies);
    }
}
