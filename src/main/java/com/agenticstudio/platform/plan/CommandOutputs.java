package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.bindings.command.local.Command;
import java.util.Map;

/** Plan placeholders for command resources' computed outputs, by type token. */
final class CommandOutputs {
    /** stdout and stderr exist only after the command ran; the schema marks both required outputs. */
    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of(
            Command.TYPE, (name, inputs) -> Map.of(
                    "stdout", ComputedOutputs.placeholder(Command.TYPE, name, "stdout"),
                    "stderr", ComputedOutputs.placeholder(Command.TYPE, name, "stderr")));

    private CommandOutputs() {
    }
}
