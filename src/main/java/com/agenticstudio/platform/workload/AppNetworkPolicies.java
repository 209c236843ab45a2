package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Cidr;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IPBlockArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyEgressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyIngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPortArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zero trust for the app namespace: everything is denied in both directions, then each flow the app
 * needs is allowed by its own named policy, so `kubectl get networkpolicy` reads as the list of
 * what may talk to what. Kubelet probes come from the node and are not subject to these policies.
 */
public final class AppNetworkPolicies extends ComponentResource {
    public static final String TYPE = "studio:workload:AppNetworkPolicies";
    public static final String DEFAULT_DENY = "default-deny-all";

    /** Never reachable through the "internet" rule: private, carrier-grade NAT and link-local (cloud metadata). */
    static final List<String> NON_PUBLIC = List.of(
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16");

    /**
     * @param appSelector         labels of the app's pods
     * @param ingressNamespace    where the ingress controller runs
     * @param publicService       the Service is a LoadBalancer, so clients reach the pods directly
     * @param monitoringNamespace Prometheus, which scrapes {@code metricsPort}
     * @param externalHttps       the app may call HTTPS APIs on the internet
     */
    public record Options(
            String namespace,
            Map<String, String> appSelector,
            int httpPort,
            int metricsPort,
            String ingressNamespace,
            boolean publicService,
            String monitoringNamespace,
            Cidr databaseCidr,
            int databasePort,
            String tracingNamespace,
            int tracingPort,
            boolean externalHttps) {
    }

    private final List<NetworkPolicy> policies = new ArrayList<>();

    public AppNetworkPolicies(String name, Options options, ClusterInfo cluster, Resource namespace,
                              ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        // An empty pod selector matches every pod in the namespace, including ones added later.
        declare(cluster, namespace, options, DEFAULT_DENY, NetworkPolicySpecArgs.builder()
                .podSelector(LabelSelectorArgs.builder().build())
                .policyTypes("Ingress", "Egress")
                .build());

        var fromEdge = new ArrayList<NetworkPolicyPeerArgs>();
        fromEdge.add(fromNamespace(options.ingressNamespace()));
        if (options.publicService()) {
            fromEdge.add(NetworkPolicyPeerArgs.builder().ipBlock(IPBlockArgs.builder().cidr("0.0.0.0/0").build()).build());
        }
        allowIngress(cluster, namespace, options, "allow-from-ingress", fromEdge, tcp(options.httpPort()));
        allowIngress(cluster, namespace, options, "allow-from-monitoring",
                List.of(fromNamespace(options.monitoringNamespace())), tcp(options.metricsPort()));

        allowEgress(cluster, namespace, options, "allow-dns", List.of(NetworkPolicyPeerArgs.builder()
                        .namespaceSelector(namespaceNamed("kube-system"))
                        .podSelector(LabelSelectorArgs.builder().matchLabels(Map.of("k8s-app", "kube-dns")).build())
                        .build()),
                NetworkPolicyPortArgs.builder().protocol("UDP").port(53).build(), tcp(53));
        allowEgress(cluster, namespace, options, "allow-database", List.of(NetworkPolicyPeerArgs.builder()
                        .ipBlock(IPBlockArgs.builder().cidr(options.databaseCidr().toString()).build())
                        .build()),
                tcp(options.databasePort()));
        allowEgress(cluster, namespace, options, "allow-tracing",
                List.of(fromNamespace(options.tracingNamespace())), tcp(options.tracingPort()));
        if (options.externalHttps()) {
            allowEgress(cluster, namespace, options, "allow-external-https", List.of(NetworkPolicyPeerArgs.builder()
                            .ipBlock(IPBlockArgs.builder().cidr("0.0.0.0/0").except(NON_PUBLIC).build())
                            .build()),
                    tcp(443));
        }
        registerOutputs(Map.of());
    }

    public List<NetworkPolicy> policies() {
        return List.copyOf(policies);
    }

    private void allowIngress(ClusterInfo cluster, Resource namespace, Options options, String policyName,
                              List<NetworkPolicyPeerArgs> from, NetworkPolicyPortArgs... ports) {
        declare(cluster, namespace, options, policyName, NetworkPolicySpecArgs.builder()
                .podSelector(LabelSelectorArgs.builder().matchLabels(options.appSelector()).build())
                .policyTypes("Ingress")
                .ingress(NetworkPolicyIngressRuleArgs.builder().from(from).ports(ports).build())
                .build());
    }

    private void allowEgress(ClusterInfo cluster, Resource namespace, Options options, String policyName,
                             List<NetworkPolicyPeerArgs> to, NetworkPolicyPortArgs... ports) {
        declare(cluster, namespace, options, policyName, NetworkPolicySpecArgs.builder()
                .podSelector(LabelSelectorArgs.builder().matchLabels(options.appSelector()).build())
                .policyTypes("Egress")
                .egress(NetworkPolicyEgressRuleArgs.builder().to(to).ports(ports).build())
                .build());
    }

    private void declare(ClusterInfo cluster, Resource namespace, Options options, String policyName, NetworkPolicySpecArgs spec) {
        policies.add(new NetworkPolicy(pulumiResourceName() + "-" + policyName, NetworkPolicyArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(policyName)
                        .namespace(options.namespace())
                        .labels(Map.of("app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", FastapiBackend.PART_OF))
                        .build())
                .spec(spec)
                .build(), KubeOptions.of(cluster, this, namespace)));
    }

    private static NetworkPolicyPeerArgs fromNamespace(String name) {
        return NetworkPolicyPeerArgs.builder().namespaceSelector(namespaceNamed(name)).build();
    }

    /** kubernetes.io/metadata.name is set by the API server on every namespace and cannot be forged. */
    private static LabelSelectorArgs namespaceNamed(String name) {
        return LabelSelectorArgs.builder().matchLabels(Map.of("kubernetes.io/metadata.name", name)).build();
    }

    private static NetworkPolicyPortArgs tcp(int port) {
        return NetworkPolicyPortArgs.builder().protocol("TCP").port(port).build();
    }
}
