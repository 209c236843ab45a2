package com.agenticstudio.platform.bindings.command.local.enums;

import com.pulumi.core.annotations.EnumType;
import java.util.Objects;
import java.util.StringJoiner;

/** Which of the command's streams the provider copies into the Pulumi log (schema enum command:local:Logging). */
@EnumType
public enum Logging {
    /** Capture stdout in logs but not stderr. */
    Stdout("stdout"),
    /** Capture stderr in logs but not stdout. */
    Stderr("stderr"),
    /** Capture stdout and stderr in logs (the provider's default). */
    StdoutAndStderr("stdoutAndStderr"),
    /** Capture no logs. */
    None("none");

    private final String value;

    Logging(String value) {
        this.value = Objects.requireNonNull(value);
    }

    @EnumType.Converter
    public String getValue() {
        return this.value;
    }

    @Override
    public String toString() {
        return new StringJoiner(", ", "Logging[", "]")
                .add("value='" + this.value + "'")
                .toString();
    }
}
