package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cidr;
import java.util.List;

/**
 * The addresses NetworkPolicies need that only the cluster layer knows: where the API server
 * answers, where the control plane calls admission webhooks from, and how pods reach the cloud's
 * APIs. They differ on kind, EKS and GKE.
 *
 * @param nodes          the nodes' addresses (kubelets, host-network pods)
 * @param apiServer      the API server's endpoints as pods see them after the kubernetes Service is resolved
 * @param webhookCallers where the control plane's calls to admission webhooks and aggregated APIs come from
 * @param cloudApis      what a pod with a cloud identity must reach to use it (STS, metadata servers, APIs)
 */
public record ClusterNetwork(List<Cidr> nodes, Endpoints apiServer, List<Cidr> webhookCallers, List<Endpoints> cloudApis) {

    /** Private, carrier-grade NAT and link-local ranges: never "the internet". */
    public static final List<Cidr> NON_PUBLIC = List.of(
            Cidr.of("10.0.0.0/8"), Cidr.of("172.16.0.0/12"), Cidr.of("192.168.0.0/16"),
            Cidr.of("100.64.0.0/10"), Cidr.of("169.254.0.0/16"));

    public ClusterNetwork {
        nodes = List.copyOf(nodes);
        webhookCallers = List.copyOf(webhookCallers);
        cloudApis = List.copyOf(cloudApis);
    }

    /** Address blocks (minus exceptions) and the TCP ports open on them. */
    public record Endpoints(List<Cidr> cidrs, List<Cidr> except, List<Integer> tcpPorts) {
        public Endpoints {
            cidrs = List.copyOf(cidrs);
            except = List.copyOf(except);
            tcpPorts = List.copyOf(tcpPorts);
            if (cidrs.isEmpty() || tcpPorts.isEmpty()) {
                throw new IllegalArgumentException("endpoints need at least one address block and one port");
            }
        }

        public static Endpoints of(List<Cidr> cidrs, int... tcpPorts) {
            return new Endpoints(cidrs, List.of(), java.util.Arrays.stream(tcpPorts).boxed().toList());
        }

        /** Public addresses on these ports: anywhere but {@link #NON_PUBLIC}. */
        public static Endpoints internet(int... tcpPorts) {
            return new Endpoints(List.of(Cidr.of("0.0.0.0/0")), NON_PUBLIC,
                    java.util.Arrays.stream(tcpPorts).boxed().toList());
        }
    }
}
