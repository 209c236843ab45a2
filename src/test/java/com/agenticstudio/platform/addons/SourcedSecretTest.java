package com.agenticstudio.platform.addons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcedSecretTest {
    private static SourcedSecret secret(Map<String, String> plain) {
        return new SourcedSecret("x-user", "user", "logging", Map.of(), "password", new SecretSource.SecretManager("studio-x"), plain, "1h");
    }

    @Test
    void theSecretKeyIsNeverAlsoAPlainOne() {
        assertThrows(IllegalArgumentException.class, () -> secret(Map.of("password", "hunter2")));
        assertEquals(Map.of("username", "x"), secret(Map.of("username", "x")).plain(), "the twin: another key may be plain");
    }
}
