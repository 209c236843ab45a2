package com.agenticstudio.platform.plan;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes the plan's three files; their shape is the contract in shared/plan-format.md. */
public final class PlanWriter {
    public static final String RESOURCES = "resources.json";
    public static final String MANIFESTS = "manifests.yaml";
    public static final String OUTPUTS = "outputs.json";

    private PlanWriter() {
    }

    public static void write(ResourceGraph graph, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        var gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
        var resources = new ArrayList<Map<String, Object>>();
        graph.resources().forEach(r -> resources.add(entry(r)));
        try (Writer out = Files.newBufferedWriter(outDir.resolve(RESOURCES))) {
            gson.toJson(resources, out);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve(OUTPUTS))) {
            gson.toJson(graph.outputs(), out);
        }
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setExplicitStart(true);
        options.setSplitLines(false);
        try (Writer out = Files.newBufferedWriter(outDir.resolve(MANIFESTS))) {
            new Yaml(options).dumpAll(graph.manifests().iterator(), out);
        }
    }

    /** Field order as in the contract. */
    static Map<String, Object> entry(RecordedResource r) {
        var options = new LinkedHashMap<String, Object>();
        options.put("protect", r.options().protect());
        options.put("retainOnDelete", r.options().retainOnDelete());
        options.put("ignoreChanges", r.options().ignoreChanges());
        options.put("deleteBeforeReplace", r.options().deleteBeforeReplace());
        options.put("customTimeouts", r.options().customTimeouts());
        options.put("additionalSecretOutputs", r.options().additionalSecretOutputs());
        options.put("version", r.options().version());
        var entry = new LinkedHashMap<String, Object>();
        entry.put("urn", r.urn());
        entry.put("type", r.type());
        entry.put("name", r.name());
        entry.put("custom", r.custom());
        entry.put("parent", r.parent());
        entry.put("provider", r.provider());
        entry.put("dependencies", List.copyOf(r.dependencies()));
        entry.put("options", options);
        entry.put("inputs", r.inputs());
        return entry;
    }
}
