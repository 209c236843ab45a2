package com.agenticstudio.platform.addons.certmanager;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.eager;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** cert-manager and its ClusterIssuers in the real stacks. */
class CertManagerTest {
    static final String ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";
    static final String CERTIFICATE = "kubernetes:cert-manager.io/v1:Certificate";

    static Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    static Stream<Stacks.Stack> cloudStacks() {
        return AddonGraphs.cloudStacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, "cert-manager").orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, CertManager.TYPE).orElseThrow();
    }

    /** The rule for a shared environment: two of each deployment, each with a budget that keeps one. */
    static List<String> unbudgeted(RecordedResource release) {
        return Stream.of("", "webhook.", "cainjector.")
                .filter(part -> number(value(release, part + "replicaCount")) < 2
                        || !Boolean.TRUE.equals(value(release, part + "podDisruptionBudget.enabled"))
                        || number(value(release, part + "podDisruptionBudget.minAvailable")) != 1)
                .map(part -> part.isEmpty() ? "controller" : part.substring(0, part.length() - 1))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsPinnedToJetstacksV1_21_1(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "cert-manager", "v1.21.1", "https://charts.jetstack.io");
        assertEquals("cert-manager", release.at("namespace"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyContainerHasRequestsAndAMemoryLimitAndTheNamespaceIsLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(4, ((Map<?, ?>) component(graph).at("declarations.containers")).size(), "controller, webhook, cainjector, startupapicheck");
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "webhook.resources.limits")).size(), "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
    }

    @Test
    void sharedEnvironmentsRunTwoOfEachWithBudgetsDevRunsOneWithout() {
        assertEquals(List.of(), unbudgeted(release(STAGING.graph())));
        assertEquals(List.of(), unbudgeted(release(PROD.graph())));
        var dev = release(DEV.graph());
        assertEquals(List.of("controller", "webhook", "cainjector"), unbudgeted(dev), "the twin: dev breaks the shared rule");
        for (var part : List.of("", "webhook.", "cainjector.")) {
            assertEquals(1, number(value(dev, part + "replicaCount")), part);
            assertEquals(Map.of("enabled", false), value(dev, part + "podDisruptionBudget"), "a budget on one pod blocks every drain");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theCrdsComeWithTheReleaseAndTheControllerWatchesGatewaysOnceTheEdgeInstalledTheirCrds(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertEquals(true, value(release, "crds.enabled"));
        assertEquals(true, value(release, "crds.keep"), "uninstalling must not take every Certificate with it");
        assertEquals("ControllerConfiguration", value(release, "config.kind"));
        assertEquals(true, value(release, "config.gatewayAPI.enabled"));
        var edge = AddonGraphs.release(graph, "envoy-gateway").orElseThrow();
        assertTrue(release.dependsOn(edge), "the Gateway API CRDs come with the envoy-gateway release");
        assertFalse(eager(release).dependsOn(edge), "the twin");
        assertEquals(List.of("envoy-gateway", "scheduling"), component(graph).at("declarations.requires"));
        assertEquals("studio-platform-critical", value(release, "global.priorityClassName"));
        assertTrue(release.dependsOn(graph.named("studio-platform-critical")), "a pod naming a missing class is refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyIssuerAndCertificateWaitsForTheReleaseThatInstallsItsCrd(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        var custom = Stream.concat(graph.ofType(ISSUER).stream(), graph.ofType(CERTIFICATE).stream()).toList();
        assertFalse(custom.isEmpty());
        custom.forEach(r -> assertTrue(r.dependsOn(release), r.name()));
        assertFalse(eager(custom.get(0)).dependsOn(release), "the twin");
    }

    /** The cert-manager add-on's own objects of a type (the logging add-on declares its CA chain beside them). */
    private static List<RecordedResource> own(com.agenticstudio.platform.plan.ResourceGraph graph, String type) {
        return graph.ofType(type).stream().filter(r -> r.parent().contains(CertManager.TYPE)).toList();
    }

    @Test
    void devSignsWithALocalCaThatASelfSignedIssuerBootstraps() {
        var graph = DEV.graph();
        assertEquals(List.of("studio-selfsigned", "studio-local-ca"), own(graph, ISSUER).stream().map(RecordedResource::name).toList());
        var selfSigned = graph.named("studio-selfsigned");
        assertEquals(Map.of("selfSigned", Map.of()), selfSigned.at("spec"));
        var root = graph.named("studio-local-ca-root");
        assertEquals(CERTIFICATE, root.type());
        assertEquals("cert-manager", root.at("metadata.namespace"), "the cluster resource namespace, where a ClusterIssuer finds its Secret");
        assertEquals(true, root.at("spec.isCA"));
        assertEquals(Map.of("name", "studio-selfsigned", "kind", "ClusterIssuer", "group", "cert-manager.io"), root.at("spec.issuerRef"));
        var ca = graph.named("studio-local-ca");
        assertEquals(root.at("spec.secretName"), ca.at("spec.ca.secretName"));
        assertTrue(ca.dependsOn(root));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void cloudStacksHaveBothLetsEncryptIssuersSolvingThroughTheGatewaysHttpListener(Stacks.Stack stack) {
        var graph = stack.graph();
        assertEquals(List.of("letsencrypt-staging", "letsencrypt-prod"), own(graph, ISSUER).stream().map(RecordedResource::name).toList());
        assertEquals(List.of(), own(graph, CERTIFICATE), "the twin of the local CA chain");
        assertEquals("https://acme-staging-v02.api.letsencrypt.org/directory", graph.named("letsencrypt-staging").at("spec.acme.server"));
        assertEquals("https://acme-v02.api.letsencrypt.org/directory", graph.named("letsencrypt-prod").at("spec.acme.server"));
        var http = ((List<?>) graph.named("studio-edge").at("spec.listeners")).stream().map(l -> (Map<?, ?>) l)
                .filter(l -> "http".equals(l.get("name"))).findFirst().orElseThrow();
        assertEquals("HTTP", http.get("protocol"));
        for (var issuer : own(graph, ISSUER)) {
            assertEquals("platform@agentic-studio.dev", issuer.at("spec.acme.email"));
            assertEquals(issuer.name() + "-account-key", issuer.at("spec.acme.privateKeySecretRef.name"));
            assertEquals(List.of(Map.of("kind", "Gateway", "name", "studio-edge", "namespace", "envoy-gateway-system", "sectionName", "http")),
                    issuer.at("spec.acme.solvers.0.http01.gatewayHTTPRoute.parentRefs"), issuer.name());
            assertEquals("ClusterIP", issuer.at("spec.acme.solvers.0.http01.gatewayHTTPRoute.serviceType"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theNamespaceAdmitsTheWebhookFromTheControlPlaneAndReachesAcmeOnlyFromCloudStacks(Stacks.Stack stack) {
        var policies = policies(stack.graph(), "cert-manager");
        var expected = stack.cloud().equals("kind")
                ? List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-webhook", "allow-scrape")
                : List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-webhook", "allow-scrape", "allow-acme");
        assertEquals(expected, List.copyOf(policies.keySet()));
        var webhook = policies.get("allow-webhook");
        assertEquals(List.of(10250), ports(webhook));
        assertEquals("webhook", entry(webhook, "spec.podSelector.matchLabels", "app.kubernetes.io/component"));
        var callers = webhook.at("spec.ingress.0.from.0.ipBlock.cidr");
        assertTrue(callers != null && !"0.0.0.0/0".equals(callers), "from the control plane's addresses only: " + callers);
        assertEquals(List.of(9402), ports(policies.get("allow-scrape")));
        assertEquals(Map.of("kubernetes.io/metadata.name", "monitoring"), policies.get("allow-scrape").at("spec.ingress.0.from.0.namespaceSelector.matchLabels"));
        if (policies.containsKey("allow-acme")) {
            assertEquals(List.of(80, 443), ports(policies.get("allow-acme")));
            assertEquals("controller", entry(policies.get("allow-acme"), "spec.podSelector.matchLabels", "app.kubernetes.io/component"));
        }
    }
}
