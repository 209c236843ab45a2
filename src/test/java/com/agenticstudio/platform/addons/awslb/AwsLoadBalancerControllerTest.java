package com.agenticstudio.platform.addons.awslb;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.number;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The AWS Load Balancer Controller: EKS only, with its own IAM policy scoped by the cluster tag. */
class AwsLoadBalancerControllerTest {
    static final String NAME = "aws-load-balancer-controller";
    /** What changes or deletes load balancers, target groups and security groups; tag-scoped upstream. */
    static final Set<String> TAG_SCOPED = Set.of(
            "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup",
            "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:DeleteTargetGroup",
            "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:ModifyTargetGroup",
            "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:SetSubnets",
            "elasticloadbalancing:SetSecurityGroups", "elasticloadbalancing:SetIpAddressType",
            "ec2:DeleteSecurityGroup", "ec2:CreateTags", "ec2:DeleteTags");
    static final String CLUSTER_TAG = "elbv2.k8s.aws/cluster";

    static Stream<Stacks.Stack> eks() {
        return Stream.of(STAGING, PROD);
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, NAME).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, AwsLoadBalancerController.TYPE).orElseThrow();
    }

    /** The rule: every statement that grants a tag-scoped action carries a condition on the cluster tag. */
    static List<String> unscoped(String policy) {
        var violations = new ArrayList<String>();
        for (var element : JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement")) {
            var statement = element.getAsJsonObject();
            var scoped = statement.has("Condition") && conditionKeys(statement.getAsJsonObject("Condition")).stream()
                    .anyMatch(key -> key.endsWith("Tag/" + CLUSTER_TAG));
            statement.getAsJsonArray("Action").forEach(action -> {
                if (TAG_SCOPED.contains(action.getAsString()) && !scoped) {
                    violations.add(action.getAsString());
                }
            });
        }
        return violations;
    }

    static List<String> conditionKeys(JsonObject conditions) {
        return conditions.keySet().stream().flatMap(operator -> conditions.getAsJsonObject(operator).keySet().stream()).toList();
    }

    /** The rule for a restricted container: non-root, no escalation, no capabilities, RuntimeDefault seccomp. */
    static List<String> unrestricted(Object securityContext) {
        var context = securityContext instanceof Map<?, ?> m ? m : Map.of();
        var violations = new ArrayList<String>();
        if (!Boolean.TRUE.equals(context.get("runAsNonRoot"))) {
            violations.add("runAsNonRoot");
        }
        if (!Boolean.FALSE.equals(context.get("allowPrivilegeEscalation"))) {
            violations.add("allowPrivilegeEscalation");
        }
        if (!Map.of("drop", List.of("ALL")).equals(context.get("capabilities"))) {
            violations.add("capabilities");
        }
        if (!Map.of("type", "RuntimeDefault").equals(context.get("seccompProfile"))) {
            violations.add("seccompProfile");
        }
        return violations;
    }

    @Test
    void onlyEksRunsIt() {
        for (var stack : List.of(DEV, PROD_GCP)) {
            assertTrue(AddonGraphs.component(stack.graph(), AwsLoadBalancerController.TYPE).isEmpty(), stack.toString());
            assertTrue(AddonGraphs.release(stack.graph(), NAME).isEmpty(), stack.toString());
        }
        eks().forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), NAME).isPresent(), stack.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void theChartIsPinnedTo3_5_0FromEksCharts(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, NAME, "3.5.0", "https://aws.github.io/eks-charts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void theControllerIsToldItsClusterRegionAndVpcBecauseItCannotReachTheInstanceMetadata(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertEquals("studio-" + stack.name(), value(release, "clusterName"));
        assertEquals("eu-west-1", value(release, "region"));
        var vpc = graph.named("studio-" + stack.name() + "-network-vpc");
        assertTrue(release.dependsOn(vpc), "the VPC id is the cluster VPC's output");
        assertEquals(vpc.name() + "-id", value(release, "vpcId"), "the plan's placeholder for the VPC's id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void twoReplicasWithABudgetRequestsAndAMemoryLimitAndALockedDownNamespace(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        assertEquals(2, number(value(release, "replicaCount")));
        assertEquals(1, number(value(release, "podDisruptionBudget.maxUnavailable")));
        var values = (Map<?, ?>) release.at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "resources.limits")).size(), "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void noServiceMutatorWebhookAndARestrictedSecurityContext(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals(false, value(release, "enableServiceMutatorWebhook"), "no cluster-wide webhook on every Service creation");
        assertEquals(List.of(), unrestricted(value(release, "securityContext")));
        assertEquals(true, value(release, "securityContext.readOnlyRootFilesystem"));
        assertEquals(List.of("capabilities", "seccompProfile"), unrestricted(
                withoutPath(withoutPath((Map<?, ?>) value(release, "securityContext"), "capabilities"), "seccompProfile")),
                "the twin: the chart's default lacks what restricted asks for");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void itsOwnRoleTrustsOnlyItsServiceAccountAndWhatItChangesIsScopedByTheClusterTag(Stacks.Stack stack) {
        var graph = stack.graph();
        var role = graph.named(NAME + "-irsa");
        assertTrue(((String) role.at("assumeRolePolicy")).contains("\"system:serviceaccount:" + NAME + ":" + NAME + "\""));
        var policy = graph.named(NAME + "-load-balancers");
        assertEquals("aws:iam/rolePolicy:RolePolicy", policy.type());
        assertTrue(policy.dependsOn(role));
        var document = (String) policy.at("policy");
        assertEquals(List.of(), unscoped(document));
        var tagged = 0;
        for (var statement : JsonParser.parseString(document).getAsJsonObject().getAsJsonArray("Statement")) {
            var conditions = statement.getAsJsonObject().getAsJsonObject("Condition");
            tagged += conditions != null && conditionKeys(conditions).stream().anyMatch(k -> k.endsWith(CLUSTER_TAG)) ? 1 : 0;
        }
        assertEquals(7, tagged, "the seven statements of iam_policy.json that test the cluster tag");
        assertTrue(release(graph).dependsOn(policy), "the controller starts with its permissions");
        assertTrue(String.valueOf(entry(release(graph), "values.serviceAccount.annotations", "eks.amazonaws.com/role-arn")).contains(NAME + "-irsa"));
    }

    @Test
    void anUnconditionedDeleteBreaksTheTagRule() {
        var policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"elasticloadbalancing:DeleteLoadBalancer\"],\"Resource\":[\"*\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"ec2:DeleteSecurityGroup\"],\"Resource\":[\"*\"],"
                + "\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/team\":\"platform\"}}}]}";
        assertEquals(List.of("elasticloadbalancing:DeleteLoadBalancer", "ec2:DeleteSecurityGroup"), unscoped(policy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void theNamespaceAdmitsTheWebhookAndLetsTheControllerReachTheAwsApis(Stacks.Stack stack) {
        var policies = policies(stack.graph(), NAME);
        assertEquals(List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-webhook", "allow-cloud-apis", "allow-scrape"),
                List.copyOf(policies.keySet()));
        assertEquals(List.of(9443), ports(policies.get("allow-webhook")));
        assertEquals(List.of(443), ports(policies.get("allow-cloud-apis")));
        assertEquals(List.of(8080), ports(policies.get("allow-scrape")));
        policies.values().stream().filter(p -> !p.name().endsWith("default-deny-all") && !p.name().endsWith("allow-dns"))
                .forEach(p -> assertEquals(NAME, entry(p, "spec.podSelector.matchLabels", "app.kubernetes.io/name"), p.name()));
    }
}
