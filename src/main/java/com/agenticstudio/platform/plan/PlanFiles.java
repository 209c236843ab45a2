package com.agenticstudio.platform.plan;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A plan directory read back: the three files of shared/plan-format.md. Unknown fields are ignored,
 * missing extension fields take their defaults, so a plan written by an older commit still reads.
 * Numbers come back as doubles, as they do from the engine.
 *
 * @param manifests manifests.yaml as written (or edited), not re-derived from the resources
 */
public record PlanFiles(Path dir, List<RecordedResource> resources, List<Map<String, Object>> manifests,
                        Map<String, Object> outputs) {

    /** The resources and outputs as a graph, for the rules that work on one. */
    public ResourceGraph graph() {
        return new ResourceGraph(resources, outputs, List.of());
    }

    /** The stack name, from the first URN; the directory name when the plan is empty. */
    public String stack() {
        if (!resources.isEmpty()) {
            var urn = resources.get(0).urn();
            if (urn.startsWith("urn:pulumi:") && urn.indexOf("::") > 11) {
                return urn.substring("urn:pulumi:".length(), urn.indexOf("::"));
            }
        }
        return String.valueOf(dir.getFileName());
    }

    public static PlanFiles read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a plan directory");
        }
        var gson = new Gson();
        List<?> entries;
        try (Reader in = Files.newBufferedReader(dir.resolve(PlanWriter.RESOURCES))) {
            entries = gson.fromJson(in, List.class);
        }
        var resources = new ArrayList<RecordedResource>();
        for (var entry : entries == null ? List.of() : entries) {
            resources.add(resource(map(entry)));
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        var outputsFile = dir.resolve(PlanWriter.OUTPUTS);
        if (Files.exists(outputsFile)) {
            try (Reader in = Files.newBufferedReader(outputsFile)) {
                var read = gson.fromJson(in, Map.class);
                if (read != null) {
                    outputs = map(read);
                }
            }
        }
        var manifests = new ArrayList<Map<String, Object>>();
        var manifestsFile = dir.resolve(PlanWriter.MANIFESTS);
        if (Files.exists(manifestsFile)) {
            try (Reader in = Files.newBufferedReader(manifestsFile)) {
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                    if (document instanceof Map<?, ?>) {
                        manifests.add(map(document));
                    }
                }
            }
        }
        return new PlanFiles(dir, List.copyOf(resources), manifests, outputs);
    }

    private static RecordedResource resource(Map<String, Object> entry) {
        var options = map(entry.get("options"));
        return new RecordedResource(
                string(entry.get("urn")),
                string(entry.get("type")),
                string(entry.get("name")),
                Boolean.TRUE.equals(entry.get("custom")),
                string(entry.get("parent")),
                string(entry.get("provider")),
                strings(entry.get("dependencies")),
                new RecordedResource.Options(
                        Boolean.TRUE.equals(options.get("protect")),
                        Boolean.TRUE.equals(options.get("retainOnDelete")),
                        strings(options.get("ignoreChanges")),
                        Boolean.TRUE.equals(options.get("deleteBeforeReplace")),
                        options.get("customTimeouts") instanceof Map<?, ?> timeouts ? stringMap(timeouts) : null,
                        strings(options.get("additionalSecretOutputs")),
                        string(options.get("version"))),
                map(entry.get("inputs")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    private static Map<String, String> stringMap(Map<?, ?> value) {
        var result = new LinkedHashMap<String, String>();
        value.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return result;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
