package com.agenticstudio.platform.bindings.command.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.bindings.command.local.enums.Logging;
import com.agenticstudio.platform.plan.ComputedOutputs;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.core.internal.Internal;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The command:local:Command binding speaks the provider's schema: names, enum values, required inputs, outputs. */
class CommandTest {

    static CommandArgs.Builder everything() {
        return CommandArgs.builder()
                .create("echo create")
                .update("echo update")
                .delete("echo delete")
                .triggers("a", "b")
                .environment(Map.of("A", "1"))
                .stdin("input")
                .interpreter("/bin/bash", "-c")
                .dir("/tmp")
                .addPreviousOutputInEnv(false)
                .logging(Logging.StdoutAndStderr);
    }

    @Test
    void everyInputIsSentUnderItsSchemaName() {
        var graph = Graphs.program(ctx -> new Command("c", everything().build()));
        var command = graph.named("c");
        assertEquals(Command.TYPE, command.type());
        assertEquals("echo create", command.at("create"));
        assertEquals("echo update", command.at("update"));
        assertEquals("echo delete", command.at("delete"));
        assertEquals(List.of("a", "b"), command.at("triggers"));
        assertEquals(Map.of("A", "1"), command.at("environment"));
        assertEquals("input", command.at("stdin"));
        assertEquals(List.of("/bin/bash", "-c"), command.at("interpreter"));
        assertEquals("/tmp", command.at("dir"));
        assertEquals(false, command.at("addPreviousOutputInEnv"));
        assertEquals("stdoutAndStderr", command.at("logging"));
        assertEquals(10, command.inputs().size(), "no input beyond the schema's: " + command.inputs().keySet());
    }

    @Test
    void loggingValuesAreTheSchemasEnumValues() {
        assertEquals(List.of("stdout", "stderr", "stdoutAndStderr", "none"),
                Arrays.stream(Logging.values()).map(Logging::getValue).toList());
    }

    @Test
    void aCommandWithoutCreateIsRefused() {
        var missing = assertThrows(MissingRequiredPropertyException.class, () -> CommandArgs.builder().delete("rm -f x").build());
        assertEquals("Missing required property 'create when constructing 'CommandArgs'", missing.getMessage());
    }

    @Test
    void aCommandWithOnlyCreateIsEnough() {
        var args = CommandArgs.builder().create("true").build();
        assertTrue(args.create().isPresent());
        assertTrue(args.delete().isEmpty());
    }

    @Test
    void stdoutAndStderrComeFromTheProvider() {
        var graph = Graphs.program(ctx -> {
            var command = new Command("c", CommandArgs.builder().create("echo hi").build());
            ctx.export("stdout", command.stdout());
            ctx.export("stderr", command.stderr());
        });
        assertEquals(ComputedOutputs.placeholder(Command.TYPE, "c", "stdout"), graph.outputs().get("stdout"));
        assertEquals(ComputedOutputs.placeholder(Command.TYPE, "c", "stderr"), graph.outputs().get("stderr"));
    }

    @Test
    void itAsksForThePinnedPluginVersionUnlessTheCallerChoosesAnother() {
        var pinned = new AtomicReference<Command>();
        var chosen = new AtomicReference<Command>();
        Graphs.program(ctx -> {
            pinned.set(new Command("pinned", CommandArgs.builder().create("true").build()));
            chosen.set(new Command("chosen", CommandArgs.builder().create("true").build(),
                    CustomResourceOptions.builder().version("1.2.1").build()));
        });
        assertEquals("1.2.1", Internal.from(pinned.get()).getVersion().orElseThrow());
        assertEquals("1.2.1", Internal.from(chosen.get()).getVersion().orElseThrow());
    }
}
