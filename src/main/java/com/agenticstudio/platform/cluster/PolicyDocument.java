package com.agenticstudio.platform.cluster;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An IAM policy document built from typed statements, so that no policy is assembled by string concatenation. */
public record PolicyDocument(List<PolicyDocument.Statement> statements) {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    public PolicyDocument {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a policy document needs at least one statement");
        }
    }

    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    /**
     * One Allow statement.
     *
     * @param principal  for trust policies: principal type (Service, Federated, AWS) to its value; empty otherwise
     * @param resources  for identity policies; empty in trust policies
     * @param conditions operator (StringEquals, ...) to condition key to its values (any of them matches)
     */
    public record Statement(
            List<String> actions,
            Map<String, String> principal,
            List<String> resources,
            Map<String, Map<String, List<String>>> conditions) {

        public Statement {
            actions = List.copyOf(actions);
            principal = Collections.unmodifiableMap(new TreeMap<>(principal));
            resources = List.copyOf(resources);
            conditions = copy(conditions);
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("a statement needs at least one action");
            }
            if (principal.isEmpty() == resources.isEmpty()) {
                throw new IllegalArgumentException("a statement names either principals (trust) or resources (permissions)");
            }
        }

        /** Lets {@code principalType: principal} assume the role. */
        public static Statement trust(String action, String principalType, String principal,
                                      Map<String, Map<String, String>> conditions) {
            var multi = new TreeMap<String, Map<String, List<String>>>();
            conditions.forEach((operator, keys) -> {
                var values = new TreeMap<String, List<String>>();
                keys.forEach((key, value) -> values.put(key, List.of(value)));
                multi.put(operator, values);
            });
            return new Statement(List.of(action), Map.of(principalType, principal), List.of(), multi);
        }

        public static Statement allow(List<String> actions, List<String> resources) {
            return new Statement(actions, Map.of(), resources, Map.of());
        }

        public static Statement allow(List<String> actions, List<String> resources, Map<String, Map<String, List<String>>> conditions) {
            return new Statement(actions, Map.of(), resources, conditions);
        }

        /** Sorted, so that the rendered JSON is the same on every run and never shows as a change. */
        private static Map<String, Map<String, List<String>>> copy(Map<String, Map<String, List<String>>> conditions) {
            var copy = new TreeMap<String, Map<String, List<String>>>();
            conditions.forEach((operator, keys) -> {
                var values = new TreeMap<String, List<String>>();
                keys.forEach((key, list) -> {
                    if (list.isEmpty()) {
                        throw new IllegalArgumentException("condition " + operator + " " + key + " has no value");
                    }
                    values.put(key, List.copyOf(list));
                });
                copy.put(operator, Collections.unmodifiableMap(values));
            });
            return Collections.unmodifiableMap(copy);
        }

        JsonObject toJson() {
            var json = new JsonObject();
            json.addProperty("Effect", "Allow");
            if (!principal.isEmpty()) {
                var p = new JsonObject();
                principal.forEach(p::addProperty);
                json.add("Principal", p);
            }
            json.add("Action", array(actions));
            if (!resources.isEmpty()) {
                json.add("Resource", array(resources));
            }
            if (!conditions.isEmpty()) {
                var c = new JsonObject();
                conditions.forEach((operator, keys) -> {
                    var k = new JsonObject();
                    // One value as a string, the way IAM's own documents write it.
                    keys.forEach((key, values) -> {
                        if (values.size() == 1) {
                            k.addProperty(key, values.get(0));
                        } else {
                            k.add(key, array(values));
                        }
                    });
                    c.add(operator, k);
                });
                json.add("Condition", c);
            }
            return json;
        }

        private static JsonArray array(List<String> values) {
            var array = new JsonArray();
            values.forEach(array::add);
            return array;
        }
    }

    public String toJson() {
        var root = new JsonObject();
        root.addProperty("Version", "2012-10-17");
        var list = new JsonArray();
        statements.forEach(s -> list.add(s.toJson()));
        root.add("Statement", list);
        return GSON.toJson(root);
    }
}
