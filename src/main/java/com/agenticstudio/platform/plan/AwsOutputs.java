package com.agenticstudio.platform.plan;

import java.util.Map;

/** Plan placeholders for aws resources' computed outputs, by type token. */
final class AwsOutputs {
    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of();

    private AwsOutputs() {
    }
}
