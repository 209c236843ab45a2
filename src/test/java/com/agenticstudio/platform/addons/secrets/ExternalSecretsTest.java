package com.agenticstudio.platform.addons.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStore;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStoreArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreSpecArgs;
import com.agenticstudio.platform.cluster.CloudAccess;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** external-secrets on the cloud clusters: the pinned chart, the operator's cloud identity and the store that uses it. */
class ExternalSecretsTest {
    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    private static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    private static final Map<Cloud, Installed> INSTALLED = new ConcurrentHashMap<>();

    record Installed(ResourceGraph graph, ExternalSecrets component) {
    }

    /** Installs the add-on on a fake cluster of {@code cloud}, with options computed from that cluster. */
    static Installed install(Cloud cloud, Function<ClusterInfo, ExternalSecrets.Options> options) {
        var component = new AtomicReference<ExternalSecrets>();
        var graph = Graphs.component(cloud, cluster -> {
            var addon = (ExternalSecrets) ExternalSecrets.addon(options.apply(cluster)).deploy()
                    .apply(new AddonContext(cluster, null, List.of()));
            component.set(addon);
            return addon;
        });
        return new Installed(graph, component.get());
    }

    /** prod's settings on the given cloud. */
    static Installed prod(Cloud cloud) {
        return INSTALLED.computeIfAbsent(cloud, c -> install(c, cluster ->
                ExternalSecrets.Options.from(Graphs.settings("prod", Map.of("cloud", c.id())), cluster)));
    }

    static RecordedResource release(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE);
        assertEquals(1, releases.size(), "one Helm release");
        return releases.get(0);
    }

    static RecordedResource store(ResourceGraph graph) {
        var stores = graph.ofType(ClusterSecretStore.TYPE);
        assertEquals(1, stores.size(), "one ClusterSecretStore");
        return stores.get(0);
    }

    static int number(RecordedResource resource, String path) {
        return ((Number) resource.at(path)).intValue();
    }

    /** Every ClusterSecretStore must wait for the release that installs its CRD and validating webhook. */
    static List<String> storesNotWaitingForTheRelease(ResourceGraph graph) {
        var releases = graph.ofType(RELEASE).stream().filter(r -> "external-secrets".equals(r.at("chart"))).toList();
        var violations = new ArrayList<String>();
        for (var store : graph.ofType(ClusterSecretStore.TYPE)) {
            if (releases.stream().noneMatch(store::dependsOn)) {
                violations.add(store.urn());
            }
        }
        return violations;
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void theChartIsPinnedByNameRepositoryAndVersion(Cloud cloud) {
        var release = release(prod(cloud).graph());
        assertEquals("external-secrets", release.at("chart"));
        assertEquals("https://charts.external-secrets.io", release.at("repositoryOpts.repo"));
        assertEquals("0.9.20", release.at("version"));
        assertEquals("external-secrets", release.at("namespace"));
        assertEquals(true, release.at("values.installCRDs"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void theOperatorRunsInItsOwnRestrictedNamespace(Cloud cloud) {
        var graph = prod(cloud).graph();
        var namespace = graph.ofType(NAMESPACE).get(0);
        assertEquals("external-secrets", namespace.at("metadata.name"));
        var labels = (Map<?, ?>) namespace.at("metadata.labels");
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"));
        assertTrue(release(graph).dependsOn(namespace));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void theOperatorsServiceAccountCarriesTheAnnotationsOfItsCloudIdentity(Cloud cloud) {
        var release = release(prod(cloud).graph());
        assertEquals(true, release.at("values.serviceAccount.create"));
        assertEquals("external-secrets", release.at("values.serviceAccount.name"));
        assertEquals(Map.of(Graphs.FAKE_IDENTITY_ANNOTATION, "external-secrets/external-secrets"),
                release.at("values.serviceAccount.annotations"));
    }

    @Test
    void theIdentityMayReadOnlyTheEnvironmentsSecrets() {
        var grants = new ArrayList<List<Object>>();
        Graphs.component(Cloud.AWS, fake -> {
            WorkloadIdentity recording = (name, namespace, serviceAccount, access, parent) -> {
                grants.add(List.of(name, namespace, serviceAccount, access));
                return Output.of(Map.of());
            };
            var cluster = new ClusterInfo(fake.name(), fake.kubernetesVersion(), fake.location(), fake.zones(), fake.kubernetes(),
                    fake.kubeconfig(), recording, fake.preloadedAppImage());
            var options = ExternalSecrets.Options.from(Graphs.settings("staging", Map.of()), cluster);
            return ExternalSecrets.addon(options).deploy().apply(new AddonContext(cluster, null, List.of()));
        });
        assertEquals(List.of(List.of("external-secrets", "external-secrets", "external-secrets",
                new CloudAccess.ReadSecrets("studio-staging-"))), grants);
    }

    @Test
    void onAwsTheStoreReadsSecretsManagerInTheClustersRegionAsTheOperator() {
        var store = store(prod(Cloud.AWS).graph());
        assertEquals("SecretsManager", store.at("spec.provider.aws.service"));
        assertEquals("eu-west-1", store.at("spec.provider.aws.region"));
        assertEquals(Map.of("name", "external-secrets", "namespace", "external-secrets"),
                store.at("spec.provider.aws.auth.jwt.serviceAccountRef"));
        assertNull(store.at("spec.provider.gcpsm"));
    }

    @Test
    void onGcpTheStoreReadsSecretManagerThroughWorkloadIdentityAsTheOperator() {
        var store = store(prod(Cloud.GCP).graph());
        assertEquals("studio-test-4711", store.at("spec.provider.gcpsm.projectID"));
        assertEquals(Map.of(
                        "clusterLocation", "europe-west1",
                        "clusterName", "test",
                        "clusterProjectID", "studio-test-4711",
                        "serviceAccountRef", Map.of("name", "external-secrets", "namespace", "external-secrets")),
                store.at("spec.provider.gcpsm.auth.workloadIdentity"));
        assertNull(store.at("spec.provider.aws"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void theStoreIsNamedFromTheSettingsAndExposedToTheWorkload(Cloud cloud) {
        var installed = prod(cloud);
        var store = store(installed.graph());
        assertEquals("cloud-secrets", store.at("metadata.name"));
        assertEquals("cloud-secrets", installed.component().storeName());
        assertInstanceOf(ClusterSecretStore.class, installed.component().store());
        assertEquals("external-secrets.io/v1beta1", store.at("apiVersion"));
    }

    @Test
    void aRenamedStoreKeepsItsSettingsName() {
        var renamed = install(Cloud.AWS, cluster ->
                ExternalSecrets.Options.from(Graphs.settings("prod", Map.of("secretStoreName", "prod-secrets")), cluster));
        assertEquals("prod-secrets", store(renamed.graph()).at("metadata.name"));
    }

    @ParameterizedTest
    @EnumSource(value = Cloud.class, names = {"AWS", "GCP"})
    void theStoreWaitsForTheReleaseThatInstallsItsCrd(Cloud cloud) {
        var graph = prod(cloud).graph();
        assertEquals(List.of(), storesNotWaitingForTheRelease(graph));
        assertTrue(store(graph).providerUrn().endsWith("::test-k8s"), "the cluster's provider");
    }

    @Test
    void aStoreThatDoesNotWaitForTheReleaseIsCaught() {
        var graph = Graphs.component(Cloud.AWS, cluster -> new ClusterSecretStore("stray", ClusterSecretStoreArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("stray").build())
                .spec(ClusterSecretStoreSpecArgs.builder()
                        .provider(ExternalSecrets.provider(cluster.location(), ExternalSecrets.Options.from(
                                Graphs.settings("prod", Map.of()), cluster)))
                        .build())
                .build(), KubeOptions.of(cluster, null)));
        assertEquals(1, storesNotWaitingForTheRelease(graph).size());
    }

    @Test
    void sharedEnvironmentsRunTwoOfEachDeploymentWithBudgetsAndLeaderElection() {
        var release = release(prod(Cloud.AWS).graph());
        for (var prefix : List.of("values.", "values.webhook.", "values.certController.")) {
            assertEquals(2, number(release, prefix + "replicaCount"), prefix);
            assertEquals(true, release.at(prefix + "podDisruptionBudget.enabled"), prefix);
            assertEquals(1, number(release, prefix + "podDisruptionBudget.minAvailable"), prefix);
            assertTrue(release.at(prefix + "resources.requests.cpu") instanceof String, prefix + " requests CPU");
            assertTrue(release.at(prefix + "resources.requests.memory") instanceof String, prefix + " requests memory");
        }
        assertEquals(true, release.at("values.leaderElect"));
        assertEquals("true", release.at("values.certController.extraArgs.enable-leader-election"));
    }

    @Test
    void aSingleReplicaGetsNoBudgetThatWouldBlockDrains() {
        var single = install(Cloud.AWS, cluster -> new ExternalSecrets.Options("external-secrets", "external-secrets",
                "cloud-secrets", "studio-dev-", 1, false));
        var release = release(single.graph());
        for (var prefix : List.of("values.", "values.webhook.", "values.certController.")) {
            assertEquals(1, number(release, prefix + "replicaCount"), prefix);
            assertEquals(false, release.at(prefix + "podDisruptionBudget.enabled"), prefix);
            assertNull(release.at(prefix + "topologySpreadConstraints"), prefix);
        }
        assertEquals(false, release.at("values.leaderElect"));
        assertNull(release.at("values.certController.extraArgs"));
    }

    @Test
    void onMultiZoneClustersEachDeploymentPrefersToSpreadOverZones() {
        var release = release(prod(Cloud.GCP).graph());
        var names = Map.of("values.", "external-secrets", "values.webhook.", "external-secrets-webhook",
                "values.certController.", "external-secrets-cert-controller");
        names.forEach((prefix, app) -> {
            var spread = prefix + "topologySpreadConstraints.0.";
            assertEquals("topology.kubernetes.io/zone", release.at(spread + "topologyKey"), prefix);
            assertEquals(Map.of("app.kubernetes.io/name", app, "app.kubernetes.io/instance", "external-secrets"),
                    release.at(spread + "labelSelector.matchLabels"), prefix);
        });
    }

    @Test
    void optionsFollowTheEnvironment() {
        var staging = ExternalSecrets.Options.from(Graphs.settings("staging", Map.of()), Graphs.offlineCluster(Cloud.AWS));
        assertEquals(2, staging.replicas());
        assertEquals("studio-staging-", staging.secretPrefix());
        assertEquals("cloud-secrets", staging.storeName());
        assertTrue(staging.spreadAcrossZones());
        assertEquals("studio-prod-", ExternalSecrets.Options.from(Graphs.settings("prod", Map.of()), Graphs.offlineCluster(Cloud.GCP)).secretPrefix());
    }

    @Test
    void aKindClusterHasNoSecretManagerToReadFrom() {
        var options = ExternalSecrets.Options.from(Graphs.settings("staging", Map.of()), Graphs.offlineCluster(Cloud.AWS));
        assertThrows(IllegalArgumentException.class, () -> ExternalSecrets.provider(new ClusterLocation.Kind(), options));
        assertFalse(ExternalSecrets.provider(new ClusterLocation.Aws("eu-west-1", "1"), options).aws().isEmpty());
    }

    @Test
    void stagingAndProdReadSecretsThroughTheStoreAndDevDoesNot() {
        for (var stack : List.of("staging", "prod")) {
            var graph = Graphs.stack(stack);
            assertEquals("cloud-secrets", store(graph).at("metadata.name"), stack);
            assertEquals(List.of(), storesNotWaitingForTheRelease(graph), stack);
        }
        assertEquals(List.of(), Graphs.stack("dev").ofType(ClusterSecretStore.TYPE));
    }
}
