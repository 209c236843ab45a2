package com.agenticstudio.platform.addons.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.edge.EnvoyGatewayApi.BackendTrafficPolicySpec;
import com.agenticstudio.platform.addons.edge.EnvoyGatewayApi.ClientTrafficPolicySpec;
import com.agenticstudio.platform.addons.edge.EnvoyGatewayApi.EnvoyProxySpec;
import com.agenticstudio.platform.addons.edge.EnvoyGatewayApi.Exposure;
import com.agenticstudio.platform.addons.edge.EnvoyGatewayApi.Target;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvoyGatewayApiTest {
    private static final ContainerResources ENVOY = ContainerResources.of("100m", "128Mi", "512Mi");
    private static final Map<String, String> PODS = Map.of("gateway.envoyproxy.io/owning-gateway-name", "edge");
    private static final Target GATEWAY = new Target("edge", Optional.empty());

    private static Map<String, Object> proxy(int replicas, boolean multiZone, Exposure exposure) {
        return new EnvoyProxySpec(replicas, ENVOY, multiZone, PODS, exposure).toWire();
    }

    /** The EnvoyProxy's provider.kubernetes block, where everything the platform sets lives. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> kubernetes(Map<String, Object> proxy) {
        var provider = (Map<String, Object>) proxy.get("provider");
        assertEquals("Kubernetes", provider.get("type"));
        return (Map<String, Object>) provider.get("kubernetes");
    }

    private static Object service(Exposure exposure) {
        return kubernetes(proxy(2, true, exposure)).get("envoyService");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deployment(int replicas, boolean multiZone) {
        return (Map<String, Object>) kubernetes(proxy(replicas, multiZone, new EnvoyGatewayApi.GcpNlb())).get("envoyDeployment");
    }

    private static Map<String, Object> spread(String topologyKey, String whenUnsatisfiable) {
        return Map.of("maxSkew", 1, "topologyKey", topologyKey, "whenUnsatisfiable", whenUnsatisfiable,
                "labelSelector", Map.of("matchLabels", PODS));
    }

    @Test
    void theKindsAreEnvoyGatewayV1alpha1AndNamespaced() {
        for (var kind : List.of(EnvoyGatewayApi.ENVOY_PROXY, EnvoyGatewayApi.CLIENT_TRAFFIC_POLICY, EnvoyGatewayApi.BACKEND_TRAFFIC_POLICY)) {
            assertEquals("gateway.envoyproxy.io/v1alpha1", kind.apiVersion());
            assertTrue(kind.namespaced(), kind.kind());
        }
    }

    @Test
    void onKindTheServiceIsANodePortServiceWithBothNodePortsPatchedIn() {
        assertEquals(Map.of(
                "type", "NodePort",
                "externalTrafficPolicy", "Cluster",
                "patch", Map.of("type", "StrategicMerge", "value", Map.of("spec", Map.of("ports", List.of(
                        Map.of("port", 80, "nodePort", 30080),
                        Map.of("port", 443, "nodePort", 30443)))))),
                service(new EnvoyGatewayApi.NodePorts(30080, 30443)));
    }

    @Test
    void onAwsTheServiceIsAnInternetFacingCrossZoneNlbWithIpTargetsThatKeepsTheClientAddress() {
        assertEquals(Map.of(
                "type", "LoadBalancer",
                "loadBalancerClass", "service.k8s.aws/nlb",
                "externalTrafficPolicy", "Local",
                "annotations", Map.of(
                        "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip",
                        "service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing",
                        "service.beta.kubernetes.io/aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true",
                        "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes", "preserve_client_ip.enabled=true")),
                service(new EnvoyGatewayApi.AwsNlb()));
    }

    @Test
    void onGcpTheServiceIsARegionalExternalPassthroughNlbWithLocalTrafficPolicy() {
        assertEquals(Map.of(
                "type", "LoadBalancer",
                "loadBalancerClass", "networking.gke.io/l4-regional-external",
                "externalTrafficPolicy", "Local"),
                service(new EnvoyGatewayApi.GcpNlb()));
    }

    @Test
    void theDeploymentRunsTheReplicasWithTheEnvoyResources() {
        var deployment = deployment(3, true);
        assertEquals(3, deployment.get("replicas"));
        assertEquals(Map.of("resources", ENVOY.toMap()), deployment.get("container"));
    }

    @Test
    void severalReplicasAcrossSeveralZonesMustSpreadOverZonesAndShouldSpreadOverNodes() {
        assertEquals(Map.of("topologySpreadConstraints", List.of(
                        spread("topology.kubernetes.io/zone", "DoNotSchedule"),
                        spread("kubernetes.io/hostname", "ScheduleAnyway"))),
                deployment(2, true).get("pod"));
    }

    @Test
    void inASingleZoneTheZoneSpreadIsOnlyAPreference() {
        assertEquals(Map.of("topologySpreadConstraints", List.of(
                        spread("topology.kubernetes.io/zone", "ScheduleAnyway"),
                        spread("kubernetes.io/hostname", "ScheduleAnyway"))),
                deployment(2, false).get("pod"));
    }

    @Test
    void aSingleReplicaHasNothingToSpread() {
        assertNull(deployment(1, true).get("pod"));
        assertNull(deployment(1, false).get("pod"));
    }

    @Test
    void oneProxyAtATimeMayGoDuringDrains() {
        assertEquals(Map.of("maxUnavailable", 1), kubernetes(proxy(1, false, new EnvoyGatewayApi.NodePorts(30080, 30443))).get("envoyPDB"));
        assertEquals(Map.of("maxUnavailable", 1), kubernetes(proxy(3, true, new EnvoyGatewayApi.AwsNlb())).get("envoyPDB"));
    }

    @Test
    void aDataPlaneWithoutReplicasIsRefused() {
        var failure = assertThrows(IllegalArgumentException.class, () -> proxy(0, true, new EnvoyGatewayApi.AwsNlb()));
        assertEquals("the data plane needs at least one replica, got 0", failure.getMessage());
    }

    @Test
    void aClientPolicyTargetsListenersAndSetsTimeoutsAndHsts() {
        var policy = new ClientTrafficPolicySpec(List.of(new Target("edge", Optional.of("https"))), "30s", "5m",
                Optional.of("max-age=31536000")).toWire();
        assertEquals(List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "edge", "sectionName", "https")),
                policy.get("targetRefs"));
        assertEquals(Map.of("http", Map.of("requestReceivedTimeout", "30s", "idleTimeout", "5m")), policy.get("timeout"));
        assertEquals(Map.of("lateResponseHeaders", Map.of("set", List.of(Map.of("name", "Strict-Transport-Security",
                "value", "max-age=31536000")))), policy.get("headers"));
    }

    @Test
    void aClientPolicyWithoutHstsSetsNoHeaders() {
        assertFalse(new ClientTrafficPolicySpec(List.of(GATEWAY), "30s", "5m", Optional.empty()).toWire().containsKey("headers"));
    }

    @Test
    void aClientPolicyWithoutTargetsOrWithABadTimeoutIsRefused() {
        assertEquals("a policy needs at least one target", assertThrows(IllegalArgumentException.class,
                () -> new ClientTrafficPolicySpec(List.of(), "30s", "5m", Optional.empty())).getMessage());
        assertEquals("'30' is not a valid duration", assertThrows(IllegalArgumentException.class,
                () -> new ClientTrafficPolicySpec(List.of(GATEWAY), "30", "5m", Optional.empty())).getMessage());
        assertEquals("'5min' is not a valid duration", assertThrows(IllegalArgumentException.class,
                () -> new ClientTrafficPolicySpec(List.of(GATEWAY), "30s", "5min", Optional.empty())).getMessage());
    }

    @Test
    void aBackendPolicyBuffersBodiesUpToItsLimitOnTheWholeGateway() {
        assertEquals(Map.of(
                "targetRefs", List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "edge")),
                "requestBuffer", Map.of("limit", "4Mi")),
                new BackendTrafficPolicySpec(GATEWAY, "4Mi").toWire());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4MB", "4M", "4mi", "0Mi", "4Gi", "4", "4.5Mi"})
    void aBodyLimitThatIsNotKiOrMiIsRefused(String limit) {
        var failure = assertThrows(IllegalArgumentException.class, () -> new BackendTrafficPolicySpec(GATEWAY, limit));
        assertEquals("a body limit is a quantity such as 4Mi, got " + limit, failure.getMessage());
    }

    @Test
    void nodePortsAreInTheNodePortRangeAndDiffer() {
        assertThrows(IllegalArgumentException.class, () -> new EnvoyGatewayApi.NodePorts(80, 30443));
        var failure = assertThrows(IllegalArgumentException.class, () -> new EnvoyGatewayApi.NodePorts(30080, 30080));
        assertEquals("HTTP and HTTPS need different node ports, got 30080 twice", failure.getMessage());
    }

    @Test
    void aTargetsSectionIsCheckedWhenTheTargetIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new Target("edge", Optional.of("BAD")));
    }
}
