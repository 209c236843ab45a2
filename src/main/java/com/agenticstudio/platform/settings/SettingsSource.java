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

    Optional<String> get(String key);

    /** A non-empty value as a secret output; empty when unset or blank. */
    Optional<Output<String>> secret(String key);

    static String qualified(String key) {
        return NAMESPACE + ":" + key;
    }
}
