package com.agenticstudio.platform.settings;

import com.pulumi.core.Output;
import java.util.Optional;

/**
 * Raw stack configuration, as the Pulumi engine hands it to a program: every value is a string
 * (integers and booleans as text, arrays as JSON). Keys are given without the project namespace.
 */
public interface SettingsSource {

    /** The namespace every key lives in. */
    String NAMESPACE = "studio-platform";

    /** How a secret value is shown wherever it would otherwise appear: problems, the plan's files. */
    String MASKED = "[secret]";

    Optional<String> get(String key);

    /** A non-empty value as a secret output; empty when unset or blank. */
    Optional<Output<String>> secret(String key);

    static String qualified(String key) {
        return NAMESPACE + ":" + key;
    }
}
