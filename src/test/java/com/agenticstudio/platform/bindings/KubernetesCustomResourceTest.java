package com.agenticstudio.platform.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesCustomResourceTest {
    private static final CrdKind WIDGET = CrdKind.namespaced("widgets.example.com", "v1beta1", "Widget");
    private static final CrdKind CLUSTER_WIDGET = CrdKind.clusterScoped("widgets.example.com", "v1", "ClusterWidget");

    /** The smallest spec: a kind, and a wire form with a number, a nested map and a list. */
    private record WidgetSpec(CrdKind crdKind, int size) implements CustomResourceSpec {
        @Override
        public Map<String, Object> toWire() {
            return Map.of("size", size, "shape", Map.of("sides", 3), "colours", List.of("red", "blue"));
        }
    }

    private static ResourceGraph declare(CrdKind kind, ObjectMetaArgs metadata) {
        return Graphs.component(Cloud.AWS, cluster ->
                new KubernetesCustomResource("widget", metadata, new WidgetSpec(kind, 7), KubeOptions.of(cluster, null)));
    }

    private static String failureOf(CrdKind kind, ObjectMetaArgs metadata) {
        return assertThrows(AssertionError.class, () -> declare(kind, metadata)).getMessage();
    }

    @Test
    void aNamespacedResourceCarriesApiVersionKindMetadataAndSpecUnderItsTypeToken() {
        var widget = declare(WIDGET, ObjectMetaArgs.builder().name("w1").namespace("shop").build()).named("widget");
        assertEquals("kubernetes:widgets.example.com/v1beta1:Widget", widget.type());
        assertTrue(widget.custom());
        assertEquals("widgets.example.com/v1beta1", widget.at("apiVersion"));
        assertEquals("Widget", widget.at("kind"));
        assertEquals("w1", widget.at("metadata.name"));
        assertEquals("shop", widget.at("metadata.namespace"));
        assertEquals(7L, widget.at("spec.size"));
        assertEquals(3L, widget.at("spec.shape.sides"));
        assertEquals(List.of("red", "blue"), widget.at("spec.colours"));
    }

    /** A spec value the program only knows once another resource exists, as CustomResourceSpec allows. */
    private record LateSpec(Output<String> owner) implements CustomResourceSpec {
        @Override
        public CrdKind crdKind() {
            return WIDGET;
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("owner", Map.of("name", owner));
        }
    }

    @Test
    void anOutputInsideTheSpecIsSentAsItsValue() {
        var graph = Graphs.component(Cloud.AWS, cluster -> new KubernetesCustomResource("widget",
                ObjectMetaArgs.builder().name("w1").namespace("shop").build(), new LateSpec(Output.of("studio")),
                KubeOptions.of(cluster, null)));
        assertEquals("studio", graph.named("widget").at("spec.owner.name"));
    }

    @Test
    void aClusterScopedResourceHasNoNamespace() {
        var widget = declare(CLUSTER_WIDGET, ObjectMetaArgs.builder().name("w1").build()).named("widget");
        assertEquals("kubernetes:widgets.example.com/v1:ClusterWidget", widget.type());
        assertEquals("w1", widget.at("metadata.name"));
        assertFalse(((Map<?, ?>) widget.at("metadata")).containsKey("namespace"));
    }

    @Test
    void itUsesTheClustersExplicitProvider() {
        var graph = declare(WIDGET, ObjectMetaArgs.builder().name("w1").namespace("shop").build());
        assertEquals(graph.named("test-k8s").urn(), graph.named("widget").providerUrn());
        assertEquals("pulumi:providers:kubernetes", graph.named("test-k8s").type());
    }

    @Test
    void aNamespacedKindWithoutANamespaceIsRefused() {
        var message = failureOf(WIDGET, ObjectMetaArgs.builder().name("w1").build());
        assertTrue(message.contains("a Widget is namespaced and needs metadata.namespace"), message);
    }

    @Test
    void aClusterScopedKindWithANamespaceIsRefused() {
        var message = failureOf(CLUSTER_WIDGET, ObjectMetaArgs.builder().name("w1").namespace("shop").build());
        assertTrue(message.contains("a ClusterWidget is cluster-scoped and takes no metadata.namespace"), message);
    }

    @Test
    void anObjectWithoutANameIsRefused() {
        var message = failureOf(WIDGET, ObjectMetaArgs.builder().namespace("shop").build());
        assertTrue(message.contains("a Widget needs metadata.name"), message);
    }

    @Test
    void aKindRendersItsApiVersionAndTypeToken() {
        var kind = CrdKind.namespaced("gateway.envoyproxy.io", "v1alpha1", "EnvoyProxy");
        assertEquals("gateway.envoyproxy.io/v1alpha1", kind.apiVersion());
        assertEquals("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", kind.typeToken());
        assertTrue(kind.namespaced());
        assertFalse(CrdKind.clusterScoped("cert-manager.io", "v1", "ClusterIssuer").namespaced());
    }

    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource({
            "Example.com, v1, Widget",      // upper-case group
            "widgets, v1, Widget",          // a core-style group without a domain
            "widgets.example.com., v1, Widget",
            "widgets.example.com, 1, Widget",
            "widgets.example.com, v1gamma1, Widget",
            "widgets.example.com, v1, widget",
            "widgets.example.com, v1, Wid-get",
    })
    void aMalformedGroupVersionOrKindIsRefused(String group, String version, String kind) {
        var failure = assertThrows(IllegalArgumentException.class, () -> CrdKind.namespaced(group, version, kind));
        assertEquals("not a custom resource kind: " + group + "/" + version + " " + kind, failure.getMessage());
    }

    @Test
    void anEmptyNameOrNamespaceIsNoName() {
        assertTrue(failureOf(WIDGET, ObjectMetaArgs.builder().name("").namespace("shop").build()).contains("needs metadata.name"));
        assertTrue(failureOf(WIDGET, ObjectMetaArgs.builder().name("w").namespace("").build()).contains("needs metadata.namespace"));
    }
}
