package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.settings.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One flow a namespace needs through its default-deny NetworkPolicies, as typed data: who may open
 * connections to which pods (ingress) or where which pods may connect (egress), on which ports.
 * Each flow becomes one named NetworkPolicy, so {@code kubectl get networkpolicy} reads as the list
 * of what may talk to what.
 */
public sealed interface Flow {

    /** The NetworkPolicy's name. */
    String name();

    /** Labels of the pods in the namespace the flow applies to; empty means every pod. */
    Map<String, String> pods();

    List<Peer> peers();

    /** Empty means every port: only towards peers whose own policies admit just their ports. */
    List<Port> ports();

    record In(String name, Map<String, String> pods, List<Peer> peers, List<Port> ports) implements Flow {
        public In {
            pods = Map.copyOf(pods);
            peers = List.copyOf(peers);
            ports = List.copyOf(ports);
            check(name, peers, ports);
        }
    }

    record Out(String name, Map<String, String> pods, List<Peer> peers, List<Port> ports) implements Flow {
        public Out {
            pods = Map.copyOf(pods);
            peers = List.copyOf(peers);
            ports = List.copyOf(ports);
            check(name, peers, ports);
        }
    }

    private static void check(String name, List<Peer> peers, List<Port> ports) {
        if (!name.matches("allow-[a-z0-9-]+")) {
            throw new IllegalArgumentException("a flow's policy is named allow-<what>, got '" + name + "'");
        }
        if (peers.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one peer: an empty list would allow everyone");
        }
    }

    /** The other end of a flow. */
    sealed interface Peer {
        /** Every pod of the namespaces carrying these labels (labels the platform sets on the namespaces it creates). */
        record Namespaces(Map<String, String> labels) implements Peer {
            public Namespaces {
                labels = Map.copyOf(labels);
                if (labels.isEmpty()) {
                    throw new IllegalArgumentException("selecting namespaces by no label would select them all");
                }
            }
        }

        /**
         * Pods of a namespace, by its name (the API server's kubernetes.io/metadata.name label, which
         * cannot be forged); empty pod labels mean every pod there.
         */
        record Pods(String namespace, Map<String, String> labels) implements Peer {
            public Pods {
                Objects.requireNonNull(namespace, "namespace");
                labels = Map.copyOf(labels);
            }

            public static Pods inNamespace(String namespace) {
                return new Pods(namespace, Map.of());
            }
        }

        /** An address block, minus exceptions. */
        record Block(Cidr cidr, List<Cidr> except) implements Peer {
            public Block {
                Objects.requireNonNull(cidr, "cidr");
                except = List.copyOf(except);
            }

            public static Block of(Cidr cidr) {
                return new Block(cidr, List.of());
            }
        }
    }

    record Port(String protocol, int number) {
        public Port {
            if (!protocol.equals("TCP") && !protocol.equals("UDP")) {
                throw new IllegalArgumentException("protocol must be TCP or UDP, got " + protocol);
            }
            if (number < 1 || number > 65535) {
                throw new IllegalArgumentException("port out of range: " + number);
            }
        }

        public static Port tcp(int number) {
            return new Port("TCP", number);
        }

        public static List<Port> tcp(List<Integer> numbers) {
            return numbers.stream().map(Port::tcp).toList();
        }
    }

    // ---- the flows every namespace draws from ----

    /** Name lookups through the cluster DNS, for every pod of the namespace. */
    static Flow dns() {
        return dns(Map.of());
    }

    /** Name lookups through the cluster DNS. */
    static Flow dns(Map<String, String> pods) {
        return new Out("allow-dns", pods,
                List.of(new Peer.Pods("kube-system", Map.of("k8s-app", "kube-dns"))),
                List.of(new Port("UDP", 53), Port.tcp(53)));
    }

    /** Egress from {@code pods} to the endpoints' address blocks and ports. */
    static Flow out(String name, Map<String, String> pods, ClusterNetwork.Endpoints endpoints) {
        return new Out(name, pods,
                endpoints.cidrs().stream().<Peer>map(cidr -> new Peer.Block(cidr, endpoints.except())).toList(),
                Port.tcp(endpoints.tcpPorts()));
    }

    /** Controllers and operators watch the API server. */
    static Flow apiServer(ClusterNetwork network, Map<String, String> pods) {
        return out("allow-api-server", pods, network.apiServer());
    }

    /** The control plane calls the add-on's admission webhook (and conversion webhooks) on these ports. */
    static Flow webhook(ClusterNetwork network, Map<String, String> pods, int... ports) {
        return fromControlPlane("allow-webhook", network, pods, ports);
    }

    /** The API server opens connections to {@code pods}: webhooks, aggregated APIs. */
    static Flow fromControlPlane(String name, ClusterNetwork network, Map<String, String> pods, int... ports) {
        return new In(name, pods,
                network.webhookCallers().stream().<Peer>map(Peer.Block::of).toList(),
                java.util.Arrays.stream(ports).mapToObj(Port::tcp).toList());
    }

    /**
     * What a pod with a cloud identity must reach: STS, the metadata server, the cloud's APIs; one
     * policy per group of endpoints, named after its first port when there are several.
     */
    static List<Flow> cloudApis(ClusterNetwork network, Map<String, String> pods) {
        return cloudApis(network.cloudApis(), pods);
    }

    /** Egress to each of the cloud's API endpoints, one policy each when there are several. */
    static List<Flow> cloudApis(List<ClusterNetwork.Endpoints> cloudApis, Map<String, String> pods) {
        return cloudApis.stream().map(endpoints -> out(
                cloudApis.size() == 1 ? "allow-cloud-apis" : "allow-cloud-apis-" + endpoints.tcpPorts().get(0),
                pods, endpoints)).toList();
    }

    /**
     * What a controller with a cloud identity needs: the API server it watches, the cloud's APIs
     * (STS or the metadata server for its credentials, then the service it drives), and Prometheus' scrape.
     */
    static List<Flow> cloudController(ClusterNetwork network, Map<String, String> pods, String monitoringNamespace, int metricsPort) {
        var flows = new java.util.ArrayList<Flow>();
        flows.add(apiServer(network, pods));
        flows.addAll(cloudApis(network, pods));
        flows.add(scrape(monitoringNamespace, pods, metricsPort));
        return List.copyOf(flows);
    }

    /** Prometheus in {@code monitoringNamespace} scrapes these ports. */
    static Flow scrape(String monitoringNamespace, Map<String, String> pods, int... ports) {
        return new In("allow-scrape", pods, List.of(Peer.Pods.inNamespace(monitoringNamespace)),
                java.util.Arrays.stream(ports).mapToObj(Port::tcp).toList());
    }
}
