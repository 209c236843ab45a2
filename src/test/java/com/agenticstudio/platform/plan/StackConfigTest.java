package com.agenticstudio.platform.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

    @Test
    void pulumiYamlDefaultsApplyUnlessTheStackOverridesThem() {
        var dev = StackConfig.load(Graphs.PROJECT, "dev", Map.of());
        assertEquals("kind", dev.values().get("studio-platform:cloud"));
        assertEquals("5432", dev.values().get("studio-platform:databasePort"), "integer default as text");
        assertEquals("[]", dev.values().get("studio-platform:kindExtraMounts"), "array default as JSON");
    }

    @Test
    void aSecureValueBecomesAMarkedPlaceholder(@TempDir Path project) throws IOException {
        Files.copy(Graphs.PROJECT.resolve("Pulumi.yaml"), project.resolve("Pulumi.yaml"));
        Files.writeString(project.resolve("Pulumi.dev.yaml"), "config:\n  studio-platform:databaseUrl:\n    secure: v1:AAAA:BBBB\n");
        var dev = StackConfig.load(project, "dev", Map.of());
        assertEquals(StackConfig.SECRET_PLACEHOLDER, dev.values().get("studio-platform:databaseUrl"));
        assertTrue(dev.secretKeys().contains("studio-platform:databaseUrl"));
    }

    @Test
    void theDevStackFileHoldsNoSecureValueOnlyThePlanCouldRead() {
        var dev = StackConfig.load(Graphs.PROJECT, "dev", Map.of());
        assertEquals(Set.of(), dev.secretKeys(), "the Pulumi CLI could not decrypt another stack's ciphertext");
    }

    @Test
    void aSecretOverrideStaysSecret() {
        var dev = StackConfig.load(Graphs.PROJECT, "dev", Map.of(), Map.of("databaseUrl", "postgresql://x"));
        assertTrue(dev.secretKeys().contains("studio-platform:databaseUrl"));
    }

    @Test
    void aKeyGivenTwiceInAStackFileIsRefusedAsTheCliRefusesIt(@TempDir Path project) throws IOException {
        Files.copy(Graphs.PROJECT.resolve("Pulumi.yaml"), project.resolve("Pulumi.yaml"));
        Files.writeString(project.resolve("Pulumi.dev.yaml"),
                "config:\n  studio-platform:kindWorkers: 1\n  studio-platform:kindWorkers: 2\n");
        var problems = StackConfig.load(project, "dev", Map.of()).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("kindWorkers"), problems::toString);
    }

    @Test
    void aStackNameThatIsAPathIsRefusedBeforeAnyFileIsRead() {
        for (var name : List.of("../etc", "a/b", "..", "", "x".repeat(101))) {
            var problems = StackConfig.load(Graphs.PROJECT, name, Map.of()).problems();
            assertEquals(1, problems.size(), name);
            assertTrue(problems.get(0).contains("a stack name is 1 to 100 letters"), problems::toString);
        }
        assertTrue(StackConfig.load(Graphs.PROJECT, "prod", Map.of()).problems().isEmpty());
    }

    @Test
    void setOverridesQualifiedOrNot() {
        var prod = StackConfig.load(Graphs.PROJECT, "prod", Map.of("cloud", "gcp", "studio-platform:edgeReplicas", "4"));
        assertEquals("gcp", prod.values().get("studio-platform:cloud"));
        assertEquals("4", prod.values().get("studio-platform:edgeReplicas"));
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
