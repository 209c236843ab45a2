package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.settings.SettingsSource;
import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A stack's configuration as the Pulumi CLI would hand it to the program: Pulumi.yaml's declared
 * defaults, then Pulumi.&lt;stack&gt;.yaml, then --set overrides. Values are strings the way the
 * engine sends them (numbers and booleans as text, arrays as JSON); a {@code secure:} value becomes
 * a placeholder and stays marked secret.
 *
 * @param values     fully qualified key to value
 * @param secretKeys fully qualified keys whose values are secrets
 * @param declared   the project's declared settings (unqualified)
 * @param problems   undeclared keys or unreadable files, one line each
 */
public record StackConfig(String stack, Map<String, String> values, Set<String> secretKeys, Set<String> declared,
                          List<String> problems) {

    /** What a secure value reads as in the plan; never a real secret. */
    public static final String SECRET_PLACEHOLDER = "plan-secret-placeholder";

    private static final Gson GSON = new Gson();
    /** How the Pulumi CLI names a stack (without an organisation or project prefix). */
    static final String STACK_NAME = "(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}";

    public static StackConfig load(Path projectDir, String stack, Map<String, String> overrides) {
        return load(projectDir, stack, overrides, Map.of());
    }

    /**
     * @param secretOverrides overrides that stay secret, as {@code pulumi config set --secret} would store them
     */
    public static StackConfig load(Path projectDir, String stack, Map<String, String> overrides, Map<String, String> secretOverrides) {
        var problems = new ArrayList<String>();
        if (!stack.matches(STACK_NAME)) {
            // Checked before any path is built from it: --stack ../etc must not read outside the project.
            problems.add("stack '" + stack + "' is not allowed; a stack name is 1 to 100 letters, digits, -, _ or . and not . or ..");
            return new StackConfig(stack, Map.of(), Set.of(), Set.of(), List.copyOf(problems));
        }
        var values = new TreeMap<String, String>();
        var secrets = new LinkedHashSet<String>();
        var declared = new LinkedHashSet<String>();

        var project = readYaml(projectDir.resolve("Pulumi.yaml"), problems);
        mapAt(project, "config").forEach((key, declaration) -> {
            var qualified = qualify(key);
            declared.add(unqualified(qualified));
            if (declaration instanceof Map<?, ?> schema && schema.containsKey("type")) {
                if (schema.containsKey("default")) {
                    values.put(qualified, text(schema.get("default")));
                }
            } else {
                values.put(qualified, text(declaration));
            }
        });

        var stackFile = projectDir.resolve("Pulumi." + stack + ".yaml");
        if (!Files.exists(stackFile)) {
            problems.add("stack '" + stack + "': no " + stackFile.getFileName() + " in " + projectDir.toAbsolutePath());
        } else {
            mapAt(readYaml(stackFile, problems), "config").forEach((key, value) -> {
                var qualified = qualify(key);
                if (value instanceof Map<?, ?> secure && secure.containsKey("secure")) {
                    values.put(qualified, SECRET_PLACEHOLDER);
                    secrets.add(qualified);
                } else {
                    values.put(qualified, text(value));
                }
                checkDeclared(qualified, values.get(qualified), declared, problems);
            });
        }

        overrides.forEach((key, value) -> {
            var qualified = qualify(key);
            values.put(qualified, value);
            secrets.remove(qualified);
            checkDeclared(qualified, value, declared, problems);
        });
        secretOverrides.forEach((key, value) -> {
            var qualified = qualify(key);
            values.put(qualified, value);
            secrets.add(qualified);
            checkDeclared(qualified, value, declared, problems);
        });
        return new StackConfig(stack, Map.copyOf(values), Set.copyOf(secrets), Set.copyOf(declared), List.copyOf(problems));
    }

    private static void checkDeclared(String qualified, String value, Set<String> declared, List<String> problems) {
        if (qualified.startsWith(SettingsSource.NAMESPACE + ":") && !declared.contains(unqualified(qualified))) {
            problems.add(qualified + ": '" + value + "' is not allowed; it is not a setting declared in Pulumi.yaml");
        }
    }

    /** Keys without a namespace belong to the project, as in Pulumi.yaml. */
    static String qualify(String key) {
        return key.contains(":") ? key : SettingsSource.qualified(key);
    }

    private static String unqualified(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return GSON.toJson(value);
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> readYaml(Path file, List<String> problems) {
        try (Reader reader = Files.newBufferedReader(file)) {
            var options = new LoaderOptions();
            // The Pulumi CLI refuses a key given twice; silently taking the last one would hide a mistake.
            options.setAllowDuplicateKeys(false);
            Object doc = new Yaml(new SafeConstructor(options)).load(reader);
            return doc instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
        } catch (IOException | RuntimeException e) {
            problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
            return Map.of();
        }
    }

    private static Map<String, Object> mapAt(Map<String, Object> doc, String key) {
        return doc.get(key) instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        var result = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
