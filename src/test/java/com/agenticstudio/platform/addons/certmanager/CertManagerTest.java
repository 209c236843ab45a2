package com.agenticstudio.platform.addons.certmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuer;
import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuerArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecSelfSignedArgs;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** cert-manager per cloud: the pinned chart, its availability, and the issuers it offers and when. */
class CertManagerTest {
    static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    static final String CLUSTER_ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";
    static final String CERTIFICATE = "kubernetes:cert-manager.io/v1:Certificate";
    private static final Map<String, ResourceGraph> GRAPHS = new ConcurrentHashMap<>();

    /** The add-on for a cloud with a real stack file's settings. */
    static ResourceGraph graph(Cloud cloud, String stack) {
        return GRAPHS.computeIfAbsent(cloud + "/" + stack, key -> install(cloud, cluster ->
                CertManager.Options.from(Graphs.settings(stack, Map.of("cloud", cloud.id())), cluster)));
    }

    static ResourceGraph graph(Cloud cloud) {
        return graph(cloud, cloud == Cloud.KIND ? "dev" : "prod");
    }

    static ResourceGraph install(Cloud cloud, Function<ClusterInfo, CertManager.Options> options) {
        return Graphs.component(cloud, cluster -> CertManager.addon(options.apply(cluster)).deploy()
                .apply(new AddonContext(cluster, null, List.of())));
    }

    static RecordedResource release(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE);
        assertEquals(1, releases.size(), "one Helm release");
        return releases.get(0);
    }

    static RecordedResource named(ResourceGraph graph, String type, String name) {
        var matches = graph.ofType(type).stream().filter(r -> r.name().equals(name)).toList();
        assertEquals(1, matches.size(), "one " + type + " named " + name);
        return matches.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(RecordedResource resource, String path) {
        return (Map<String, Object>) resource.at(path);
    }

    static int number(RecordedResource resource, String path) {
        return ((Number) resource.at(path)).intValue();
    }

    /** cert-manager.io objects that do not wait for the release that installs their CRDs. */
    static List<String> customResourcesNotWaitingForTheirCrds(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE).stream().filter(r -> "cert-manager".equals(r.at("chart"))).toList();
        var violations = new ArrayList<String>();
        for (var resource : graph.resources()) {
            if (resource.type().startsWith("kubernetes:cert-manager.io/") && releases.stream().noneMatch(resource::dependsOn)) {
                violations.add(resource.urn());
            }
        }
        return violations;
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theReleaseIsPinnedByChartRepositoryAndVersion(Cloud cloud) {
        var release = release(graph(cloud));
        assertEquals("cert-manager", release.at("chart"));
        assertEquals("https://charts.jetstack.io", release.at("repositoryOpts.repo"));
        assertEquals("v1.14.5", release.at("version"));
        assertEquals("cert-manager", release.at("namespace"));
        assertEquals(1, graph(cloud).ofType("studio:platform:CertManager").size());
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theChartInstallsTheCrdsThroughTheKeyThisVersionKnows(Cloud cloud) {
        var values = map(release(graph(cloud)), "values");
        assertEquals(true, values.get("installCRDs"));
        assertFalse(values.containsKey("crds"), "crds.enabled only exists in later charts");
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void itsPodsRunInARestrictedNamespaceOfTheirOwn(Cloud cloud) {
        var namespace = graph(cloud).ofType(NAMESPACE).get(0);
        assertEquals("cert-manager", namespace.at("metadata.name"));
        assertEquals("restricted", map(namespace, "metadata.labels").get("pod-security.kubernetes.io/enforce"));
        assertEquals("cert-manager", release(graph(cloud)).at("values.global.leaderElection.namespace"));
        assertTrue(release(graph(cloud)).dependsOn(namespace));
    }

    static Stream<Arguments> sharedStacks() {
        return Stream.of(Arguments.of(Cloud.AWS, "staging"), Arguments.of(Cloud.AWS, "prod"), Arguments.of(Cloud.GCP, "prod"));
    }

    @ParameterizedTest
    @MethodSource("sharedStacks")
    void sharedEnvironmentsRunTwoOfEachPartWithDisruptionBudgets(Cloud cloud, String stack) {
        var release = release(graph(cloud, stack));
        for (var part : List.of("values", "values.webhook", "values.cainjector")) {
            assertEquals(2, number(release, part + ".replicaCount"), part);
            assertEquals(true, release.at(part + ".podDisruptionBudget.enabled"), part);
            assertEquals(1, number(release, part + ".podDisruptionBudget.minAvailable"), part);
            assertTrue(map(release, part + ".resources.requests").containsKey("memory"), part);
        }
    }

    @Test
    void devRunsOneOfEachAndNoDisruptionBudgetThatWouldBlockDrains() {
        var release = release(graph(Cloud.KIND, "dev"));
        for (var part : List.of("values", "values.webhook", "values.cainjector")) {
            assertEquals(1, number(release, part + ".replicaCount"), part);
            assertEquals(false, release.at(part + ".podDisruptionBudget.enabled"), part);
        }
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void noServiceMonitorBeforeThePrometheusCrdsExist(Cloud cloud) {
        assertEquals(false, release(graph(cloud)).at("values.prometheus.servicemonitor.enabled"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void cloudClustersOfferLetsEncryptStagingAndProductionOverHttp01(Cloud cloud) {
        var graph = graph(cloud);
        var staging = named(graph, CLUSTER_ISSUER, "letsencrypt-staging");
        var prod = named(graph, CLUSTER_ISSUER, "letsencrypt-prod");
        assertEquals("https://acme-staging-v02.api.letsencrypt.org/directory", staging.at("spec.acme.server"));
        assertEquals("https://acme-v02.api.letsencrypt.org/directory", prod.at("spec.acme.server"));
        for (var issuer : List.of(staging, prod)) {
            assertEquals(issuer.name(), issuer.at("metadata.name"));
            assertEquals("platform@agentic-studio.dev", issuer.at("spec.acme.email"));
            assertEquals(issuer.name() + "-account-key", issuer.at("spec.acme.privateKeySecretRef.name"));
            assertEquals("nginx", issuer.at("spec.acme.solvers.0.http01.ingress.ingressClassName"));
            assertEquals("cert-manager.io/v1", issuer.at("apiVersion"));
            assertEquals("ClusterIssuer", issuer.at("kind"));
        }
        assertEquals(2, graph.ofType(CLUSTER_ISSUER).size());
        assertEquals(List.of(), graph.ofType(CERTIFICATE));
    }

    @Test
    void kindOffersNoLetsEncryptIssuerBecauseLetsEncryptCannotReachIt() {
        var names = graph(Cloud.KIND).ofType(CLUSTER_ISSUER).stream().map(RecordedResource::name).toList();
        assertFalse(names.contains("letsencrypt-prod"));
        assertFalse(names.contains("letsencrypt-staging"));
        assertEquals(List.of("studio-local-ca", "studio-selfsigned"), names.stream().sorted().toList());
    }

    @Test
    void kindSignsWithALocalCaWhoseKeyPairASelfSignedIssuerSigns() {
        var graph = graph(Cloud.KIND);
        var selfSigned = named(graph, CLUSTER_ISSUER, "studio-selfsigned");
        var root = named(graph, CERTIFICATE, "studio-local-ca-root");
        var ca = named(graph, CLUSTER_ISSUER, "studio-local-ca");
        assertEquals(Map.of(), selfSigned.at("spec.selfSigned"));
        assertEquals("cert-manager", root.at("metadata.namespace"), "a ClusterIssuer reads its Secret from cert-manager's namespace");
        assertEquals(true, root.at("spec.isCA"));
        assertEquals("studio-local-ca-root", root.at("spec.commonName"));
        assertEquals("ECDSA", root.at("spec.privateKey.algorithm"));
        assertEquals(256, number(root, "spec.privateKey.size"));
        assertEquals(Map.of("name", "studio-selfsigned", "kind", "ClusterIssuer", "group", "cert-manager.io"), map(root, "spec.issuerRef"));
        assertEquals(root.at("spec.secretName"), ca.at("spec.ca.secretName"));
        assertEquals("studio-local-ca", ca.at("metadata.name"));
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void everyClusterIssuerAndCertificateWaitsForTheCertManagerRelease(Cloud cloud) {
        var graph = graph(cloud);
        assertFalse(graph.ofType(CLUSTER_ISSUER).isEmpty());
        assertEquals(List.of(), customResourcesNotWaitingForTheirCrds(graph));
    }

    @Test
    void anIssuerDeclaredWithoutTheReleaseIsCaught() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new ClusterIssuer("orphan", ClusterIssuerArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("orphan").build())
                .spec(ClusterIssuerSpecArgs.builder().selfSigned(ClusterIssuerSpecSelfSignedArgs.Empty).build())
                .build(), KubeOptions.of(cluster, null)));
        assertEquals(1, customResourcesNotWaitingForTheirCrds(graph).size());
    }

    @Test
    void theCaIssuerAlsoWaitsForTheCaCertificate() {
        var graph = graph(Cloud.KIND);
        assertTrue(named(graph, CLUSTER_ISSUER, "studio-local-ca").dependsOn(named(graph, CERTIFICATE, "studio-local-ca-root")));
        assertFalse(named(graph, CLUSTER_ISSUER, "studio-selfsigned").dependsOn(named(graph, CERTIFICATE, "studio-local-ca-root")),
                "the self-signed issuer needs nothing but the CRDs");
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void nothingWaitsForTheIssuers(Cloud cloud) {
        var graph = graph(cloud);
        var issuers = graph.ofType(CLUSTER_ISSUER).stream().map(RecordedResource::urn).toList();
        var waiting = graph.resources().stream()
                .filter(r -> !r.type().equals(CLUSTER_ISSUER))
                .filter(r -> r.dependencies().stream().anyMatch(issuers::contains))
                .map(RecordedResource::urn).toList();
        assertEquals(List.of(), waiting);
        assertFalse(release(graph).dependencies().stream().anyMatch(issuers::contains));
    }

    @Test
    void theIssuersFollowTheCloudNotTheStackName() {
        var staging = Graphs.settings("staging", Map.of());
        assertTrue(CertManager.Options.from(staging, Graphs.offlineCluster(Cloud.AWS)).issuers() instanceof ClusterIssuers.LetsEncrypt);
        assertTrue(CertManager.Options.from(Graphs.settings("dev", Map.of()), Graphs.offlineCluster(Cloud.KIND)).issuers() instanceof ClusterIssuers.LocalCa);
    }

    @Test
    void letsEncryptNeedsAContactAddress() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterIssuers.LetsEncrypt("", "nginx"));
        assertThrows(IllegalArgumentException.class, () -> new CertManager.Options(0, new ClusterIssuers.LocalCa()));
    }
}
