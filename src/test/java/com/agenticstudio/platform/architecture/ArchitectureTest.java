package com.agenticstudio.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.aws.Provider;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layering rules, over the real program for every stack file (and both clouds). */
class ArchitectureTest {

    static Stream<Arguments> stacks() {
        return Stream.of(Arguments.of("dev", Map.of()), Arguments.of("staging", Map.of()), Arguments.of("prod", Map.of()),
                Arguments.of("staging", Map.of("cloud", "gcp")), Arguments.of("prod", Map.of("cloud", "gcp")));
    }

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
    void independentAddonsInstallInParallel(String stack, Map<String, String> overrides) {
        var graph = Graphs.stack(stack, overrides);
        assertTrue(ArchitectureRules.addonOf(graph).values().stream().distinct().count() >= 3, "several add-ons are installed");
        assertEquals(List.of(), ArchitectureRules.independentAddonsDoNotWaitForEachOther(graph));
    }

    @Test
    void theLongestChainOfWaitsIsShort() {
        // cluster -> nodes -> provider -> release -> custom resource -> workload: the depth pulumi up pays for.
        var chain = ArchitectureRules.longestDependencyChain(Graphs.stack("prod"));
        assertTrue(chain.size() <= 14, () -> "chain of " + chain.size() + ":\n  " + String.join("\n  ", chain));
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

    @Test
    void anAddonWaitingForAnotherIsCaught() {
        ResourceGraph graph = Graphs.program(ctx -> {
            var platform = new ComponentResource("studio:platform:Platform", "platform", ComponentResourceOptions.Empty);
            var a = new ComponentResource("studio:platform:A", "a", ComponentResourceOptions.builder().parent(platform).build());
            var b = new ComponentResource("studio:platform:B", "b", ComponentResourceOptions.builder().parent(platform).build());
            var first = new Namespace("first", NamespaceArgs.builder().build(), CustomResourceOptions.builder().parent(a).build());
            new Namespace("second", NamespaceArgs.builder().build(), CustomResourceOptions.builder().parent(b).dependsOn(first).build());
        });
        assertEquals(1, ArchitectureRules.independentAddonsDoNotWaitForEachOther(graph).size());
        assertFalse(ArchitectureRules.longestDependencyChain(graph).isEmpty());
    }
}
