package com.agenticstudio.platform.addons.reloader;

import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.check.SpotRules;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reloader on every plan: its pin, what it acts on, its namespace and flows, and the workloads it restarts. */
class ReloaderTest {
    static final String NAME = "reloader";
    static final String DEPLOYMENT = "kubernetes:apps/v1:Deployment";

    static Stream<Stacks.Stack> stacks() {
        return Stacks.all();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, NAME).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, Reloader.TYPE).orElseThrow();
    }

    static RecordedResource backend(ResourceGraph graph) {
        return graph.ofType(DEPLOYMENT).stream().filter(d -> "fastapi-backend".equals(d.at("metadata.name"))).findFirst().orElseThrow();
    }

    /** The Secrets a reload annotation names; empty without one. */
    static Set<String> reloadedOn(Object annotations) {
        var names = annotations instanceof Map<?, ?> map ? map.get(Reloader.SECRET_RELOAD) : null;
        return names == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(((String) names).split(",")));
    }

    /** Secrets a Deployment's containers read into their environment that its reload annotation does not name. */
    static List<String> secretsNotReloadedOn(RecordedResource deployment) {
        var reloaded = reloadedOn(deployment.at("metadata.annotations"));
        var missing = new ArrayList<String>();
        for (var container : (List<?>) deployment.at("spec.template.spec.containers")) {
            var env = ((Map<?, ?>) container).get("env");
            for (var variable : env instanceof List<?> list ? list : List.of()) {
                var ref = secretKeyRef(((Map<?, ?>) variable).get("valueFrom"));
                if (ref != null && !reloaded.contains(ref)) {
                    missing.add(((Map<?, ?>) variable).get("name") + " from " + ref);
                }
            }
        }
        return missing;
    }

    /** Secrets Grafana reads into its environment (its admin password, envValueFrom) that its reload annotation does not name. */
    static List<String> grafanaSecretsNotReloadedOn(Map<?, ?> values) {
        var grafana = (Map<?, ?>) values.get("grafana");
        var reloaded = reloadedOn(grafana.get("annotations"));
        var read = new ArrayList<String>();
        read.add((String) ((Map<?, ?>) grafana.get("admin")).get("existingSecret"));
        ((Map<?, ?>) grafana.get("envValueFrom")).values().forEach(from -> read.add(secretKeyRef(from)));
        return read.stream().filter(secret -> !reloaded.contains(secret)).toList();
    }

    private static String secretKeyRef(Object valueFrom) {
        return valueFrom instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref ? (String) ref.get("name") : null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theChartIsPinnedTo2_2_16AndNeedsOnlyTheSchedulingAddon(Stacks.Stack stack) {
        var graph = stack.graph();
        AddonGraphs.assertPinned(release(graph), "reloader", "2.2.16", "https://stakater.github.io/stakater-charts");
        assertEquals("stakater/Reloader@chart-v2.2.16 deployments/kubernetes/chart/reloader/values.yaml",
                component(graph).at("declarations.chart.valuesCheckedAt"));
        assertEquals(List.of("scheduling"), component(graph).at("declarations.requires"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theBackendRestartsWhenTheSecretOfItsDatabaseUrlChanges(Stacks.Stack stack) {
        var backend = backend(stack.graph());
        assertEquals(List.of(), secretsNotReloadedOn(backend));
        // On the clouds DATABASE_URL comes from db-secret (kind's CloudNativePG names its own Secret).
        if (!stack.cloud().equals("kind")) {
            assertEquals("db-secret", AddonGraphs.entry(backend, "metadata.annotations", Reloader.SECRET_RELOAD));
        }
        assertEquals(1, reloadedOn(backend.at("metadata.annotations")).size(), "the annotation names the one Secret");
    }

    @Test
    void withoutTheAnnotationTheBackendWouldKeepARotatedPassword() {
        var backend = backend(PROD.graph());
        var unannotated = new RecordedResource(backend.urn(), backend.type(), backend.name(), backend.custom(), backend.parent(),
                backend.provider(), backend.dependencies(), backend.options(), withoutPath(backend.inputs(), "metadata.annotations"));
        assertEquals(List.of("DATABASE_URL from db-secret"), secretsNotReloadedOn(unannotated));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void grafanaRestartsWhenASecretOfItsEnvironmentChanges(Stacks.Stack stack) {
        var values = (Map<?, ?>) AddonGraphs.release(stack.graph(), "monitoring").orElseThrow().at("values");
        assertEquals(List.of(), grafanaSecretsNotReloadedOn(values));
        assertEquals(3, grafanaSecretsNotReloadedOn(withoutPath(values, "grafana.annotations")).size(), "the twin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itActsOnlyOnAnnotatedWorkloadsAndOnlyOnSecrets(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals(false, value(release, "reloader.autoReloadAll"), "never every workload");
        assertEquals(true, value(release, "reloader.ignoreConfigMaps"));
        assertEquals(true, value(release, "reloader.ignoreJobs"));
        assertEquals(true, value(release, "reloader.ignoreCronJobs"));
        assertEquals("annotations", value(release, "reloader.reloadStrategy"), "the app's containers stay as declared");
        assertNull(value(release, "reloader.namespaces"), "scoped mode would create Roles in namespaces that may not exist yet");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theContainerHasRequestsAndAMemoryLimitAndTheNamespaceIsRestrictedAndLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        var values = (Map<?, ?>) release.at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "reloader.deployment.resources.limits")).size(),
                "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
        assertEquals("restricted", component(graph).at("declarations.namespace.podSecurity"));
        assertFalse(((String) component(graph).at("declarations.namespace.reason")).isBlank());
        assertEquals(true, value(release, "reloader.deployment.securityContext.runAsNonRoot"));
        assertEquals("RuntimeDefault", value(release, "reloader.deployment.securityContext.seccompProfile.type"));
        assertEquals(false, value(release, "reloader.deployment.containerSecurityContext.allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), value(release, "reloader.deployment.containerSecurityContext.capabilities.drop"));
        assertEquals(true, value(release, "reloader.readOnlyRootFileSystem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itsFlowsAreExactlyDnsTheApiServerAndTheScrape(Stacks.Stack stack) {
        var graph = stack.graph();
        var policies = policies(graph, NAME);
        assertEquals(List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-scrape"), List.copyOf(policies.keySet()));
        assertEquals(List.of(9090), ports(policies.get("allow-scrape")));
        assertEquals(List.of("Egress"), policies.get("allow-api-server").at("spec.policyTypes"));
        var monitor = graph.ofType("kubernetes:monitoring.coreos.com/v1:PodMonitor").stream()
                .filter(m -> NAME.equals(m.at("metadata.name"))).findFirst().orElseThrow();
        assertEquals("http", monitor.at("spec.podMetricsEndpoints.0.port"));
        assertEquals(List.of(NAME), monitor.at("spec.namespaceSelector.matchNames"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void itRunsOnDemandAtThePlatformPriorityAndWaitsForItsClass(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertEquals("studio-platform-critical", value(release, "reloader.deployment.priorityClassName"));
        assertTrue(release.dependsOn(graph.named("studio-platform-critical")));
        assertFalse(SpotRules.toleratesSpot(value(release, "reloader.deployment.tolerations")), "a missed restart is not replayed");
    }

    @Test
    void everyValuesKeyWasChecked() {
        var values = withoutPath((Map<?, ?>) release(PROD.graph()).at("values"), "none");
        assertEquals(List.of(), ReloaderValues.chart().uncheckedKeys(values));
        assertEquals(List.of("reloader.watchGlobaly"), ReloaderValues.chart().uncheckedKeys(
                Map.of("reloader", Map.of("watchGlobaly", false))));
    }

    @Test
    void aReloadNamesAtLeastOneValidSecret() {
        assertEquals(Map.of(Reloader.SECRET_RELOAD, "db-secret,grafana-admin"), Reloader.RELOADS.onChangeOf(List.of("db-secret", "grafana-admin")));
        assertThrows(IllegalArgumentException.class, () -> Reloader.RELOADS.onChangeOf(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Reloader.RELOADS.onChangeOf(List.of("db-secret,other")));
    }
}
