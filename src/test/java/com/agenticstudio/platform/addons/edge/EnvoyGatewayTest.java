package com.agenticstudio.platform.addons.edge;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.normalised;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public edge: Envoy Gateway, its GatewayClass and EnvoyProxy, and the shared Gateway, in the real stacks. */
class EnvoyGatewayTest {
    static final String NAMESPACE = "envoy-gateway-system";
    static final String PROXY = "spec.provider.kubernetes.";

    static Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, "envoy-gateway").orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, EnvoyGateway.TYPE).orElseThrow();
    }

    static RecordedResource gateway(ResourceGraph graph) {
        return graph.named("studio-edge");
    }

    static Map<?, ?> listener(ResourceGraph graph, String name) {
        return ((List<?>) gateway(graph).at("spec.listeners")).stream().map(l -> (Map<?, ?>) l)
                .filter(l -> name.equals(l.get("name"))).findFirst().orElseThrow(() -> new AssertionError("no listener " + name));
    }

    static Object hsts(ResourceGraph graph) {
        return graph.named("edge-https-clients").at("spec.headers.lateResponseHeaders.set.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsGatewayHelmV1_9_0FromDockerHubsOciRegistry(Stacks.Stack stack) {
        var release = release(stack.graph());
        // An OCI registry has no index to look the chart up in: the chart is its full reference, with no repository.
        assertEquals("oci://docker.io/envoyproxy/gateway-helm", release.at("chart"));
        assertEquals("v1.9.0", release.at("version"));
        assertNull(release.at("repositoryOpts"));
        assertEquals(NAMESPACE, release.at("namespace"));
    }

    @Test
    void sharedEnvironmentsRunTwoControllersWithABudgetDevOne() {
        for (var stack : List.of(STAGING, PROD, PROD_GCP)) {
            var release = release(stack.graph());
            assertEquals(2, number(value(release, "deployment.replicas")), stack.toString());
            assertEquals(1, number(value(release, "podDisruptionBudget.minAvailable")), stack.toString());
        }
        var dev = release(DEV.graph());
        assertEquals(1, number(value(dev, "deployment.replicas")));
        assertEquals(0, number(value(dev, "podDisruptionBudget.minAvailable")), "the chart renders no budget for 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyContainerHasRequestsAndAMemoryLimitAndTheNamespaceIsLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "certgen.job.resources.limits.memory")).size(),
                "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
        var envoy = graph.named("studio-edge-proxy");
        var resources = PROXY + "envoyDeployment.container.resources.";
        for (var path : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            assertTrue(envoy.at(resources + path) != null, "the proxies too: " + path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theGatewayClassTakesItsParametersFromTheEnvoyProxy(Stacks.Stack stack) {
        var graph = stack.graph();
        var gatewayClass = graph.named("studio-envoy");
        assertEquals("gateway.envoyproxy.io/gatewayclass-controller", gatewayClass.at("spec.controllerName"));
        assertEquals(Map.of("group", "gateway.envoyproxy.io", "kind", "EnvoyProxy", "name", "studio-edge-proxy", "namespace", NAMESPACE),
                gatewayClass.at("spec.parametersRef"));
        var proxy = graph.named("studio-edge-proxy");
        assertEquals("EnvoyProxy", proxy.at("kind"));
        assertTrue(gateway(graph).dependsOn(proxy), "the Envoy Service is made from the Gateway, with the EnvoyProxy's immutable class");
        assertTrue(gateway(graph).dependsOn(gatewayClass));
        assertFalse(gatewayClass.dependsOn(proxy), "the class and its parameters are made side by side");
        assertTrue(proxy.dependsOn(release(graph)), "the release installs the CRDs");
        assertEquals("studio-envoy", gateway(graph).at("spec.gatewayClassName"));
    }

    @Test
    void theProxiesAreExposedTheWayEachCloudNeeds() {
        var kind = DEV.graph().named("studio-edge-proxy");
        assertEquals("NodePort", kind.at(PROXY + "envoyService.type"));
        assertEquals(List.of(Map.of("port", 80, "nodePort", 30080), Map.of("port", 443, "nodePort", 30443)),
                normalised(kind.at(PROXY + "envoyService.patch.value.spec.ports")), "the node ports kind publishes on the laptop");
        for (var stack : List.of(STAGING, PROD)) {
            var aws = stack.graph().named("studio-edge-proxy");
            assertEquals("LoadBalancer", aws.at(PROXY + "envoyService.type"));
            assertEquals("service.k8s.aws/nlb", aws.at(PROXY + "envoyService.loadBalancerClass"));
            assertEquals("ip", entry(aws, PROXY + "envoyService.annotations", "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type"));
            assertEquals("internet-facing", entry(aws, PROXY + "envoyService.annotations", "service.beta.kubernetes.io/aws-load-balancer-scheme"));
            assertEquals("Local", aws.at(PROXY + "envoyService.externalTrafficPolicy"));
        }
        var gcp = PROD_GCP.graph().named("studio-edge-proxy");
        assertEquals("LoadBalancer", gcp.at(PROXY + "envoyService.type"));
        assertEquals("networking.gke.io/l4-regional-external", gcp.at(PROXY + "envoyService.loadBalancerClass"));
        assertNull(gcp.at(PROXY + "envoyService.annotations"), "no AWS annotation on GKE");
    }

    @Test
    void devRunsOneProxyStagingTwoAndProdOnePerZone() {
        assertEquals(1, proxies(DEV));
        assertEquals(2, proxies(STAGING));
        assertEquals(Graphs.settings("prod", Map.of()).cluster().placement().zones().size(), proxies(PROD));
        assertEquals(3, proxies(PROD));
        assertEquals(3, proxies(PROD_GCP));
        var prod = PROD.graph().named("studio-edge-proxy");
        assertEquals("DoNotSchedule", prod.at(PROXY + "envoyDeployment.pod.topologySpreadConstraints.0.whenUnsatisfiable"),
                "losing a zone must not take every proxy");
        assertNull(DEV.graph().named("studio-edge-proxy").at(PROXY + "envoyDeployment.pod"), "one proxy has nothing to spread");
    }

    static int proxies(Stacks.Stack stack) {
        return number(stack.graph().named("studio-edge-proxy").at(PROXY + "envoyDeployment.replicas"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theGatewayAsksCertManagerForTheAppHostsCertificateAndServesItOverHttps(Stacks.Stack stack) {
        var graph = stack.graph();
        var issuer = Map.of("dev", "studio-local-ca", "staging", "letsencrypt-staging", "prod", "letsencrypt-prod").get(stack.name());
        var host = Map.of("dev", "api.localtest.me", "staging", "api.staging.agentic-studio.dev", "prod", "api.agentic-studio.dev")
                .get(stack.name());
        assertEquals(issuer, entry(gateway(graph), "metadata.annotations", "cert-manager.io/cluster-issuer"));
        assertEquals(NAMESPACE, gateway(graph).at("metadata.namespace"));
        var https = listener(graph, "https-" + host);
        assertEquals(host, https.get("hostname"));
        assertEquals("HTTPS", https.get("protocol"));
        assertEquals(443, number(https.get("port")));
        assertEquals(Map.of("mode", "Terminate", "certificateRefs", List.of(Map.of("kind", "Secret", "group", "", "name", "api-tls"))),
                https.get("tls"));
        assertEquals(Map.of("namespaces", Map.of("from", "Selector", "selector", Map.of("matchLabels", EnvoyGateway.ROUTES_LABEL))),
                https.get("allowedRoutes"), "only labelled namespaces attach routes");
        assertEquals(Map.of("namespaces", Map.of("from", "Same")), listener(graph, "http").get("allowedRoutes"),
                "the http listener takes the redirect and ACME challenges only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void plainHttpIsRedirectedToHttpsOnTheHttpListener(Stacks.Stack stack) {
        var graph = stack.graph();
        var redirect = graph.named("https-redirect");
        assertEquals(Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "studio-edge", "namespace", NAMESPACE,
                "sectionName", "http"), redirect.at("spec.parentRefs.0"));
        assertEquals(Map.of("type", "RequestRedirect", "requestRedirect", Map.of("scheme", "https", "statusCode", 301)),
                normalised(redirect.at("spec.rules.0.filters.0")));
        assertTrue(redirect.dependsOn(gateway(graph)));
    }

    @Test
    void onlyHostsWithABrowserTrustedCertificateSendHsts() {
        for (var stack : List.of(PROD, PROD_GCP)) {
            assertEquals(Map.of("name", "Strict-Transport-Security", "value", "max-age=31536000; includeSubDomains"), hsts(stack.graph()),
                    stack.toString());
        }
        assertNull(hsts(STAGING.graph()), "Let's Encrypt staging certificates are not trusted: HSTS would remove the click-through");
        assertNull(hsts(DEV.graph()), "a browser would refuse the local CA's host for a year");
    }

    @Test
    void onEksTheGatewayIsDestroyedFirstThenTheLoadBalancerIsAwaitedThenTheController() {
        for (var stack : List.of(STAGING, PROD)) {
            var graph = stack.graph();
            var controller = AddonGraphs.release(graph, "aws-load-balancer-controller").orElseThrow();
            var teardown = graph.named("studio-edge-load-balancer-teardown");
            assertTrue(gateway(graph).dependsOn(teardown), stack.toString());
            assertTrue(gateway(graph).dependsOn(controller), "the controller's release is the Gateway's own dependency");
            assertTrue(teardown.dependsOn(controller), stack.toString());
            assertEquals("true", teardown.at("create"));
            assertTrue(String.valueOf(teardown.at("delete")).contains(
                    "wait --for=delete service -l gateway.envoyproxy.io/owning-gateway-name=studio-edge"), stack.toString());
            assertEquals("[secret]", teardown.at("environment.STUDIO_KUBECONFIG"), "the kubeconfig stays secret");
            assertTrue(teardown.dependsOn(release(graph)), "the cluster outlives the wait");
            assertTrue(teardown.provider() != null, "an explicit command provider");
            assertEquals(List.of("aws-load-balancer-controller"), component(graph).at("declarations.requires"));
        }
        var gke = PROD_GCP.graph();
        assertTrue(AddonGraphs.release(gke, "aws-load-balancer-controller").isEmpty());
        assertEquals(List.of(), component(gke).at("declarations.requires"));
        assertFalse(gateway(gke).dependencies().stream().anyMatch(urn -> urn.contains("aws-load-balancer-controller")), "the twin: GKE needs none");
        var gkeTeardown = gke.named("studio-edge-load-balancer-teardown");
        assertTrue(gateway(gke).dependsOn(gkeTeardown) && gkeTeardown.dependsOn(release(gke)), "GKE's load balancer is awaited too");
        assertTrue(DEV.graph().ofType("command:local:Command").stream().noneMatch(c -> c.name().contains("teardown")),
                "kind has no cloud load balancer");
        assertTrue(gateway(gke).dependsOn(release(gke)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theProxiesReachTheControllerOnXdsAndThePublicReachesTheProxies(Stacks.Stack stack) {
        var policies = policies(stack.graph(), NAMESPACE);
        var toXds = policies.get("allow-envoy-to-xds");
        assertEquals(List.of(18000, 18002), ports(toXds));
        assertEquals("envoy", entry(toXds, "spec.podSelector.matchLabels", "app.kubernetes.io/name"));
        assertEquals("envoy-gateway", entry(toXds, "spec.egress.0.to.0.podSelector.matchLabels", "control-plane"));
        var fromEnvoy = policies.get("allow-xds-from-envoy");
        assertEquals(List.of(18000, 18002), ports(fromEnvoy));
        assertEquals("envoy-gateway", entry(fromEnvoy, "spec.podSelector.matchLabels", "control-plane"));
        var publicTraffic = policies.get("allow-public");
        assertEquals(List.of(10080, 10443), ports(publicTraffic), "Envoy listens on the listener port + 10000");
        assertEquals("0.0.0.0/0", publicTraffic.at("spec.ingress.0.from.0.ipBlock.cidr"));
        assertEquals("proxy", entry(publicTraffic, "spec.podSelector.matchLabels", "app.kubernetes.io/component"));
        var backends = policies.get("allow-envoy-to-backends");
        assertEquals(EnvoyGateway.ROUTES_LABEL, backends.at("spec.egress.0.to.0.namespaceSelector.matchLabels"));
        assertEquals(List.of(8089), ports(policies.get("allow-envoy-to-acme-solvers")));
        assertEquals(List.of(8089), ports(policies.get("allow-acme-solvers-from-envoy")));
        assertEquals(List.of(9443), ports(policies.get("allow-webhook")));
    }
}
