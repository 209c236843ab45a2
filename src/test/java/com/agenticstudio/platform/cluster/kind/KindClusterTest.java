package com.agenticstudio.platform.cluster.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.bindings.command.local.Command;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.testing.DeclaredCluster;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dev cluster as the engine would see it: the kind commands, the provider on their kubeconfig, the image loader. */
class KindClusterTest {
    private static final String CLUSTER = "studio-dev-kind";
    private static final String LOADER = "fastapi-backend-load-app-image";
    private static final Map<Map<String, String>, DeclaredCluster> DECLARED = new ConcurrentHashMap<>();

    /** The kind cluster alone, for Pulumi.dev.yaml plus overrides. */
    static DeclaredCluster declare(Map<String, String> overrides) {
        return DECLARED.computeIfAbsent(overrides, o -> {
            var options = KindConfigTest.options(o);
            return DeclaredCluster.declare(() -> new KindCluster("studio-dev", options, ComponentResourceOptions.Empty),
                    List.of());
        });
    }

    static RecordedResource cluster(Map<String, String> overrides) {
        return declare(overrides).graph().named(CLUSTER);
    }

    static String script(RecordedResource command, String step) {
        return (String) command.at(step);
    }

    /** kind reads and writes $KUBECONFIG (default ~/.kube/config); a script is safe when it points it elsewhere first. */
    static boolean keepsTheUsersKubeconfig(String script) {
        var scratch = script.indexOf("export KUBECONFIG=\"$scratch/kubeconfig\"");
        var kind = Pattern.compile("kind (create|delete) cluster").matcher(script);
        return !script.contains(".kube/config") && (!kind.find() || (scratch >= 0 && scratch < kind.start()));
    }

    @Test
    void createRunsKindWithTheRenderedConfigOnStdinAndPrintsTheKubeconfig() {
        var command = cluster(Map.of());
        var create = script(command, "create");
        assertTrue(create.startsWith("set -euo pipefail\n"), create);
        assertTrue(create.contains("kind create cluster --name studio-dev --config - --wait 120s >&2"), create);
        assertTrue(create.endsWith("kind get kubeconfig --name studio-dev"), "the kubeconfig is the last thing printed");
        assertEquals(List.of("/bin/bash", "-c"), command.at("interpreter"));
        assertEquals(KindConfig.from(KindConfigTest.options(Map.of())).toYaml(), command.at("stdin"));
    }

    @Test
    void destroyDeletesTheKindCluster() {
        var delete = script(cluster(Map.of()), "delete");
        assertTrue(delete.contains("kind delete cluster --name studio-dev"), delete);
    }

    @Test
    void anUpdateOnlyReReadsTheKubeconfig() {
        assertEquals("set -euo pipefail\nkind get kubeconfig --name studio-dev", script(cluster(Map.of()), "update"));
    }

    @Test
    void noStepTouchesTheUsersKubeconfig() {
        var command = cluster(Map.of());
        for (var step : List.of("create", "update", "delete")) {
            assertTrue(keepsTheUsersKubeconfig(script(command, step)), step);
        }
    }

    @Test
    void aKindCallOnTheAmbientKubeconfigIsCaught() {
        assertFalse(keepsTheUsersKubeconfig("kind create cluster --name x"));
        assertFalse(keepsTheUsersKubeconfig("kind delete cluster --name x --kubeconfig ~/.kube/config"));
    }

    @Test
    void theTriggersAreTheNameTheNodeImageAndTheWholeConfig() {
        var options = KindConfigTest.options(Map.of());
        assertEquals(List.of("studio-dev", options.nodeImage(), KindConfig.from(options).toYaml()), cluster(Map.of()).at("triggers"));
    }

    @Test
    void aConfigChangeReplacesTheCluster() {
        assertNotEquals(cluster(Map.of()).at("triggers"), cluster(Map.of("kindWorkers", "2")).at("triggers"));
        assertNotEquals(cluster(Map.of()).at("triggers"), cluster(Map.of("kindHttpPort", "8080")).at("triggers"));
    }

    @Test
    void aChangeOutsideTheClusterDoesNotReplaceIt() {
        assertEquals(cluster(Map.of()).at("triggers"), cluster(Map.of("appImageTag", "next")).at("triggers"));
    }

    @Test
    void theOldClusterGoesBeforeItsReplacementComesBecauseBothHaveOneName() {
        var options = cluster(Map.of()).options();
        assertTrue(options.deleteBeforeReplace());
        assertNotNull(options.customTimeouts().get("create"));
        assertFalse(options.protect(), "dev holds no data worth protecting");
    }

    @Test
    void theKubeconfigOnStdoutIsSecretAndNeverLogged() {
        var options = KindCluster.clusterCommandOptions(null, null, Environment.DEV);
        assertEquals(List.of("stdout"), options.getAdditionalSecretOutputs());
        var command = cluster(Map.of());
        assertEquals("stderr", command.at("logging"));
        assertEquals(false, command.at("addPreviousOutputInEnv"), "later runs get no copy of the kubeconfig in their environment");
    }

    @Test
    void theKubernetesProviderReadsTheCommandsKubeconfigAsASecretAndWaitsForTheCluster() {
        var graph = declare(Map.of()).graph();
        var providers = graph.ofType("pulumi:providers:kubernetes");
        assertEquals(1, providers.size());
        var provider = providers.get(0);
        assertEquals("[secret]", provider.at("kubeconfig"));
        assertTrue(provider.dependsOn(graph.named(CLUSTER)));
        assertEquals(graph.ofType(KindCluster.TYPE).get(0).urn(), provider.parent());
    }

    @Test
    void clusterInfoDescribesALocalSingleHostCluster() {
        var info = declare(Map.of()).info();
        assertEquals("studio-dev", info.name());
        assertEquals("1.35", info.kubernetesVersion());
        assertEquals(new ClusterLocation.Kind(KindConfig.HTTP_NODE_PORT, KindConfig.HTTPS_NODE_PORT), info.location());
        assertEquals(List.of(), info.zones());
        assertFalse(info.multiZone());
        assertEquals(WorkloadIdentity.NONE, info.identity());
        assertEquals("standard", info.storageClass(), "kind's own local-path class; the cluster layer declares none");
    }

    @Test
    void everyCommandRunsOnTheExplicitCommandProvider() {
        var graph = declare(Map.of()).graph();
        var commandProviders = graph.ofType("pulumi:providers:command");
        assertEquals(1, commandProviders.size());
        for (var command : graph.ofType(Command.TYPE)) {
            assertEquals(commandProviders.get(0).urn(), command.providerUrn(), command.name());
        }
    }

    /** The cluster with a locally built image side-loaded through the capability it hands up. */
    static ResourceGraph loading(String image) {
        return Graphs.program(ctx -> {
            var cluster = new KindCluster("studio-dev", KindConfigTest.options(Map.of()), ComponentResourceOptions.Empty);
            cluster.info().imageLoader().orElseThrow().load(LOADER, image, cluster);
        });
    }

    @Test
    void aLoadedImageGoesIntoTheNodesAfterTheClusterExists() {
        var graph = loading("agentic-startup-studio:dev");
        var loader = graph.named(LOADER);
        assertEquals("set -euo pipefail\nkind load docker-image agentic-startup-studio:dev --name studio-dev", loader.at("create"));
        assertTrue(loader.dependsOn(graph.named(CLUSTER)));
        @SuppressWarnings("unchecked")
        var triggers = (List<Object>) loader.at("triggers");
        assertEquals(List.of("agentic-startup-studio:dev", "studio-dev"), triggers.subList(0, 2));
        assertEquals(3, triggers.size(), "the cluster's id: a replaced cluster gets the image again");
    }

    @Test
    void declaringTheClusterLoadsNoImageByItself() {
        assertEquals(1, declare(Map.of()).graph().ofType(Command.TYPE).size(), "only the cluster command");
        assertTrue(declare(Map.of()).info().imageLoader().isPresent(), "kind offers side-loading");
    }

    @Test
    void theDevStackReachesItsClusterOnlyThroughTheKindKubeconfig() {
        var graph = Graphs.stack("dev");
        var providers = graph.ofType("pulumi:providers:kubernetes");
        assertEquals(1, providers.size(), "one cluster, one provider");
        assertTrue(providers.get(0).dependsOn(graph.named(CLUSTER)));
        assertEquals("[secret]", providers.get(0).at("kubeconfig"));
        assertTrue(graph.named(LOADER).dependsOn(graph.named(CLUSTER)), "Pulumi.dev.yaml loads the local app image");
    }

    @Test
    void namesAndImagesReachTheShellAsSingleWords() {
        assertEquals("ghcr.io/org/app@sha256:abc", KindCluster.shellWord("ghcr.io/org/app@sha256:abc"));
        assertEquals("'a b'", KindCluster.shellWord("a b"));
        assertEquals("'x; rm -rf ~'", KindCluster.shellWord("x; rm -rf ~"));
        assertEquals("'it'\\''s'", KindCluster.shellWord("it's"));
    }
}
