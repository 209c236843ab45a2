package com.agenticstudio.platform.addons.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalSecretSpecTest {
    private static ExternalSecretSpec spec(Map<String, String> keys, String refreshInterval) {
        return new ExternalSecretSpec("studio-secrets", "db-secret", keys, refreshInterval);
    }

    @Test
    void anExternalSecretIsANamespacedExternalSecretsV1Kind() {
        assertEquals("kubernetes:external-secrets.io/v1:ExternalSecret", ExternalSecretSpec.KIND.typeToken());
        assertTrue(ExternalSecretSpec.KIND.namespaced());
    }

    @Test
    void itKeepsAnOwnedSecretInStepWithTheClusterStore() {
        assertEquals(Map.of(
                "refreshInterval", "1h",
                "secretStoreRef", Map.of("name", "studio-secrets", "kind", "ClusterSecretStore"),
                "target", Map.of("name", "db-secret", "creationPolicy", "Owner"),
                "data", List.of(Map.of("secretKey", "url", "remoteRef", Map.of("key", "studio-prod-database-url")))),
                spec(Map.of("url", "studio-prod-database-url"), "1h").toWire());
    }

    @Test
    void keysAreRenderedSortedWhateverTheOrderTheyWereGivenIn() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("user", "db-user");
        keys.put("password", "db-password");
        keys.put("host", "db-host");
        var data = (List<?>) spec(keys, "15m").toWire().get("data");
        assertEquals(List.of("host", "password", "user"), data.stream().map(d -> ((Map<?, ?>) d).get("secretKey")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h", "15m", "30s", "1h30m", "500ms"})
    void aGoDurationIsAValidRefreshInterval(String interval) {
        assertEquals(interval, spec(Map.of("url", "db-url"), interval).refreshInterval());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1d", "1 h", "h", "-1h"})
    void aRefreshIntervalThatIsNotAGoDurationIsRefused(String interval) {
        var failure = assertThrows(IllegalArgumentException.class, () -> spec(Map.of("url", "db-url"), interval));
        assertEquals("refreshInterval must be a duration such as 1h, got " + interval, failure.getMessage());
    }

    @Test
    void keysOfLettersDigitsDashesDotsAndUnderscoresAreTaken() {
        var keys = Map.of("DATABASE_URL", "a", "tls.crt", "b", "db-url", "c");
        assertEquals(keys, spec(keys, "1h").keys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"database url", "db/url", "url:", "ürl"})
    void aKeyASecretCannotHoldIsRefused(String key) {
        var failure = assertThrows(IllegalArgumentException.class, () -> spec(Map.of(key, "db-url"), "1h"));
        assertEquals("'" + key + "' is not a valid Secret key", failure.getMessage());
    }

    @Test
    void anExternalSecretWithoutKeysIsRefused() {
        var failure = assertThrows(IllegalArgumentException.class, () -> spec(Map.of(), "1h"));
        assertEquals("an ExternalSecret needs at least one key", failure.getMessage());
    }

    @Test
    void whatWasCheckedCannotBeChangedAfterwards() {
        var keys = spec(Map.of("url", "studio-prod-database-url"), "1h").keys();
        assertThrows(UnsupportedOperationException.class, () -> keys.put("bad key", "x"));
    }

    @Test
    void dotKeysAndMissingRemoteEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> spec(Map.of("..", "x"), "1h"));
        var keys = new java.util.HashMap<String, String>();
        keys.put("url", null);
        assertThrows(IllegalArgumentException.class, () -> spec(keys, "1h"));
    }

    private static ExternalSecretSpec.Composed url(List<String> properties, String template) {
        return new ExternalSecretSpec.Composed(com.pulumi.core.Output.of("arn:aws:secretsmanager:eu-west-1:1:secret:rds!db-1"), properties,
                Map.of("url", com.pulumi.core.Output.of(template)));
    }

    @Test
    void aComposedSecretReadsTheEntrysPropertiesAndKeepsOnlyTheTemplatesKeys() {
        var wire = ExternalSecretSpec.composed("studio-secrets", "db-secret",
                url(List.of("username", "password"), "postgresql://{{ .username }}:{{ .password }}@db/studio"), "1h").toWire();
        var target = (Map<?, ?>) wire.get("target");
        var template = (Map<?, ?>) target.get("template");
        assertEquals("v2", template.get("engineVersion"));
        assertEquals("Replace", template.get("mergePolicy"), "the user name and password stay out of the Secret");
        assertEquals(java.util.Set.of("url"), ((Map<?, ?>) template.get("data")).keySet());
        var data = (List<?>) wire.get("data");
        assertEquals(List.of("username", "password"), data.stream().map(d -> ((Map<?, ?>) d).get("secretKey")).toList());
        assertEquals("password", ((Map<?, ?>) ((Map<?, ?>) data.get(1)).get("remoteRef")).get("property"));
    }

    @Test
    void aComposedSecretIsRefusedWithCopiedKeysBesideItOrAPropertyATemplateCannotRead() {
        var composed = url(List.of("username"), "{{ .username }}");
        assertThrows(IllegalArgumentException.class, () -> new ExternalSecretSpec("s", "db-secret", Map.of("url", "entry"), "1h",
                Map.of(), java.util.Optional.of(composed)));
        var failure = assertThrows(IllegalArgumentException.class, () -> url(List.of("user-name"), "x"));
        assertEquals("'user-name' cannot be read in a template as .user-name", failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> url(List.of(), "x"));
    }
}
