package com.agenticstudio.platform.addons.secrets;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.eager;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.normalised;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import com.google.gson.JsonParser;
import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** external-secrets in the real cloud stacks: one store, read with the operator's own narrow identity. */
class ExternalSecretsTest {
    static final String STORE = "kubernetes:external-secrets.io/v1:ClusterSecretStore";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String PROJECT_MEMBER = "gcp:projects/iAMMember:IAMMember";

    static Stream<Stacks.Stack> cloudStacks() {
        return AddonGraphs.cloudStacks();
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, "external-secrets").orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, ExternalSecrets.TYPE).orElseThrow();
    }

    /**
     * The rule for the operator's AWS policy: read-only secret actions, on ARNs under the cluster's
     * prefix only.
     */
    static List<String> readsBeyondThePrefix(String policy, String arnPrefix) {
        var violations = new ArrayList<String>();
        for (var statement : JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement")) {
            var s = statement.getAsJsonObject();
            s.getAsJsonArray("Action").forEach(a -> {
                if (!List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret").contains(a.getAsString())) {
                    violations.add("action " + a.getAsString());
                }
            });
            s.getAsJsonArray("Resource").forEach(r -> {
                if (!r.getAsString().startsWith(arnPrefix)) {
                    violations.add("resource " + r.getAsString());
                }
            });
        }
        return violations;
    }

    @Test
    void onlyCloudStacksRunItDevReadsSecretsFromPulumiConfig() {
        assertTrue(AddonGraphs.component(DEV.graph(), ExternalSecrets.TYPE).isEmpty());
        assertTrue(AddonGraphs.release(DEV.graph(), "external-secrets").isEmpty());
        assertEquals(List.of(), DEV.graph().ofType(STORE));
        cloudStacks().forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), "external-secrets").isPresent(), stack.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void theChartIsPinnedTo2_9_0(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "external-secrets", "2.9.0", "https://charts.external-secrets.io");
        assertEquals(true, value(release, "installCRDs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void sharedEnvironmentsRunTwoOfEachDeploymentWithBudgetsLeaderElectionAndZoneSpread(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals(true, value(release, "leaderElect"));
        for (var part : List.of("", "webhook.", "certController.")) {
            assertEquals(2, number(value(release, part + "replicaCount")), part);
            assertEquals(Map.of("enabled", true, "minAvailable", 1), normalised(value(release, part + "podDisruptionBudget")), part);
            assertEquals("topology.kubernetes.io/zone", value(release, part + "topologySpreadConstraints.0.topologyKey"), part);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void everyDeploymentRunsAtThePlatformPriorityAndTheReleaseWaitsForTheClass(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        for (var part : List.of("", "webhook.", "certController.")) {
            assertEquals("studio-platform-critical", value(release, part + "priorityClassName"), part);
        }
        assertTrue(release.dependsOn(graph.named("studio-platform-critical")));
    }

    @Test
    void oneReplicaGetsNeitherBudgetNorLeaderElection() {
        var values = new ExternalSecretsValues("external-secrets", 1, "external-secrets", Output.of(Map.of()), false, "studio-platform-critical").toMap();
        assertEquals(false, values.get("leaderElect"));
        assertEquals(Map.of("enabled", false), values.get("podDisruptionBudget"), "a budget on one pod blocks every drain");
        assertFalse(values.containsKey("topologySpreadConstraints"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void everyContainerHasRequestsAndAMemoryLimitAndTheNamespaceIsLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "certController.resources.requests.cpu")).size(),
                "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void theClusterSecretStoreUsesTheCloudsSecretManagerAndWaitsForTheRelease(Stacks.Stack stack) {
        var graph = stack.graph();
        var stores = graph.ofType(STORE);
        assertEquals(1, stores.size());
        var store = stores.get(0);
        assertEquals("external-secrets.io/v1", store.at("apiVersion"));
        assertEquals("cloud-secrets", store.at("metadata.name"));
        assertTrue(store.dependsOn(release(graph)), "the release installs the CRD and the webhook that validates it");
        assertFalse(eager(store).dependsOn(release(graph)), "the twin");
        var account = Map.of("name", "external-secrets", "namespace", "external-secrets");
        if (stack.cloud().equals("aws")) {
            assertEquals(Map.of("service", "SecretsManager", "region", "eu-west-1", "auth", Map.of("jwt", Map.of("serviceAccountRef", account))),
                    store.at("spec.provider.aws"));
            assertEquals(null, store.at("spec.provider.gcpsm"));
        } else {
            assertEquals("studio-prod-4711", store.at("spec.provider.gcpsm.projectID"));
            assertEquals(Map.of("clusterLocation", "europe-west1", "clusterName", "studio-prod", "clusterProjectID", "studio-prod-4711",
                    "serviceAccountRef", account), store.at("spec.provider.gcpsm.auth.workloadIdentity"));
            assertEquals(null, store.at("spec.provider.aws"));
        }
    }

    @Test
    void onEksTheOperatorMayReadOnlyTheClustersSecrets() {
        for (var stack : List.of(STAGING, PROD)) {
            var account = stack == PROD ? "222222222222" : "111111111111";
            var prefix = "arn:aws:secretsmanager:eu-west-1:" + account + ":secret:studio-" + stack.name() + "-";
            var policy = stack.graph().named("external-secrets-read-secrets");
            assertEquals(ROLE_POLICY, policy.type());
            assertEquals("studio-" + stack.name() + "-external-secrets", policy.at("role"));
            assertTrue(policy.dependsOn(stack.graph().named("external-secrets-irsa")));
            assertEquals(List.of(), readsBeyondThePrefix((String) policy.at("policy"), prefix));
            assertTrue(release(stack.graph()).dependsOn(policy), "the operator starts with its permission");
            assertTrue(String.valueOf(entry(release(stack.graph()), "values.serviceAccount.annotations", "eks.amazonaws.com/role-arn"))
                    .contains("external-secrets-irsa"));
        }
    }

    /** The rule for the operator's GCP grant: a condition that admits only secret ids starting with the prefix. */
    static boolean conditionedOnPrefix(RecordedResource member, String prefix) {
        return ("resource.name.extract(\"/secrets/{secret}/\").startsWith(\"" + prefix + "\")").equals(member.at("condition.expression"));
    }

    @Test
    void aPolicyOnEverySecretOrWithWriteActionsBreaksThePrefixRule() {
        var prefix = "arn:aws:secretsmanager:eu-west-1:222222222222:secret:studio-prod-";
        var everything = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:GetSecretValue\"],\"Resource\":[\"*\"]}]}";
        var write = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:PutSecretValue\"],\"Resource\":[\"" + prefix + "*\"]}]}";
        var staging = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:GetSecretValue\"],"
                + "\"Resource\":[\"arn:aws:secretsmanager:eu-west-1:222222222222:secret:studio-staging-*\"]}]}";
        assertEquals(List.of("resource *"), readsBeyondThePrefix(everything, prefix));
        assertEquals(List.of("action secretsmanager:PutSecretValue"), readsBeyondThePrefix(write, prefix));
        assertEquals(1, readsBeyondThePrefix(staging, prefix).size());
    }

    @Test
    void onGkeTheSecretAccessorRoleIsConditionedOnTheClustersPrefix() {
        var graph = PROD_GCP.graph();
        var members = graph.ofType(PROJECT_MEMBER).stream().filter(m -> "roles/secretmanager.secretAccessor".equals(m.at("role"))).toList();
        assertEquals(1, members.size(), "one grant, to the operator only");
        var member = members.get(0);
        assertEquals("external-secrets-secretmanager-secretAccessor", member.name());
        assertTrue(member.dependsOn(graph.named("external-secrets-gsa")));
        assertTrue(conditionedOnPrefix(member, "studio-prod-"));
        var unconditioned = new RecordedResource(member.urn(), member.type(), member.name(), member.custom(), member.parent(),
                member.provider(), member.dependencies(), member.options(), withoutPath(member.inputs(), "condition"));
        assertFalse(conditionedOnPrefix(unconditioned, "studio-prod-"), "the twin: a grant without condition reads every secret");
        assertFalse(conditionedOnPrefix(member, "studio-"), "the twin: a shorter prefix would reach staging's secrets");
        assertEquals("serviceAccount:studio-prod-4711.svc.id.goog[external-secrets/external-secrets]",
                graph.named("external-secrets-workload-identity").at("member"));
        assertEquals(List.of(), graph.ofType(ROLE_POLICY).stream().filter(p -> p.name().startsWith("external-secrets")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudStacks")
    void theNamespaceAdmitsTheWebhookAndLetsOnlyTheControllerReachTheCloudApis(Stacks.Stack stack) {
        var policies = policies(stack.graph(), "external-secrets");
        assertEquals(List.of(10250), ports(policies.get("allow-webhook")));
        assertEquals("external-secrets-webhook", entry(policies.get("allow-webhook"), "spec.podSelector.matchLabels", "app.kubernetes.io/name"));
        var cloud = policies.values().stream().filter(p -> p.name().startsWith("external-secrets-allow-cloud-apis")).toList();
        assertFalse(cloud.isEmpty());
        cloud.forEach(p -> assertEquals("external-secrets", entry(p, "spec.podSelector.matchLabels", "app.kubernetes.io/name"), p.name()));
        assertEquals(List.of(8080), ports(policies.get("allow-scrape")));
        assertTrue(policies.containsKey("allow-api-server"));
    }
}
