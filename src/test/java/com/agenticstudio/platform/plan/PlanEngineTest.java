package com.agenticstudio.platform.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import com.google.common.collect.ImmutableMap;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.test.Mocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanEngineTest {
    private static ResourceGraph graph;

    /** A small program that uses every feature the plan must record. */
    @BeforeAll
    static void plan() {
        graph = Graphs.program(ctx -> {
            var component = new ComponentResource("studio:test:Box", "box", ComponentResourceOptions.Empty);
            var provider = new Provider("k8s", ProviderArgs.builder().kubeconfig(Output.ofSecret("kubeconfig")).build(),
                    CustomResourceOptions.builder().parent(component).build());
            var namespace = new Namespace("ns", NamespaceArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name("apps").build()).build(),
                    CustomResourceOptions.builder().provider(provider).parent(component).protect(true)
                            .ignoreChanges(List.of("metadata.labels")).build());
            var settings = new ConfigMap("settings", ConfigMapArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name("settings").namespace(namespace.metadata().applyValue(m -> m.name().orElseThrow())).build())
                    .data(Map.of("mode", "plan")).build(),
                    CustomResourceOptions.builder().provider(provider).parent(component)
                            .customTimeouts(CustomTimeouts.builder().create(Duration.ofMinutes(5)).build())
                            .additionalSecretOutputs(List.of("data")).build());
            new Secret("db", SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name("db").namespace("apps").build())
                    .stringData(Output.ofSecret(Map.of("url", "postgresql://user:hunter2@db/app"))).build(),
                    CustomResourceOptions.builder().provider(provider).parent(component).dependsOn(settings)
                            .deleteBeforeReplace(true).retainOnDelete(true).build());
            ctx.export("namespace", Output.of("apps"));
            ctx.export("password", Output.ofSecret("hunter2"));
        });
    }

    @Test
    void twoResourcesOfOneTypeAndNameUnderOneParentFailThePlanAsTheEngineWould() {
        var run = PlanEngine.run(new StackConfig("test", Map.of(), java.util.Set.of(), java.util.Set.of(), List.of()), ctx -> {
            new ConfigMap("same", ConfigMapArgs.builder().metadata(ObjectMetaArgs.builder().name("a").build()).build());
            new ConfigMap("same", ConfigMapArgs.builder().metadata(ObjectMetaArgs.builder().name("b").build()).build());
        });
        assertFalse(run.ok());
        assertTrue(run.problems().stream().anyMatch(p -> p.contains("Duplicate resource URN")
                && p.contains("kubernetes:core/v1:ConfigMap::same")), String.valueOf(run.problems()));
        assertTrue(PlanEngine.run(new StackConfig("test", Map.of(), java.util.Set.of(), java.util.Set.of(), List.of()), ctx -> {
            new ConfigMap("one", ConfigMapArgs.builder().metadata(ObjectMetaArgs.builder().name("a").build()).build());
            new ConfigMap("two", ConfigMapArgs.builder().metadata(ObjectMetaArgs.builder().name("b").build()).build());
        }).ok(), "the twin: two names");
    }

    @Test
    void recordsEveryRegistrationInOrderWithItsUrnAndParent() {
        var types = graph.resources().stream().map(RecordedResource::type).toList();
        assertEquals(List.of("pulumi:pulumi:Stack", "studio:test:Box", "pulumi:providers:kubernetes",
                "kubernetes:core/v1:Namespace", "kubernetes:core/v1:ConfigMap", "kubernetes:core/v1:Secret"), types);
        var box = graph.named("box");
        assertFalse(box.custom());
        assertEquals("urn:pulumi:test::studio-platform::studio:test:Box::box", box.urn());
        assertEquals(box.urn(), graph.named("ns").parent());
        assertEquals("urn:pulumi:test::studio-platform::studio:test:Box$kubernetes:core/v1:Namespace::ns", graph.named("ns").urn());
    }

    @Test
    void urnsAreNamedAsThePulumiEngineNamesThem() {
        assertTrue(graph.resources().stream().skip(1).noneMatch(r -> r.urn().contains("pulumi:pulumi:Stack$")));
        assertEquals(graph.resources().get(0).urn(), graph.named("box").parent(), "top-level components hang off the stack");
    }

    @Test
    void recordsTheExplicitProvider() {
        var provider = graph.named("k8s");
        assertEquals(provider.urn(), graph.named("ns").providerUrn());
        assertNull(graph.named("box").provider());
    }

    @Test
    void recordsImplicitAndExplicitDependencies() {
        var settings = graph.named("settings");
        assertTrue(settings.dependsOn(graph.named("ns")), "implicit, through metadata.namespace");
        assertTrue(graph.named("db").dependsOn(settings), "explicit dependsOn");
        assertFalse(graph.named("ns").dependsOn(settings));
    }

    @Test
    void recordsResourceOptions() {
        var ns = graph.named("ns").options();
        assertTrue(ns.protect());
        assertEquals(List.of("metadata.labels"), ns.ignoreChanges());
        assertEquals("300000000000ns", graph.named("settings").options().customTimeouts().get("create"), "as the SDK sends it");
        var db = graph.named("db").options();
        assertTrue(db.deleteBeforeReplace());
        assertTrue(db.retainOnDelete());
        assertFalse(db.protect());
    }

    @Test
    void recordsSecretOutputsAndThePinnedPluginVersion() {
        assertEquals(List.of("data"), graph.named("settings").options().additionalSecretOutputs());
        assertEquals(List.of("data", "stringData"), graph.named("db").options().additionalSecretOutputs(), "the SDK's own, once each");
        assertEquals("4.0.0", graph.named("ns").options().version(), "generated SDKs pin their plugin");
        assertEquals(List.of(), graph.named("ns").options().additionalSecretOutputs());
    }

    @Test
    void secretInputsAndOutputsAreMasked() {
        assertEquals(Map.of("url", ProtoValues.SECRET), graph.named("db").inputs().get("stringData"), "keys stay, values go");
        assertEquals(ProtoValues.SECRET, graph.named("k8s").inputs().get("kubeconfig"));
        assertEquals(ProtoValues.SECRET, graph.outputs().get("password"));
        assertEquals("apps", graph.outputs().get("namespace"));
    }

    @Test
    void aProviderFunctionIsAnsweredWithAMarkedPlaceholderAndListed() {
        var token = "aws:index/getCallerIdentity:getCallerIdentity";
        var called = Graphs.program(ctx -> ctx.export("identity", Output.of(
                Deployment.getInstance().invokeAsync(token, InvokeArgs.Empty).thenApply(ignored -> "called"))));
        assertEquals(List.of(token), called.invokes());
        assertEquals(Map.of(PlanMocks.PLACEHOLDER_KEY, "plan-placeholder:" + token),
                new PlanMocks().callAsync(new Mocks.CallArgs(token, ImmutableMap.of(), "")).join());
        assertEquals(List.of(), graph.invokes(), "the twin: a program that calls none lists none");
    }

    @Test
    void manifestsHoldOnlyKubernetesObjectsWithApiVersionKindAndMetadataFirst() {
        var manifests = graph.manifests();
        assertEquals(3, manifests.size());
        assertEquals(List.of("apiVersion", "kind", "metadata"), List.copyOf(manifests.get(1).keySet()).subList(0, 3));
        assertEquals("ConfigMap", manifests.get(1).get("kind"));
        assertEquals(Map.of("mode", "plan"), manifests.get(1).get("data"));
    }
}
