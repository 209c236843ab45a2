package com.agenticstudio.platform.security;

import com.pulumi.kubernetes.rbac.v1.inputs.PolicyRuleArgs;
import java.util.List;

/**
 * One RBAC rule: verbs on resources of an API group ("" is the core group). Kept as data so that
 * tests can read what a role allows without a cluster.
 */
public record Grant(String apiGroup, List<String> resources, List<String> verbs) {
    public static final List<String> READ = List.of("get", "list", "watch");
    /** Change what exists; never create or delete, which stays with the platform's Pulumi program. */
    public static final List<String> READ_AND_UPDATE = List.of("get", "list", "watch", "update", "patch");

    public Grant {
        resources = List.copyOf(resources);
        verbs = List.copyOf(verbs);
    }

    public static Grant read(String apiGroup, String... resources) {
        return new Grant(apiGroup, List.of(resources), READ);
    }

    public boolean allows(String resource, String verb) {
        return resources.contains(resource) && verbs.contains(verb);
    }

    PolicyRuleArgs toRule() {
        return PolicyRuleArgs.builder().apiGroups(apiGroup).resources(resources).verbs(verbs).build();
    }
}
