package com.agenticstudio.platform.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void pulumiYamlDefaultsApplyUnlessTheStackOverridesThem() {
        var dev = StackConfig.load(Graphs.PROJECT, "dev", Map.of());
        assertEquals("kind", dev.values().get("studio-platform:cloud"));
        assertEquals("5432", dev.values().get("studio-platform:databasePort"), "integer default as text");
        assertEquals("[]", dev.values().get("studio-platform:kindExtraMounts"), "array default as JSON");
    }

    @Test
    void aSecureValueBecomesAMarkedPlaceholder() {
        var dev = StackConfig.load(Graphs.PROJECT, "dev", Map.of());
        assertEquals(StackConfig.SECRET_PLACEHOLDER, dev.values().get("studio-platform:databaseUrl"));
        assertTrue(dev.secretKeys().contains("studio-platform:databaseUrl"));
    }

    @Test
    void setOverridesQualifiedOrNot() {
        var prod = StackConfig.load(Graphs.PROJECT, "prod", Map.of("cloud", "gcp", "studio-platform:ingressReplicas", "4"));
        assertEquals("gcp", prod.values().get("studio-platform:cloud"));
        assertEquals("4", prod.values().get("studio-platform:ingressReplicas"));
        assertTrue(prod.problems().isEmpty(), prod.problems()::toString);
    }

    @Test
    void arraysInStackFilesArriveAsJson() {
        var prod = StackConfig.load(Graphs.PROJECT, "prod", Map.of());
        assertEquals("[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\"]", prod.values().get("studio-platform:awsZones"));
    }

    @Test
    void everyStackFileUsesOnlyDeclaredSettings() {
        for (var stack : new String[] {"dev", "staging", "prod"}) {
            var config = StackConfig.load(Graphs.PROJECT, stack, Map.of());
            assertEquals(java.util.List.of(), config.problems(), stack);
        }
    }
}
