package com.agenticstudio.platform.plan;

import java.util.List;
import java.util.Map;

/**
 * One resource as the engine saw its registration: the shape of an entry in resources.json.
 *
 * @param provider     the provider reference ({@code <urn>::<id>}) or null
 * @param dependencies URNs it waits for, explicit dependsOn and implicit through inputs
 * @param inputs       inputs as sent to the engine; secret values are {@value ProtoValues#SECRET}
 */
public record RecordedResource(
        String urn,
        String type,
        String name,
        boolean custom,
        String parent,
        String provider,
        List<String> dependencies,
        Options options,
        Map<String, Object> inputs) {

    /**
     * The resource options that change how the engine treats the resource. The last two extend the
     * contract: outputs the engine must store encrypted, and the provider plugin version pinned.
     */
    public record Options(boolean protect, boolean retainOnDelete, List<String> ignoreChanges,
                          boolean deleteBeforeReplace, Map<String, String> customTimeouts,
                          List<String> additionalSecretOutputs, String version) {
    }

    /** An input by dotted path; list elements by index, e.g. {@code spec.template.spec.containers.0.name}. */
    public Object at(String path) {
        Object current = inputs;
        for (var part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()) {
                current = list.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }

    public boolean dependsOn(RecordedResource other) {
        return dependencies.contains(other.urn());
    }

    /** The URN part of the provider reference. */
    public String providerUrn() {
        return provider == null ? null : provider.substring(0, provider.lastIndexOf("::"));
    }
}
