package com.agenticstudio.platform.rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The upstream OpenAPI schemas of custom resources' specs, vendored as the CRDs define them, and a
 * validator for the parts of OpenAPI v3 the CRDs use here: type, properties, required, items,
 * additionalProperties, enum, pattern, anyOf and x-kubernetes-int-or-string. Unknown fields are
 * refused, as the API server prunes (and server-side apply refuses) them.
 */
public final class CrdSchemas {
    /** prometheus-operator 0.93.1's monitoring.coreos.com/v1 specs, from kube-prometheus-stack 88.5.3's crds subchart. */
    public static final String MONITORING = "/crds/monitoring-coreos-com-v1.json";

    private CrdSchemas() {
    }

    /** The spec schemas by kind. */
    public static Map<String, JsonObject> load(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            var root = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            var schemas = new java.util.LinkedHashMap<String, JsonObject>();
            root.getAsJsonObject("schemas").entrySet().forEach(e -> schemas.put(e.getKey(), e.getValue().getAsJsonObject()));
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What in {@code value} the schema refuses, one line per problem, each with its path. */
    public static List<String> violations(JsonObject schema, Object value, String path) {
        var problems = new ArrayList<String>();
        check(schema, value, path, problems);
        return problems;
    }

    private static void check(JsonObject schema, Object value, String path, List<String> problems) {
        if (value == null) {
            problems.add(path + " is null");
            return;
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonElement branch : schema.getAsJsonArray("anyOf")) {
                if (violations(branch.getAsJsonObject(), value, path).isEmpty()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                problems.add(path + " matches none of " + schema.get("anyOf"));
            }
            return;
        }
        if (schema.has("x-kubernetes-int-or-string") && (value instanceof Number || value instanceof String)) {
            return;
        }
        var type = schema.has("type") ? schema.get("type").getAsString() : null;
        if (type == null) {
            return; // free-form
        }
        switch (type) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(path + " must be an object, got " + value);
                    return;
                }
                var properties = schema.has("properties") ? schema.getAsJsonObject("properties") : null;
                if (schema.has("required")) {
                    for (JsonElement key : schema.getAsJsonArray("required")) {
                        if (!map.containsKey(key.getAsString())) {
                            problems.add(path + " lacks required " + key.getAsString());
                        }
                    }
                }
                map.forEach((key, child) -> {
                    var childPath = path + "." + key;
                    if (properties != null && properties.has(String.valueOf(key))) {
                        check(properties.getAsJsonObject(String.valueOf(key)), child, childPath, problems);
                    } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isJsonObject()) {
                        check(schema.getAsJsonObject("additionalProperties"), child, childPath, problems);
                    } else if (properties != null || !schema.has("x-kubernetes-preserve-unknown-fields")) {
                        problems.add(childPath + " is not a field of the schema");
                    }
                });
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    problems.add(path + " must be an array, got " + value);
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    check(schema.getAsJsonObject("items"), list.get(i), path + "." + i, problems);
                }
            }
            case "string" -> {
                if (!(value instanceof String text)) {
                    problems.add(path + " must be a string, got " + value);
                    return;
                }
                if (schema.has("enum")) {
                    var allowed = new ArrayList<String>();
                    schema.getAsJsonArray("enum").forEach(e -> allowed.add(e.getAsString()));
                    if (!allowed.contains(text)) {
                        problems.add(path + " is '" + text + "', not one of " + allowed);
                    }
                }
                if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").getAsString()).matcher(text).find()) {
                    problems.add(path + " '" + text + "' does not match " + schema.get("pattern").getAsString());
                }
                if (schema.has("minLength") && text.length() < schema.get("minLength").getAsInt()) {
                    problems.add(path + " is shorter than " + schema.get("minLength").getAsInt());
                }
            }
            case "integer" -> {
                if (!(value instanceof Number number) || new BigDecimal(number.toString()).stripTrailingZeros().scale() > 0) {
                    problems.add(path + " must be an integer, got " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    problems.add(path + " must be a number, got " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(path + " must be a boolean, got " + value);
                }
            }
            default -> problems.add(path + " has a schema type this validator does not know: " + type);
        }
    }
}
