package com.agenticstudio.platform.architecture;

import com.agenticstudio.platform.check.ArchitectureRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonComponent;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonInstaller;
import com.agenticstudio.platform.addons.certmanager.ClusterIssuerSpec;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.bindings.command.CommandPlugin;
import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import com.pulumi.aws.Provider;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layering rules, over the real program for every stack file (and both clouds). */
class ArchitectureTest {

    static Stream<Arguments> stacks() {
        return Stacks.all().map(stack -> Arguments.of(stack.name(), stack.overrides()));
    }

    /** The longest chain of waits, provider waits included; the bound and its reason live with the rule. */
    static final int MAX_CHAIN = ArchitectureRules.MAX_CHAIN;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyKubernetesResourceUsesTheClusterLayersProvider(String stack, Map<String, String> overrides) {
        assertEquals(List.of(), ArchitectureRules.kubernetesResourcesUseTheClusterProvider(Graphs.stack(stack, overrides)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyCloudResourceUsesAnExplicitProvider(String stack, Map<String, String> overrides) {
        assertEquals(List.of(), ArchitectureRules.cloudResourcesUseAnExplicitProvider(Graphs.stack(stack, overrides)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyComponentHasAStudioTypeToken(String stack, Map<String, String> overrides) {
        assertEquals(List.of(), ArchitectureRules.componentsHaveStudioTypeTokens(Graphs.stack(stack, overrides)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void theStackIsBuiltFromFourLayers(String stack, Map<String, String> overrides) {
        var cloud = overrides.getOrDefault("cloud", stack.equals("dev") ? "kind" : "aws");
        var cluster = Map.of("kind", "studio:cluster:Kind", "aws", "studio:cluster:Eks", "gcp", "studio:cluster:Gke").get(cloud);
        var expected = Stream.of(cluster, "studio:platform:Platform", "studio:security:AccessControl", "studio:workload:FastapiBackend")
                .sorted().toList();
        assertEquals(expected, ArchitectureRules.layerTypes(Graphs.stack(stack, overrides)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void addonsWaitOnlyForTheAddonsTheyDeclare(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertTrue(ArchitectureRules.addonOf(graph).values().stream().distinct().count() >= 3, "several add-ons are installed");
        assertEquals(List.of(), ArchitectureRules.addonsWaitOnlyForDeclaredAddons(graph));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void aPrivilegedNamespaceIsDeclaredSoWithItsReason(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertEquals(List.of(), ArchitectureRules.privilegedNamespacesSayWhy(graph));
        var privileged = graph.ofType("kubernetes:core/v1:Namespace").stream()
                .filter(n -> "privileged".equals(((Map<?, ?>) n.at("metadata.labels")).get("pod-security.kubernetes.io/enforce")))
                .map(n -> n.at("metadata.name")).sorted().toList();
        assertEquals(List.of("log-shipper", "monitoring"), privileged, "node-exporter's and the log shipper's, nothing else");
    }

    @Test
    void aPrivilegedNamespaceNoAddonExplainsIsCaught() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new Namespace("loose", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("loose").labels(Map.of("pod-security.kubernetes.io/enforce", "privileged")).build())
                .build(), KubeOptions.of(cluster, null)));
        assertEquals(List.of("namespace loose is Pod Security privileged, but no add-on declares it so with the reason"),
                ArchitectureRules.privilegedNamespacesSayWhy(graph));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyCustomResourceWaitsForTheReleaseThatInstallsItsCrd(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertFalse(graph.resources().stream().noneMatch(r -> r.type().startsWith("kubernetes:gateway.networking.k8s.io")));
        assertEquals(List.of(), ArchitectureRules.customResourcesWaitForAReleaseWithTheirCrd(graph));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyAddonContainerHasRequestsAndAMemoryLimit(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertTrue(graph.resources().stream().filter(r -> r.at("declarations.containers") instanceof Map<?, ?> m && !m.isEmpty()).count() >= 3);
        assertEquals(List.of(), ArchitectureRules.addonContainersHaveRequestsAndMemoryLimits(graph));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyKubernetesAndCommandResourcePinsTheCurrentPlugin(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertEquals(List.of(), ArchitectureRules.pluginsPinned(graph, "kubernetes", KubernetesProviders.PLUGIN_VERSION));
        assertEquals(List.of(), ArchitectureRules.pluginsPinned(graph, "command", CommandPlugin.VERSION));
        assertFalse(graph.ofType("pulumi:providers:kubernetes").isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void everyAwsAndGcpResourcePinsTheNewestPluginOfItsSdksMajor(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertEquals(List.of(), ArchitectureRules.pluginsPinned(graph, "aws", CloudPlugins.AWS));
        assertEquals(List.of(), ArchitectureRules.pluginsPinned(graph, "gcp", CloudPlugins.GCP));
    }

    @Test
    void aCloudResourceOnTheSdksOwnPluginVersionIsCaught() {
        var graph = Graphs.program(ctx -> new com.pulumi.aws.s3.BucketV2("old", com.pulumi.aws.s3.BucketV2Args.builder().build(),
                com.pulumi.resources.CustomResourceOptions.builder().provider(new com.pulumi.aws.Provider("aws")).build()));
        assertEquals(2, ArchitectureRules.pluginsPinned(graph, "aws", CloudPlugins.AWS).size(), "the provider and the bucket");
    }

    @Test
    void aResourceOnTheSdksOwnPluginVersionIsCaught() {
        var graph = Graphs.program(ctx -> new Namespace("old", NamespaceArgs.builder().build()));
        assertEquals(1, ArchitectureRules.pluginsPinned(graph, "kubernetes", KubernetesProviders.PLUGIN_VERSION).size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void theLongestChainOfWaitsStaysWithinItsBound(String stack, Map<String, String> overrides) {
        assertEquals(List.of(), ArchitectureRules.chainLongerThan(Graphs.stack(stack, overrides), MAX_CHAIN));
    }

    // Twins: each rule sees a graph that breaks it.

    @Test
    void aKubernetesResourceOnTheAmbientKubeconfigIsCaught() {
        var graph = Graphs.program(ctx -> new Namespace("stray", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("stray").build()).build()));
        assertEquals(1, ArchitectureRules.kubernetesResourcesUseTheClusterProvider(graph).size());
    }

    @Test
    void aKubernetesResourceOnAProviderOutsideTheClusterLayerIsCaught() {
        var graph = Graphs.program(ctx -> {
            var provider = new com.pulumi.kubernetes.Provider("rogue");
            new Namespace("stray", NamespaceArgs.builder().metadata(ObjectMetaArgs.builder().name("stray").build()).build(),
                    CustomResourceOptions.builder().provider(provider).build());
        });
        var violations = ArchitectureRules.kubernetesResourcesUseTheClusterProvider(graph);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("not a provider of the cluster layer"));
    }

    @Test
    void aCloudResourceOnTheDefaultProviderIsCaught() {
        var graph = Graphs.program(ctx -> {
            new BucketV2("ambient");
            new BucketV2("explicit", null, CustomResourceOptions.builder().provider(new Provider("aws")).build());
        });
        assertEquals(1, ArchitectureRules.cloudResourcesUseAnExplicitProvider(graph).size());
    }

    @Test
    void aComponentWithAForeignTypeTokenIsCaught() {
        var graph = Graphs.program(ctx -> new ComponentResource("acme:Thing", "thing", ComponentResourceOptions.Empty));
        assertEquals(1, ArchitectureRules.componentsHaveStudioTypeTokens(graph).size());
    }

    /** Add-on "a" offers a namespace; add-on "b" puts an object in it and so waits for it. */
    static final AddonId<Offers> A = AddonId.of("a", Offers.class);
    static final AddonId<Uses> B = AddonId.of("b", Uses.class);

    static final class Offers extends AddonComponent {
        final Namespace namespace;

        Offers(AddonContext context) {
            super("studio:platform:Offers", context, Map.of());
            this.namespace = new Namespace("a-namespace", NamespaceArgs.builder().build(), KubeOptions.of(context.cluster(), this));
            registerOutputs(Map.of());
        }
    }

    static final class Uses extends AddonComponent {
        Uses(AddonContext context, Resource needed) {
            super("studio:platform:Uses", context, Map.of());
            new Namespace("b-namespace", NamespaceArgs.builder().build(), KubeOptions.of(context.cluster(), this, needed));
            registerOutputs(Map.of());
        }
    }

    /** Installs "a" and "b" where b waits for a's namespace, with or without declaring a. */
    static ResourceGraph twoAddons(boolean declared) {
        var offered = new AtomicReference<Offers>();
        var a = Addon.of(A, context -> {
            offered.set(new Offers(context));
            return offered.get();
        });
        // Undeclared, b can reach a's namespace only behind the installer's back, as a shared field would.
        var b = Addon.of(B, declared ? List.of(A) : List.of(),
                context -> new Uses(context, declared ? context.require(A).namespace : offered.get().namespace));
        return Graphs.component(Cloud.KIND, cluster -> {
            var platform = new ComponentResource("studio:platform:Platform", "platform", ComponentResourceOptions.Empty);
            return AddonInstaller.install(List.of(a, b), cluster, platform);
        });
    }

    @Test
    void anAddonThatDeclaresTheAddonItWaitsForPasses() {
        var graph = twoAddons(true);
        assertTrue(graph.named("b-namespace").dependsOn(graph.named("a-namespace")));
        assertEquals(Map.of("a", List.of(), "b", List.of("a")), ArchitectureRules.declaredRequirements(graph));
        assertEquals(List.of(), ArchitectureRules.addonsWaitOnlyForDeclaredAddons(graph));
    }

    @Test
    void anAddonWaitingForAnotherItDidNotDeclareIsCaught() {
        var violations = ArchitectureRules.addonsWaitOnlyForDeclaredAddons(twoAddons(false));
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("(add-on b) waits for"), violations.get(0));
        assertTrue(violations.get(0).endsWith("which b does not declare"), violations.get(0));
    }

    @Test
    void aCustomResourceThatWaitsForNoReleaseIsCaught() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new KubernetesCustomResource("loose",
                ObjectMetaArgs.builder().name("loose").build(),
                new ClusterIssuerSpec.SelfSigned(), KubeOptions.of(cluster, null)));
        var violations = ArchitectureRules.customResourcesWaitForAReleaseWithTheirCrd(graph);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("ClusterIssuer::loose"), violations.get(0));
    }

    @Test
    void aVolumeSnapshotClassOnEksThatDoesNotWaitForTheSnapshotControllerIsCaught() {
        var graph = Graphs.stack("prod");
        var snapshotClass = graph.ofType("kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotClass").get(0);
        assertEquals(List.of(), ArchitectureRules.customResourcesWaitForAReleaseWithTheirCrd(graph));
        var broken = new ResourceGraph(graph.resources().stream()
                .map(r -> r == snapshotClass ? com.agenticstudio.platform.addons.AddonGraphs.eager(r) : r).toList(), Map.of(), List.of());
        assertEquals(1, ArchitectureRules.customResourcesWaitForAReleaseWithTheirCrd(broken).size());
    }

    @Test
    void anAddonContainerWithoutAMemoryLimitIsCaught() {
        var graph = Graphs.stack("prod");
        var release = graph.ofType("kubernetes:helm.sh/v3:Release").stream().filter(r -> r.name().equals("cert-manager")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var values = new java.util.HashMap<>((Map<String, Object>) release.inputs().get("values"));
        values.put("webhook", Map.of("replicaCount", 2, "resources", Map.of("requests", Map.of("cpu", "10m", "memory", "64Mi"))));
        var inputs = new java.util.HashMap<>(release.inputs());
        inputs.put("values", values);
        var broken = new RecordedResource(release.urn(), release.type(), release.name(), true, release.parent(), release.provider(),
                release.dependencies(), release.options(), inputs);
        var resources = graph.resources().stream().map(r -> r == release ? broken : r).toList();
        assertEquals(List.of("cert-manager container webhook has no limits.memory at values.webhook.resources"),
                ArchitectureRules.addonContainersHaveRequestsAndMemoryLimits(new ResourceGraph(resources, Map.of(), List.of())));
    }

    @Test
    void aChainLongerThanTheBoundIsCaught() {
        var graph = Graphs.program(ctx -> {
            Resource previous = null;
            for (int i = 0; i <= 3; i++) {
                var options = CustomResourceOptions.builder();
                if (previous != null) {
                    options.dependsOn(previous);
                }
                previous = new Namespace("link-" + i, NamespaceArgs.builder().build(), options.build());
            }
        });
        assertEquals(List.of(), ArchitectureRules.chainLongerThan(graph, 4));
        assertEquals(1, ArchitectureRules.chainLongerThan(graph, 3).size());
    }
}
