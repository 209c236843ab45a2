package com.agenticstudio.platform.cluster.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A kind cluster configuration ({@code kind: Cluster}, {@code apiVersion: kind.x-k8s.io/v1alpha4}).
 * kind decodes it strictly (unknown fields are errors), so only fields of that API appear here.
 * The YAML is a pure function of the record: it is a replacement trigger of the cluster, and a
 * re-ordered key must not rebuild anybody's laptop cluster.
 */
public record KindConfig(String name, Networking networking, List<Node> nodes) {
    public static final String KIND = "Cluster";
    public static final String API_VERSION = "kind.x-k8s.io/v1alpha4";

    /**
     * The node ports the edge's Envoy Service takes; the control-plane node publishes them as the
     * host's HTTP and HTTPS ports, and kube-proxy forwards them to Envoy wherever it runs.
     */
    public static final int HTTP_NODE_PORT = 30080;
    public static final int HTTPS_NODE_PORT = 30443;

    public KindConfig {
        nodes = List.copyOf(nodes);
        if (nodes.stream().noneMatch(n -> n.role() == Role.CONTROL_PLANE)) {
            throw new IllegalArgumentException("a kind cluster needs a control-plane node");
        }
    }

    public record Networking(String podSubnet, String serviceSubnet) {
    }

    public enum Role {
        CONTROL_PLANE("control-plane"), WORKER("worker");

        private final String value;

        Role(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** A port of the node container published on the host, e.g. 30080 -> 80. */
    public record PortMapping(int containerPort, int hostPort) {
        /** kind's PortMappingProtocol; the edge only needs TCP. */
        public static final String PROTOCOL = "TCP";

        Map<String, Object> toMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("containerPort", containerPort);
            map.put("hostPort", hostPort);
            map.put("protocol", PROTOCOL);
            return map;
        }
    }

    /** A host folder bind-mounted into the node container. */
    public record Mount(String hostPath, String containerPath, boolean readOnly) {
        Map<String, Object> toMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("hostPath", hostPath);
            map.put("containerPath", containerPath);
            map.put("readOnly", readOnly);
            return map;
        }
    }

    /**
     * One node container. Every node names its image: kind's default image changes with the kind
     * CLI version, the pinned digest does not.
     */
    public record Node(Role role, String image, List<String> kubeadmConfigPatches, List<PortMapping> extraPortMappings,
                       List<Mount> extraMounts) {
        public Node {
            kubeadmConfigPatches = List.copyOf(kubeadmConfigPatches);
            extraPortMappings = List.copyOf(extraPortMappings);
            extraMounts = List.copyOf(extraMounts);
        }

        Map<String, Object> toMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("role", role.value());
            map.put("image", image);
            if (!kubeadmConfigPatches.isEmpty()) {
                map.put("kubeadmConfigPatches", kubeadmConfigPatches);
            }
            if (!extraPortMappings.isEmpty()) {
                map.put("extraPortMappings", extraPortMappings.stream().map(PortMapping::toMap).toList());
            }
            if (!extraMounts.isEmpty()) {
                map.put("extraMounts", extraMounts.stream().map(Mount::toMap).toList());
            }
            return map;
        }
    }

    /**
     * The platform's kind layout: one control plane that publishes the edge's node ports as the host's
     * HTTP and HTTPS ports, {@code workers} workers, the same mounts on every node so that pods see
     * them wherever they land.
     */
    public static KindConfig from(KindCluster.Options options) {
        var mounts = options.extraMounts().stream()
                .map(m -> new Mount(m.hostPath(), m.containerPath(), m.readOnly()))
                .toList();
        var nodes = new ArrayList<Node>();
        nodes.add(new Node(Role.CONTROL_PLANE, options.nodeImage(), List.of(),
                List.of(new PortMapping(HTTP_NODE_PORT, options.httpPort()), new PortMapping(HTTPS_NODE_PORT, options.httpsPort())),
                mounts));
        for (int i = 0; i < options.workers(); i++) {
            nodes.add(new Node(Role.WORKER, options.nodeImage(), List.of(), List.of(), mounts));
        }
        return new KindConfig(options.clusterName(),
                new Networking(options.podSubnet().toString(), options.serviceSubnet().toString()), nodes);
    }

    public Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", KIND);
        map.put("apiVersion", API_VERSION);
        map.put("name", name);
        var net = new LinkedHashMap<String, Object>();
        net.put("podSubnet", networking.podSubnet());
        net.put("serviceSubnet", networking.serviceSubnet());
        map.put("networking", net);
        map.put("nodes", nodes.stream().map(Node::toMap).toList());
        return map;
    }

    /** Block-style YAML, keys in declaration order; multi-line strings (kubeadm patches) as literal blocks. */
    public String toYaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(new LiteralBlockRepresenter(options), options).dump(toMap());
    }

    /** Dumps strings with line breaks as {@code |} blocks, the way kind's docs write kubeadm patches. */
    private static final class LiteralBlockRepresenter extends Representer {
        LiteralBlockRepresenter(DumperOptions options) {
            super(options);
            var plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> data.toString().contains("\n")
                    ? representScalar(Tag.STR, data.toString(), DumperOptions.ScalarStyle.LITERAL)
                    : plain.representData(data));
        }
    }
}
