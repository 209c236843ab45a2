package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.settings.InvalidSettingsException;
import com.agenticstudio.platform.settings.SettingsSource;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a Pulumi program in-process under a recording mock engine: no CLI, no credentials, no network.
 * One run at a time per JVM, because the Pulumi SDK keeps its deployment in a global.
 */
public final class PlanEngine {
    private static final Logger QUIET = Logger.getLogger("studio-platform.plan");

    static {
        QUIET.setLevel(Level.OFF);
        QUIET.setUseParentHandlers(false);
    }

    private PlanEngine() {
    }

    /** The recorded graph, or the problems (one line each) that stopped the program. */
    public record Run(ResourceGraph graph, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static synchronized Run run(StackConfig config, Consumer<Context> program) {
        if (!config.problems().isEmpty()) {
            return new Run(null, config.problems());
        }
        var mocks = new PlanMocks();
        var order = new ConstructionOrder();
        var monitor = new RecordingMonitor[1];
        var test = PulumiTestInternal.builder()
                .options(TestOptions.builder()
                        .projectName(SettingsSource.NAMESPACE)
                        .stackName(config.stack())
                        .preview(false)
                        .resourceTransformations(List.of(order))
                        .build())
                .config(config.values(), config.secretKeys())
                .mocks(mocks)
                .standardLogger(QUIET)
                .monitorDecorator(ignored -> monitor[0] = new RecordingMonitor(mocks, PulumiTestInternal.mockLog(QUIET), order))
                .build();
        try {
            var result = test.runTest(program);
            var problems = problems(result.exceptions(), result.errors());
            if (!problems.isEmpty()) {
                return new Run(null, problems);
            }
            return new Run(new ResourceGraph(monitor[0].recorded(), outputs(result.outputs()), mocks.invokes()), List.of());
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    private static List<String> problems(List<Exception> exceptions, List<String> errors) {
        var problems = new ArrayList<String>();
        for (Throwable e : exceptions) {
            var cause = e;
            while (cause != null && !(cause instanceof InvalidSettingsException)) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidSettingsException invalid) {
                problems.addAll(invalid.problems());
            } else {
                problems.add("program failed: " + rootMessage(e));
            }
        }
        if (problems.isEmpty()) {
            errors.forEach(error -> problems.add("engine error: " + error));
        }
        return problems.stream().distinct().toList();
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Map<String, Object> outputs(Map<String, Output<?>> outputs) {
        var resolved = new TreeMap<String, Object>();
        outputs.forEach((name, output) -> {
            var data = PulumiTestInternal.extractOutputData(output);
            resolved.put(name, ProtoValues.plain(data.isKnown() ? data.getValueNullable() : ProtoValues.UNKNOWN, data.isSecret()));
        });
        return new LinkedHashMap<>(resolved);
    }
}
