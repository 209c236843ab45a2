package com.agenticstudio.platform.addons.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The platform's PriorityClasses: declared once on every cluster, used by the backend. */
class PlatformSchedulingTest {
    static final String PRIORITY_CLASS = "kubernetes:scheduling.k8s.io/v1:PriorityClass";

    static java.util.stream.Stream<Stacks.Stack> stacks() {
        return AddonGraphs.stacks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void threeClassesBelowTheSystemOnesAndBestEffortNeverPreempts(Stacks.Stack stack) {
        var classes = stack.graph().ofType(PRIORITY_CLASS).stream()
                .collect(Collectors.toMap(c -> (String) c.at("metadata.name"), c -> c));
        assertEquals(java.util.Set.of("studio-platform-critical", "studio-backend", "studio-best-effort"), classes.keySet());
        var platform = value(classes.get("studio-platform-critical"));
        var backend = value(classes.get("studio-backend"));
        var bestEffort = value(classes.get("studio-best-effort"));
        assertTrue(platform > backend && backend > 0 && bestEffort < 0, platform + " > " + backend + " > 0 > " + bestEffort);
        assertTrue(platform < 1_000_000_000, "user classes stay below the system ones");
        assertEquals("Never", classes.get("studio-best-effort").at("preemptionPolicy"));
        classes.values().forEach(c -> assertEquals(false, c.at("globalDefault"), c.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theBackendRunsAtItsPriorityAndWaitsForTheClass(Stacks.Stack stack) {
        var graph = stack.graph();
        var deployment = graph.named("fastapi-backend-deployment");
        assertEquals("studio-backend", deployment.at("spec.template.spec.priorityClassName"));
        assertTrue(deployment.dependsOn(graph.named("studio-backend")));
        assertEquals(Map.of("requires", List.of()), AddonGraphs.component(graph, PlatformScheduling.TYPE).orElseThrow().at("declarations"));
    }

    private static int value(RecordedResource priorityClass) {
        return ((Number) priorityClass.at("value")).intValue();
    }
}
