package com.agenticstudio.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.PlanCommand;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The plan's three files keep the shape of shared/plan-format.md, for a real stack. */
class PlanFilesTest {
    private static final List<String> FIELDS = List.of("urn", "type", "name", "custom", "parent", "provider", "dependencies",
            "options", "inputs");
    private static final List<String> OPTIONS = List.of("protect", "retainOnDelete", "ignoreChanges", "deleteBeforeReplace",
            "customTimeouts", "additionalSecretOutputs", "version");

    @TempDir
    Path out;

    /** Reviewers diff plans between commits, so the same program must give the same bytes. */
    @Test
    void twoPlansOfTheSameStackAreIdentical() throws Exception {
        for (var run : List.of("a", "b")) {
            assertEquals(0, PlanCommand.run(new String[] {"--stack", "prod", "--out", out.resolve(run).toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        }
        for (var file : List.of("resources.json", "manifests.yaml", "outputs.json")) {
            assertEquals(Files.readString(out.resolve("a").resolve(file)), Files.readString(out.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void thePlanOfProdOnGcpWritesTheContractedFiles() throws Exception {
        var stdout = new ByteArrayOutputStream();
        int code = PlanCommand.run(new String[] {"--stack", "prod", "--set", "studio-platform:cloud=gcp", "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        var summary = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("total"), summary);

        var resources = JsonParser.parseString(Files.readString(out.resolve("resources.json"))).getAsJsonArray();
        assertTrue(resources.size() > 50, "a real stack");
        for (var element : resources) {
            var entry = element.getAsJsonObject();
            assertEquals(FIELDS, List.copyOf(entry.keySet()));
            assertEquals(OPTIONS, List.copyOf(entry.getAsJsonObject("options").keySet()));
            assertTrue(entry.get("urn").getAsString().startsWith("urn:pulumi:prod::studio-platform::"));
        }
        assertTrue(Files.readString(out.resolve("resources.json")).contains("\"dependencies\": [\n"), "dependencies recorded");

        Iterable<Object> docs = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(out.resolve("manifests.yaml")));
        int count = 0;
        for (var doc : docs) {
            @SuppressWarnings("unchecked")
            var manifest = (Map<String, Object>) doc;
            assertTrue(manifest.containsKey("apiVersion") && manifest.containsKey("kind") && manifest.containsKey("metadata"), manifest::toString);
            count++;
        }
        assertTrue(count > 10);

        var outputs = JsonParser.parseString(Files.readString(out.resolve("outputs.json"))).getAsJsonObject();
        assertEquals("[secret]", outputs.get("kubeconfig").getAsString());
        assertEquals("prod", outputs.get("environment").getAsString());
        assertTrue(outputs.get("edgeAddress").getAsString().contains("get gateway studio-edge"),
                "until the cloud reports the load balancer, the output says how to read it");
    }
}
