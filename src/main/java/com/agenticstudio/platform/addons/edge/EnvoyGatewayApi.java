package com.agenticstudio.platform.addons.edge;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Envoy Gateway's own kinds (gateway.envoyproxy.io/v1alpha1 at v1.9.0): the EnvoyProxy that shapes
 * the data plane per cloud, and the traffic policies the platform sets at its edge.
 */
final class EnvoyGatewayApi {
    static final String GROUP = "gateway.envoyproxy.io";
    static final CrdKind ENVOY_PROXY = CrdKind.namespaced(GROUP, "v1alpha1", "EnvoyProxy");
    static final CrdKind CLIENT_TRAFFIC_POLICY = CrdKind.namespaced(GROUP, "v1alpha1", "ClientTrafficPolicy");
    static final CrdKind BACKEND_TRAFFIC_POLICY = CrdKind.namespaced(GROUP, "v1alpha1", "BackendTrafficPolicy");

    private EnvoyGatewayApi() {
    }

    /**
     * How the Envoy Service is exposed outside the cluster; one shape per cloud. Each must be right
     * when the Service is first created: load balancer classes are immutable.
     */
    sealed interface Exposure {
        Map<String, Object> service();
    }

    /**
     * kind: a NodePort Service with the node ports fixed by a strategic-merge patch keyed by port
     * (EnvoyProxy has no node-port field; envoyproxy/gateway#6789), which kind's extraPortMappings
     * publish on the laptop. Chosen over hostPorts: the Envoy pods stay Pod Security restricted and
     * may run on any node, because kube-proxy forwards the node port from the mapped node
     * (externalTrafficPolicy Cluster).
     */
    record NodePorts(int http, int https) implements Exposure {
        NodePorts {
            for (var port : new int[] {http, https}) {
                if (port < 30000 || port > 32767) {
                    throw new IllegalArgumentException("a node port is in 30000-32767, got " + port);
                }
            }
            if (http == https) {
                throw new IllegalArgumentException("HTTP and HTTPS need different node ports, got " + http + " twice");
            }
        }

        @Override
        public Map<String, Object> service() {
            return Map.of(
                    "type", "NodePort",
                    "externalTrafficPolicy", "Cluster",
                    "patch", Map.of("type", "StrategicMerge", "value", Map.of("spec", Map.of("ports", List.of(
                            Map.of("port", 80, "nodePort", http),
                            Map.of("port", 443, "nodePort", https))))));
        }
    }

    /**
     * EKS: an internet-facing NLB with IP targets, made by the AWS Load Balancer Controller (its
     * class set explicitly, so nothing depends on its mutating webhook), cross-zone on, and the
     * client address kept by the target group (preserve_client_ip) rather than PROXY protocol, which
     * would break every caller that does not come through the NLB.
     */
    record AwsNlb() implements Exposure {
        @Override
        public Map<String, Object> service() {
            return Map.of(
                    "type", "LoadBalancer",
                    "loadBalancerClass", "service.k8s.aws/nlb",
                    "externalTrafficPolicy", "Local",
                    "annotations", Map.of(
                            "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip",
                            "service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing",
                            "service.beta.kubernetes.io/aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true",
                            "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes", "preserve_client_ip.enabled=true"));
        }
    }

    /**
     * GKE: an external passthrough Network Load Balancer (backend-service based, the class GKE
     * recommends from 1.33). It does not proxy, so with externalTrafficPolicy Local Envoy sees the
     * client's address.
     */
    record GcpNlb() implements Exposure {
        @Override
        public Map<String, Object> service() {
            return Map.of(
                    "type", "LoadBalancer",
                    "loadBalancerClass", "networking.gke.io/l4-regional-external",
                    "externalTrafficPolicy", "Local");
        }
    }

    /**
     * The data plane: replicas, their resources and spread, a budget that lets one go at a time, and the Service.
     *
     * @param podLabels the labels Envoy Gateway puts on the proxies of the platform's Gateway
     */
    record EnvoyProxySpec(int replicas, ContainerResources envoy, boolean multiZone, Map<String, String> podLabels,
                          Exposure exposure) implements CustomResourceSpec {
        EnvoyProxySpec {
            if (replicas < 1) {
                throw new IllegalArgumentException("the data plane needs at least one replica, got " + replicas);
            }
            Objects.requireNonNull(envoy, "envoy");
            podLabels = Map.copyOf(podLabels);
            Objects.requireNonNull(exposure, "exposure");
        }

        @Override
        public CrdKind crdKind() {
            return ENVOY_PROXY;
        }

        @Override
        public Map<String, Object> toWire() {
            var deployment = new LinkedHashMap<String, Object>();
            deployment.put("replicas", replicas);
            deployment.put("container", Map.of("resources", envoy.toMap()));
            if (replicas > 1) {
                // Losing a zone must not take every proxy with it: a hard rule across zones where there are several.
                deployment.put("pod", Map.of("topologySpreadConstraints", List.of(
                        spread("topology.kubernetes.io/zone", multiZone ? "DoNotSchedule" : "ScheduleAnyway"),
                        spread("kubernetes.io/hostname", "ScheduleAnyway"))));
            }
            var kubernetes = new LinkedHashMap<String, Object>();
            kubernetes.put("envoyDeployment", deployment);
            // One proxy at a time may go during drains; with one replica (kind) a drain is not blocked.
            kubernetes.put("envoyPDB", Map.of("maxUnavailable", 1));
            kubernetes.put("envoyService", exposure.service());
            return Map.of("provider", Map.of("type", "Kubernetes", "kubernetes", kubernetes));
        }

        private Map<String, Object> spread(String topologyKey, String whenUnsatisfiable) {
            return Map.of("maxSkew", 1, "topologyKey", topologyKey, "whenUnsatisfiable", whenUnsatisfiable,
                    "labelSelector", Map.of("matchLabels", podLabels));
        }
    }

    /** A Gateway, or one of its listeners, as a policy targets it. */
    record Target(String gateway, Optional<String> sectionName) {
        Target {
            Objects.requireNonNull(gateway, "gateway");
            sectionName.ifPresent(s -> GatewayApi.check(GatewayApi.SECTION_NAME, s, "section name"));
        }

        Map<String, Object> toWire() {
            var wire = new LinkedHashMap<String, Object>();
            wire.put("group", GatewayApi.GROUP);
            wire.put("kind", "Gateway");
            wire.put("name", gateway);
            sectionName.ifPresent(s -> wire.put("sectionName", s));
            return wire;
        }
    }

    /**
     * How the edge treats clients: how long a client may take to send a request (slow-loris), how
     * long an idle connection stays open, and on HTTPS listeners the HSTS header.
     */
    record ClientTrafficPolicySpec(List<Target> targets, String requestReceivedTimeout, String idleTimeout,
                                   Optional<String> strictTransportSecurity) implements CustomResourceSpec {
        ClientTrafficPolicySpec {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("a policy needs at least one target");
            }
            GatewayApi.check(GatewayApi.DURATION, requestReceivedTimeout, "duration");
            GatewayApi.check(GatewayApi.DURATION, idleTimeout, "duration");
        }

        @Override
        public CrdKind crdKind() {
            return CLIENT_TRAFFIC_POLICY;
        }

        @Override
        public Map<String, Object> toWire() {
            var wire = new LinkedHashMap<String, Object>();
            wire.put("targetRefs", targets.stream().map(Target::toWire).toList());
            wire.put("timeout", Map.of("http", Map.of("requestReceivedTimeout", requestReceivedTimeout, "idleTimeout", idleTimeout)));
            strictTransportSecurity.ifPresent(hsts -> wire.put("headers", Map.of("lateResponseHeaders",
                    Map.of("set", List.of(Map.of("name", "Strict-Transport-Security", "value", hsts))))));
            return wire;
        }
    }

    /**
     * What the edge lets through to backends: a request body larger than {@code requestBodyLimit} is
     * answered 413 at the edge. Envoy buffers the body to enforce it, so the limit also bounds the
     * proxies' memory per request.
     */
    record BackendTrafficPolicySpec(Target target, String requestBodyLimit) implements CustomResourceSpec {
        BackendTrafficPolicySpec {
            Objects.requireNonNull(target, "target");
            if (!requestBodyLimit.matches("[1-9][0-9]*(Ki|Mi)")) {
                throw new IllegalArgumentException("a body limit is a quantity such as 4Mi, got " + requestBodyLimit);
            }
        }

        @Override
        public CrdKind crdKind() {
            return BACKEND_TRAFFIC_POLICY;
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("targetRefs", List.of(target.toWire()), "requestBuffer", Map.of("limit", requestBodyLimit));
        }
    }
}
