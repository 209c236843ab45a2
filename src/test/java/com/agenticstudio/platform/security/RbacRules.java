package com.agenticstudio.platform.security;

import com.agenticstudio.platform.check.KubernetesRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules over the Roles and ClusterRoles a graph declares. */
final class RbacRules {
    static final Set<String> READ_VERBS = Set.of("get", "list", "watch");

    private RbacRules() {
    }

    /** Reading a Secret is reading every credential in its namespace; no declared role may. */
    static List<String> noRoleReachesSecrets(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var role : roles(manifests)) {
            for (var rule : rules(role)) {
                var groups = KubernetesRules.at(rule, "apiGroups") instanceof List<?> g ? g : List.of();
                var resources = KubernetesRules.at(rule, "resources") instanceof List<?> r ? r : List.of();
                if ((groups.contains("") || groups.contains("*")) && (resources.contains("secrets") || resources.contains("*"))) {
                    violations.add(KubernetesRules.id(role) + " grants " + rule.get("verbs") + " on secrets");
                }
            }
        }
        return violations;
    }

    /** Verbs beyond get, list and watch in a role meant to be read-only. */
    static List<String> writesIn(Map<String, Object> role) {
        var violations = new ArrayList<String>();
        for (var rule : rules(role)) {
            var verbs = KubernetesRules.at(rule, "verbs") instanceof List<?> v ? v : List.of();
            verbs.stream().filter(verb -> !READ_VERBS.contains(String.valueOf(verb)))
                    .forEach(verb -> violations.add(KubernetesRules.id(role) + " may " + verb + " " + rule.get("resources")));
        }
        return violations;
    }

    static List<Map<String, Object>> roles(List<Map<String, Object>> manifests) {
        return manifests.stream().filter(m -> "Role".equals(m.get("kind")) || "ClusterRole".equals(m.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> role) {
        return role.get("rules") instanceof List<?> rules
                ? rules.stream().map(r -> (Map<String, Object>) r).toList()
                : List.of();
    }
}
