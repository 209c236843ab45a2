package com.agenticstudio.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessControlTest {
    private static final Map<String, String> OVERRIDES = Map.of(
            "appNamespace", "shop", "deployerGroup", "ci:deployers", "developerGroup", "eng:developers");

    private static ResourceGraph access() {
        var options = AccessControl.Options.from(Graphs.settings("prod", OVERRIDES));
        return Graphs.component(Cloud.AWS, cluster -> new AccessControl("access", options, cluster,
                new CustomResource("test:index:Namespace", "app-namespace", null, null), ComponentResourceOptions.Empty));
    }

    private static RecordedResource deployerRole(ResourceGraph graph) {
        return graph.named("access-deployer");
    }

    private static RecordedResource developerRole(ResourceGraph graph) {
        return graph.named("access-developer-read");
    }

    @Test
    void theDeployerRoleLivesInTheAppNamespaceAndWaitsForIt() {
        var graph = access();
        var role = deployerRole(graph);
        assertEquals("kubernetes:rbac.authorization.k8s.io/v1:Role", role.type());
        assertEquals(Map.of("name", "deployer", "namespace", "shop"), Map.of("name", role.at("metadata.name"), "namespace", role.at("metadata.namespace")));
        assertTrue(role.dependsOn(graph.named("app-namespace")));
        assertTrue(graph.named("access-deployer-binding").dependsOn(graph.named("app-namespace")));
    }

    @Test
    void ciIsBoundToTheDeployerRoleAndDevelopersToTheReadOnlyClusterRole() {
        var graph = access();
        var deployer = graph.named("access-deployer-binding");
        assertEquals("shop", deployer.at("metadata.namespace"));
        assertEquals(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Role", "name", "deployer"), deployer.at("roleRef"));
        assertEquals(List.of(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Group", "name", "ci:deployers")), deployer.at("subjects"));
        var developers = graph.named("access-developer-read-binding");
        assertEquals("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", developers.type());
        assertEquals(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole", "name", "studio-developer-read"),
                developers.at("roleRef"));
        assertEquals(List.of(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Group", "name", "eng:developers")),
                developers.at("subjects"));
    }

    @Test
    void noDeclaredRoleReachesSecrets() {
        assertEquals(List.of(), RbacRules.noRoleReachesSecrets(access().manifests()));
    }

    @Test
    void aRoleOnSecretsOrOnEverythingIsReported() {
        var manifests = new ArrayList<>(access().manifests());
        manifests.add(Map.of("kind", "ClusterRole", "metadata", Map.of("name", "too-much"),
                "rules", List.of(Map.of("apiGroups", List.of(""), "resources", List.of("*"), "verbs", List.of("get")))));
        assertEquals(List.of("ClusterRole default/too-much grants [get] on secrets"), RbacRules.noRoleReachesSecrets(manifests));
    }

    @Test
    void developersOnlyLookAndCanReadLogsAndEvents() {
        var role = developerRole(access());
        assertEquals("studio-developer-read", role.at("metadata.name"));
        assertEquals(List.of(), RbacRules.writesIn(manifest(role)));
        assertTrue(AccessControl.DEVELOPER_READ.stream().anyMatch(g -> g.allows("pods/log", "get")));
        assertTrue(AccessControl.DEVELOPER_READ.stream().anyMatch(g -> g.allows("events", "watch")));
        assertTrue(AccessControl.DEVELOPER_READ.stream().anyMatch(g -> g.allows("httproutes", "list")));
        assertTrue(AccessControl.DEPLOYER.stream().anyMatch(g -> g.allows("httproutes", "get")));
    }

    @Test
    void aWriteVerbInTheReadOnlyRoleIsReported() {
        var role = manifest(developerRole(access()));
        var rules = new ArrayList<Object>((List<?>) role.get("rules"));
        rules.add(Map.of("apiGroups", List.of(""), "resources", List.of("pods/exec"), "verbs", List.of("create")));
        role.put("rules", rules);
        assertEquals(List.of("ClusterRole default/studio-developer-read may create [pods/exec]"), RbacRules.writesIn(role));
    }

    @Test
    void ciMayRollTheDeploymentOutButNeverCreateOrDeleteOrOpenTheNetwork() {
        var deployer = AccessControl.DEPLOYER;
        assertTrue(deployer.stream().anyMatch(g -> g.allows("deployments", "patch")));
        assertTrue(deployer.stream().anyMatch(g -> g.allows("replicasets", "watch")), "kubectl rollout status watches ReplicaSets");
        for (var grant : deployer) {
            assertFalse(grant.verbs().contains("delete") || grant.verbs().contains("create") || grant.verbs().contains("*"), grant.toString());
            assertFalse(grant.resources().contains("networkpolicies") || grant.resources().contains("roles")
                    || grant.resources().contains("rolebindings") || grant.resources().contains("secrets"), grant.toString());
        }
        assertEquals(deployer.size(), ((List<?>) deployerRole(access()).at("rules")).size());
    }

    @ParameterizedTest(name = "{0}: no role the program declares reaches Secrets")
    @ValueSource(strings = {"dev", "staging", "prod"})
    void noRoleInTheProgramReachesSecrets(String stack) {
        var manifests = Graphs.stack(stack).manifests();
        assertFalse(RbacRules.roles(manifests).isEmpty());
        assertEquals(List.of(), RbacRules.noRoleReachesSecrets(manifests));
    }

    @ParameterizedTest(name = "{0}: the deployer Role waits for the app namespace the backend declares")
    @ValueSource(strings = {"dev", "prod"})
    void inTheProgramTheDeployerRoleWaitsForTheAppNamespace(String stack) {
        var graph = Graphs.stack(stack);
        var namespace = graph.ofType("kubernetes:core/v1:Namespace").stream()
                .filter(ns -> "studio".equals(ns.at("metadata.name"))).findFirst().orElseThrow();
        assertTrue(deployerRole(graph).dependsOn(namespace), "the API server refuses a Role in a namespace not yet created");
    }

    private static Map<String, Object> manifest(RecordedResource resource) {
        var manifest = new HashMap<String, Object>(resource.inputs());
        return manifest;
    }
}
