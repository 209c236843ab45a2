package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterInfo;
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
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Zero trust for one namespace: a policy that denies everything in both directions, then one named
 * policy per {@link Flow}. Kubelet probes come from the node and are not subject to these policies.
 */
public final class NetworkPolicies {
    public static final String DEFAULT_DENY = "default-deny-all";

    private NetworkPolicies() {
    }

    /**
     * @param namespace the namespace resource; the policies wait for it
     * @param labels    labels every policy carries
     */
    public static List<NetworkPolicy> declare(String namespaceName, Resource namespace, List<Flow> flows,
                                              Map<String, String> labels, ClusterInfo cluster, Resource parent) {
        return declare(parent.pulumiResourceName() + "-", namespaceName, namespace, flows, labels, cluster, parent);
    }

    /** The same, for a component with more than one namespace: {@code prefix} keeps its policies' names apart. */
    public static List<NetworkPolicy> declare(String prefix, String namespaceName, Resource namespace, List<Flow> flows,
                                              Map<String, String> labels, ClusterInfo cluster, Resource parent) {
        var names = new HashSet<String>();
        for (var flow : flows) {
            if (!names.add(flow.name())) {
                throw new IllegalArgumentException("two flows in " + namespaceName + " are named " + flow.name());
            }
        }
        var policies = new ArrayList<NetworkPolicy>();
        // An empty pod selector matches every pod in the namespace, including ones added later.
        policies.add(policy(prefix, namespaceName, DEFAULT_DENY, labels, NetworkPolicySpecArgs.builder()
                .podSelector(LabelSelectorArgs.builder().build())
                .policyTypes("Ingress", "Egress")
                .build(), cluster, parent, namespace));
        policies.addAll(allow(prefix, namespaceName, namespace, flows, labels, cluster, parent));
        return policies;
    }

    /**
     * Only the flows, for pods that join a namespace whose default-deny policy another owner declared
     * (a database the platform runs in the app's namespace); their names must not clash with the owner's.
     */
    public static List<NetworkPolicy> allow(String namespaceName, Resource namespace, List<Flow> flows,
                                            Map<String, String> labels, ClusterInfo cluster, Resource parent) {
        return allow(parent.pulumiResourceName() + "-", namespaceName, namespace, flows, labels, cluster, parent);
    }

    private static List<NetworkPolicy> allow(String prefix, String namespaceName, Resource namespace, List<Flow> flows,
                                             Map<String, String> labels, ClusterInfo cluster, Resource parent) {
        var policies = new ArrayList<NetworkPolicy>();
        for (var flow : flows) {
            policies.add(policy(prefix, namespaceName, flow.name(), labels, spec(flow), cluster, parent, namespace));
        }
        return policies;
    }

    static NetworkPolicySpecArgs spec(Flow flow) {
        var peers = flow.peers().stream().map(NetworkPolicies::peer).toList();
        var ports = flow.ports().stream()
                .map(p -> NetworkPolicyPortArgs.builder().protocol(p.protocol()).port(p.number()).build())
                .toList();
        var spec = NetworkPolicySpecArgs.builder()
                .podSelector(flow.pods().isEmpty()
                        ? LabelSelectorArgs.builder().build()
                        : LabelSelectorArgs.builder().matchLabels(flow.pods()).build());
        if (flow instanceof Flow.In) {
            var rule = NetworkPolicyIngressRuleArgs.builder().from(peers);
            if (!ports.isEmpty()) {
                rule.ports(ports);
            }
            return spec.policyTypes("Ingress").ingress(rule.build()).build();
        }
        var rule = NetworkPolicyEgressRuleArgs.builder().to(peers);
        if (!ports.isEmpty()) {
            rule.ports(ports);
        }
        return spec.policyTypes("Egress").egress(rule.build()).build();
    }

    private static NetworkPolicyPeerArgs peer(Flow.Peer peer) {
        if (peer instanceof Flow.Peer.Pods pods) {
            var builder = NetworkPolicyPeerArgs.builder().namespaceSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("kubernetes.io/metadata.name", pods.namespace())).build());
            if (!pods.labels().isEmpty()) {
                builder.podSelector(LabelSelectorArgs.builder().matchLabels(pods.labels()).build());
            }
            return builder.build();
        }
        if (peer instanceof Flow.Peer.Namespaces namespaces) {
            return NetworkPolicyPeerArgs.builder()
                    .namespaceSelector(LabelSelectorArgs.builder().matchLabels(namespaces.labels()).build())
                    .build();
        }
        var block = (Flow.Peer.Block) peer;
        var ip = IPBlockArgs.builder().cidr(block.cidr().toString());
        if (!block.except().isEmpty()) {
            ip.except(block.except().stream().map(Object::toString).toList());
        }
        return NetworkPolicyPeerArgs.builder().ipBlock(ip.build()).build();
    }

    private static NetworkPolicy policy(String prefix, String namespaceName, String policyName, Map<String, String> labels,
                                        NetworkPolicySpecArgs spec, ClusterInfo cluster, Resource parent, Resource namespace) {
        return new NetworkPolicy(prefix + policyName, NetworkPolicyArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(policyName).namespace(namespaceName).labels(labels).build())
                .spec(spec)
                .build(), KubeOptions.of(cluster, parent, namespace));
    }
}
