package com.agenticstudio.platform.testing;

import com.agenticstudio.platform.plan.StackConfig;
import com.agenticstudio.platform.settings.SettingsSource;
import com.pulumi.core.Output;
import java.util.Optional;

/** Settings straight from the stack files, for validation tests that need no engine. */
final class StackConfigSource implements SettingsSource {
    private final StackConfig config;

    StackConfigSource(StackConfig config) {
        this.config = config;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(config.values().get(SettingsSource.qualified(key)));
    }

    @Override
    public Optional<Output<String>> secret(String key) {
        return get(key).filter(v -> !v.isBlank()).map(Output::ofSecret);
    }
}
