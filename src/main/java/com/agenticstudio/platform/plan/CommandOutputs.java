package com.agenticstudio.platform.plan;

import java.util.Map;

/** Plan placeholders for command resources' computed outputs, by type token. */
final class CommandOutputs {
    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of();

    private CommandOutputs() {
    }
}
