package com.agenticstudio.platform.rules;

import com.agenticstudio.platform.check.SpotRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import com.pulumi.kubernetes.apps.v1.StatefulSet;
import com.pulumi.kubernetes.apps.v1.StatefulSetArgs;
import com.pulumi.kubernetes.apps.v1.inputs.StatefulSetSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.TolerationArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.List;
import com.agenticstudio.platform.plan.RecordedResource;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Spot on purpose: over every plan, nothing that holds data tolerates the spot taint. */
class SpotRulesTest {

    static Stream<Stack> stacks() {
        return Stream.concat(Stacks.all(), Stream.of(new Stack("staging", Map.of("appOnSpot", "true"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void nothingStatefulToleratesTheSpotTaint(Stack stack) {
        assertEquals(List.of(), SpotRules.nothingStatefulToleratesSpot(stack.graph()));
    }

    @Test
    void aStatefulSetThatToleratesSpotIsCaught() {
        var graph = Graphs.program(ctx -> new StatefulSet("db", StatefulSetArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("db").namespace("data").build())
                .spec(StatefulSetSpecArgs.builder()
                        .serviceName("db")
                        .selector(LabelSelectorArgs.builder().matchLabels(Map.of("app", "db")).build())
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder().labels(Map.of("app", "db")).build())
                                .spec(PodSpecArgs.builder()
                                        .containers(ContainerArgs.builder().name("db").image("postgres:17").build())
                                        .tolerations(TolerationArgs.builder().key(Capacity.LABEL).operator("Equal")
                                                .value(Capacity.SPOT).effect("NoSchedule").build())
                                        .build())
                                .build())
                        .build())
                .build()));
        assertEquals(1, SpotRules.nothingStatefulToleratesSpot(graph).size());
    }

    @Test
    void aReleaseWithPersistenceThatToleratesSpotIsCaughtAndOneWithoutTolerationsIsNot() {
        var prod = Graphs.stack("prod");
        var release = prod.ofType("kubernetes:helm.sh/v3:Release").get(0);
        var stateful = Map.<String, Object>of("server", Map.of("persistence", Map.of("enabled", true, "size", "10Gi"),
                "tolerations", List.of(Map.of("key", Capacity.LABEL, "operator", "Exists"))));
        assertEquals(1, SpotRules.nothingStatefulToleratesSpot(replace(prod, release, stateful)).size());
        var onDemand = Map.<String, Object>of("server", Map.of("persistence", Map.of("enabled", true)));
        assertEquals(List.of(), SpotRules.nothingStatefulToleratesSpot(replace(prod, release, onDemand)));
        var disabled = Map.<String, Object>of("persistence", Map.of("enabled", false), "tolerations", Capacity.SPOT_PREFERRED.tolerations());
        assertEquals(List.of(), SpotRules.nothingStatefulToleratesSpot(replace(prod, release, disabled)), "no volume, so spot is fine");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void eachNonCriticalWorkloadToleratesSpotPrefersItAndRunsBestEffort(Stack stack) {
        assertEquals(List.of(), SpotRules.nonCriticalWorkloadsPreferSpot(stack.graph()));
    }

    @Test
    void aNonCriticalWorkloadWithoutTolerationAffinityOrBestEffortClassIsCaught() {
        var prod = Graphs.stack("prod");
        var opencost = release(prod, "opencost");
        var values = opencost.at("values");
        for (var path : List.of("opencost.tolerations", "opencost.affinity", "priorityClassName")) {
            var broken = replace(prod, opencost, com.agenticstudio.platform.addons.AddonGraphs.withoutPath((Map<?, ?>) values, path));
            var violations = SpotRules.nonCriticalWorkloadsPreferSpot(broken);
            assertEquals(1, violations.size(), path + ": " + violations);
            assertTrue(violations.get(0).startsWith("OpenCost"), violations.get(0));
        }
        var grafana = release(prod, "monitoring");
        var critical = new java.util.LinkedHashMap<String, Object>(ValuesCopy.copy(grafana.at("values")));
        var grafanaValues = new java.util.LinkedHashMap<String, Object>(ValuesCopy.copy(critical.get("grafana")));
        grafanaValues.put("priorityClassName", "studio-platform-critical");
        critical.put("grafana", grafanaValues);
        var violations = SpotRules.nonCriticalWorkloadsPreferSpot(replace(prod, grafana, critical));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("studio-platform-critical"), violations.get(0));
    }

    @Test
    void aPlanWithoutANonCriticalWorkloadIsCaught() {
        var prod = Graphs.stack("prod");
        var opencost = release(prod, "opencost");
        var without = new ResourceGraph(prod.resources().stream().filter(r -> r != opencost).toList(), prod.outputs(), prod.invokes());
        assertEquals(List.of("OpenCost (cost tooling): the plan holds no release opencost"), SpotRules.nonCriticalWorkloadsPreferSpot(without));
    }

    @Test
    void grafanasTolerationsBesidePrometheusStorageAreFineButBesideGrafanasOwnVolumeAreNot() {
        var prod = Graphs.stack("prod");
        var monitoring = release(prod, "monitoring");
        assertTrue(SpotRules.toleratesSpot(((Map<?, ?>) ((Map<?, ?>) monitoring.at("values")).get("grafana")).get("tolerations")));
        assertEquals(List.of(), SpotRules.nothingStatefulToleratesSpot(prod), "Prometheus' storageSpec is not Grafana's");
        var values = new java.util.LinkedHashMap<String, Object>(ValuesCopy.copy(monitoring.at("values")));
        var grafana = new java.util.LinkedHashMap<String, Object>(ValuesCopy.copy(values.get("grafana")));
        grafana.put("persistence", Map.of("enabled", true, "size", "10Gi"));
        values.put("grafana", grafana);
        assertEquals(1, SpotRules.nothingStatefulToleratesSpot(replace(prod, monitoring, values)).size());
    }

    /** Shallow copies of values maps, for twins. */
    private static final class ValuesCopy {
        @SuppressWarnings("unchecked")
        static Map<String, Object> copy(Object value) {
            return new java.util.LinkedHashMap<>((Map<String, Object>) value);
        }
    }

    private static RecordedResource release(ResourceGraph graph, String name) {
        return graph.ofType("kubernetes:helm.sh/v3:Release").stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aWildcardTolerationCountsAsToleratingSpotAndAnotherKeyDoesNot() {
        assertTrue(SpotRules.toleratesSpot(List.of(Map.of("operator", "Exists"))));
        assertTrue(SpotRules.toleratesSpot(Capacity.SPOT_PREFERRED.tolerations()));
        assertEquals(false, SpotRules.toleratesSpot(List.of(Map.of("key", "node.kubernetes.io/not-ready", "operator", "Exists"))));
        assertEquals(false, SpotRules.toleratesSpot(Capacity.ON_DEMAND.tolerations()));
    }

    private static ResourceGraph replace(ResourceGraph graph, com.agenticstudio.platform.plan.RecordedResource release,
                                         Map<String, ?> values) {
        var broken = withValues(release, values);
        return new ResourceGraph(graph.resources().stream().map(r -> r == release ? broken : r).toList(), graph.outputs(), graph.invokes());
    }

    /** For twins: the release with other values. */
    private static RecordedResource withValues(RecordedResource release, Map<String, ?> values) {
        var inputs = new java.util.LinkedHashMap<>(release.inputs());
        inputs.put("values", values);
        return new RecordedResource(release.urn(), release.type(), release.name(), release.custom(), release.parent(),
                release.provider(), release.dependencies(), release.options(), inputs);
    }
}
