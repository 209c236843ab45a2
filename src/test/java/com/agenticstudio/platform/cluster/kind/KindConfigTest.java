package com.agenticstudio.platform.cluster.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.testing.Graphs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The kind config the dev cluster is created from, read back the way kind reads it: as YAML. */
class KindConfigTest {

    static KindCluster.Options options(Map<String, String> overrides) {
        var settings = Graphs.settings("dev", overrides);
        return KindCluster.Options.from(settings, (ClusterSettings.Kind) settings.cluster().placement());
    }

    static KindCluster.Options devOptions() {
        return options(Map.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> nodes(Map<String, Object> config) {
        return (List<Map<String, Object>>) config.get("nodes");
    }

    static Map<String, Object> rendered(KindCluster.Options options) {
        return parse(KindConfig.from(options).toYaml());
    }

    @SuppressWarnings("unchecked")
    static String nodeLabelsOf(Map<String, Object> node) {
        var patches = (List<String>) node.get("kubeadmConfigPatches");
        if (patches == null) {
            return null;
        }
        for (var patch : patches) {
            var parsed = parse(patch);
            if ("InitConfiguration".equals(parsed.get("kind"))) {
                var registration = (Map<String, Object>) parsed.get("nodeRegistration");
                var args = (Map<String, Object>) registration.get("kubeletExtraArgs");
                return (String) args.get("node-labels");
            }
        }
        return null;
    }

    @Test
    void itIsAKindV1alpha4ClusterNamedAfterTheSettings() {
        var config = rendered(devOptions());
        assertEquals("Cluster", config.get("kind"));
        assertEquals("kind.x-k8s.io/v1alpha4", config.get("apiVersion"));
        assertEquals("studio-dev", config.get("name"));
    }

    @Test
    void podAndServiceSubnetsComeFromTheAddressPlan() {
        var settings = Graphs.settings("dev", Map.of("podCidr", "10.128.0.0/14", "serviceCidr", "10.132.0.0/16"));
        var options = KindCluster.Options.from(settings, (ClusterSettings.Kind) settings.cluster().placement());
        assertEquals(Map.of("podSubnet", "10.128.0.0/14", "serviceSubnet", "10.132.0.0/16"), rendered(options).get("networking"));
    }

    @Test
    void oneControlPlaneAndTheConfiguredWorkers() {
        var roles = nodes(rendered(options(Map.of("kindWorkers", "3")))).stream().map(n -> n.get("role")).toList();
        assertEquals(List.of("control-plane", "worker", "worker", "worker"), roles);
        var devRoles = nodes(rendered(devOptions())).stream().map(n -> n.get("role")).toList();
        assertEquals(List.of("control-plane", "worker"), devRoles, "Pulumi.dev.yaml asks for one worker");
    }

    @Test
    void onlyTheControlPlanePublishesPorts() {
        var worker = nodes(rendered(options(Map.of("kindWorkers", "2")))).get(1);
        assertNull(worker.get("extraPortMappings"), "only the control-plane node publishes host ports");
        assertNull(worker.get("kubeadmConfigPatches"), "no node needs a label for the edge");
    }

    @Test
    void theControlPlanePublishesTheEdgesNodePortsOnTheConfiguredHostPorts() {
        var controlPlane = nodes(rendered(options(Map.of("kindHttpPort", "8080", "kindHttpsPort", "8443")))).get(0);
        assertEquals(List.of(
                Map.of("containerPort", KindConfig.HTTP_NODE_PORT, "hostPort", 8080, "protocol", "TCP"),
                Map.of("containerPort", KindConfig.HTTPS_NODE_PORT, "hostPort", 8443, "protocol", "TCP")),
                controlPlane.get("extraPortMappings"));
    }

    @Test
    void everyNodeRunsTheImagePinnedByDigest() {
        var image = "kindest/node:v1.35.8@sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0";
        for (var node : nodes(rendered(options(Map.of("kindWorkers", "2"))))) {
            assertEquals(image, node.get("image"), node.get("role") + " names its image");
        }
    }

    @Test
    void extraMountsAreOnEveryNode() {
        var options = options(Map.of("kindWorkers", "2", "kindExtraMounts", "[\"/srv/models:/models:ro\", \"/srv/cache:/cache\"]"));
        var expected = List.of(
                Map.of("hostPath", "/srv/models", "containerPath", "/models", "readOnly", true),
                Map.of("hostPath", "/srv/cache", "containerPath", "/cache", "readOnly", false));
        var nodes = nodes(rendered(options));
        assertEquals(3, nodes.size());
        for (var node : nodes) {
            assertEquals(expected, node.get("extraMounts"), node.get("role") + " sees the mounts");
        }
    }

    @Test
    void withoutMountsNoNodeHasAMountList() {
        nodes(rendered(devOptions())).forEach(node -> assertNull(node.get("extraMounts")));
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(KindConfig.from(devOptions()).toYaml(), KindConfig.from(devOptions()).toYaml());
        assertTrue(KindConfig.from(devOptions()).toYaml().startsWith("kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n"));
    }

    @Test
    void anyChangeOfTheLayoutChangesTheRenderedConfig() {
        var base = KindConfig.from(devOptions()).toYaml();
        assertNotEquals(base, KindConfig.from(options(Map.of("kindWorkers", "2"))).toYaml());
        assertNotEquals(base, KindConfig.from(options(Map.of("kindHttpPort", "8080"))).toYaml());
    }

    @Test
    void settingsOutsideTheClusterLeaveTheConfigAlone() {
        assertEquals(KindConfig.from(devOptions()).toYaml(),
                KindConfig.from(options(Map.of("appImageTag", "other", "hpaMaxReplicas", "5"))).toYaml());
    }

    @Test
    void aClusterWithoutAControlPlaneIsRefused() {
        var worker = new KindConfig.Node(KindConfig.Role.WORKER, "img", List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class,
                () -> new KindConfig("x", new KindConfig.Networking("10.0.0.0/16", "10.1.0.0/16"), List.of(worker)));
    }
}
