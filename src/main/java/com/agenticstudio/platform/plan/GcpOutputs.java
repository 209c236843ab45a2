package com.agenticstudio.platform.plan;

import java.util.Map;

/** Plan placeholders for gcp resources' computed outputs, by type token. */
final class GcpOutputs {
    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of();

    private GcpOutputs() {
    }
}
