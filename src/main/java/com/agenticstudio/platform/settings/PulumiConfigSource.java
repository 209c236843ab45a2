package com.agenticstudio.platform.settings;

import com.pulumi.Config;
import com.pulumi.core.Output;
import java.util.Optional;

/** The source used under `pulumi up` and the plan: Pulumi's own config for this project. */
public final class PulumiConfigSource implements SettingsSource {
    private final Config config;

    public PulumiConfigSource(Config config) {
        this.config = config;
    }

    @Override
    public Optional<String> get(String key) {
        return config.get(key);
    }

    @Override
    public Optional<Output<String>> secret(String key) {
        // Only presence is checked on the plain value; the value itself leaves here as a secret.
        return config.get(key).filter(value -> !value.isBlank()).map(present -> config.requireSecret(key));
    }
}
