package com.agenticstudio.platform.addons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.kube.KubeOptions;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declared requirements become dependency edges; everything else installs in parallel. */
class AddonInstallerTest {

    /** An add-on with one Kubernetes object: waiting on a component means waiting on its children. */
    private static Addon addon(String name) {
        return Addon.of(name, context -> {
            var component = new ComponentResource("studio:platform:" + name.toUpperCase(), name, context.options());
            new Namespace(name + "-namespace", NamespaceArgs.builder().metadata(ObjectMetaArgs.builder().name(name).build()).build(),
                    KubeOptions.of(context.cluster(), component));
            return component;
        });
    }

    private static ResourceGraph install(List<Addon> addons) {
        return Graphs.component(Cloud.KIND, cluster -> AddonInstaller.install(addons,
                cluster, new ComponentResource("studio:platform:Platform", "platform", ComponentResourceOptions.Empty)));
    }

    @Test
    void anAddonWaitsForExactlyTheAddonsItRequiresWhateverTheDeclarationOrder() {
        var graph = install(List.of(addon("issuers").after("crds"), addon("crds"), addon("metrics")));
        assertTrue(graph.named("issuers").dependsOn(graph.named("crds-namespace")));
        assertEquals(List.of(), graph.named("crds").dependencies());
        assertEquals(List.of(), graph.named("metrics").dependencies(), "an add-on that requires nothing waits for nothing");
    }

    @Test
    void aRequirementThatIsNotInstalledIsRefused() {
        var error = assertThrows(AssertionError.class,
                () -> install(List.of(addon("issuers").after("crds"))));
        assertTrue(error.getMessage().contains("add-on issuers requires crds, which is not installed"), error.getMessage());
    }

    @Test
    void aCycleIsRefused() {
        var error = assertThrows(AssertionError.class,
                () -> install(List.of(addon("a").after("b"), addon("b").after("a"))));
        assertTrue(error.getMessage().contains("add-on requirements form a cycle among [a, b]"), error.getMessage());
    }
}
