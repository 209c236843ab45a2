package com.agenticstudio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.PlanWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int plan(String... args) {
        return PlanCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCloudExitsNonZeroNamesTheKeyAndTheAllowedValuesAndWritesNothing() throws Exception {
        var dir = out.resolve("plan");
        int code = plan("--stack", "prod", "--set", "studio-platform:cloud=azure", "--out", dir.toString());
        assertEquals(1, code);
        assertTrue(errors().contains("studio-platform:cloud: 'azure' is not allowed; must be one of kind, aws, gcp"), errors());
        assertFalse(Files.exists(dir), "nothing is written");
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() {
        plan("--stack", "prod", "--set", "studio-platform:hpaMinReplicas=0", "--set", "studio-platform:nodeCidr=10.0.0.1/16",
                "--out", out.resolve("p").toString());
        var lines = errors().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("studio-platform:hpaMinReplicas: 0 is not allowed")), errors());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("studio-platform:nodeCidr: '10.0.0.1/16' is not allowed")), errors());
    }

    @Test
    void anUndeclaredSettingIsRefused() {
        assertEquals(1, plan("--stack", "dev", "--set", "studio-platform:replicaz=3", "--out", out.toString()));
        assertTrue(errors().contains("studio-platform:replicaz: '3' is not allowed; it is not a setting declared in Pulumi.yaml"), errors());
    }

    @Test
    void anUnknownStackIsRefused() {
        assertEquals(1, plan("--stack", "qa", "--out", out.toString()));
        assertTrue(errors().contains("no Pulumi.qa.yaml"), errors());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, plan("--stack", "dev"));
        assertEquals(2, plan("--stack", "dev", "--out", "x", "--set", "novalue"));
        assertEquals(2, plan("--stack", "dev", "--out", "x", "--bogus", "1"));
        assertTrue(errors().contains(PlanCommand.USAGE));
    }

    @Test
    void helpListsTheSubcommands() {
        var stdout = new ByteArrayOutputStream();
        assertEquals(0, PlanCommand.run(new String[] {"--help"}, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err));
        var help = stdout.toString(StandardCharsets.UTF_8);
        for (var command : java.util.List.of("run", "diff", "graph", "check")) {
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + command + " ")), command + " in\n" + help);
        }
    }

    @Test
    void planRunKeepsTheExitCodesOfPlan() {
        assertEquals(1, plan("run", "--stack", "prod", "--set", "studio-platform:cloud=azure", "--out", out.resolve("r").toString()));
        assertTrue(errors().contains("studio-platform:cloud: 'azure' is not allowed"), errors());
        assertEquals(2, plan("run", "--stack", "prod"));
        assertEquals(2, plan("run", "--stack", "prod", "--out", "x", "--set", "novalue"));
    }

    @Test
    void planRunWritesThePlan() {
        assertEquals(0, plan("run", "--stack", "staging", "--out", out.resolve("s").toString()));
        assertTrue(Files.exists(out.resolve("s").resolve(PlanWriter.RESOURCES)));
    }
}
