package com.agenticstudio.platform.settings;

import java.util.List;

/** Every problem found in the stack settings, one line each, found before any resource is declared. */
public final class InvalidSettingsException extends RuntimeException {
    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("invalid stack settings:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
