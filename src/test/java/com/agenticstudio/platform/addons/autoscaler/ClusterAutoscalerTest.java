package com.agenticstudio.platform.addons.autoscaler;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Cluster Autoscaler: EKS only, its own tag-scoped IAM policy, spot preferred for pods that tolerate it. */
class ClusterAutoscalerTest {
    static final String NAME = "cluster-autoscaler";

    static Stream<Stacks.Stack> eks() {
        return Stream.of(STAGING, PROD);
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, NAME).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, ClusterAutoscaler.TYPE).orElseThrow();
    }

    /** The rule: every statement granting a scaling action is conditioned on this cluster's ownership tag being "owned". */
    static List<String> unscopedScaling(String policy, String clusterName) {
        var violations = new ArrayList<String>();
        for (var element : JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement")) {
            var statement = element.getAsJsonObject();
            var owned = statement.has("Condition") && ownedBy(statement.getAsJsonObject("Condition"), clusterName);
            statement.getAsJsonArray("Action").forEach(action -> {
                if (AutoscalerPolicy.SCALE.contains(action.getAsString()) && !owned) {
                    violations.add(action.getAsString());
                }
                if (!action.getAsString().contains(":Describe") && !action.getAsString().contains(":Get")
                        && !AutoscalerPolicy.SCALE.contains(action.getAsString())) {
                    violations.add("unexpected " + action.getAsString());
                }
            });
        }
        return violations;
    }

    private static boolean ownedBy(JsonObject conditions, String clusterName) {
        var equals = conditions.getAsJsonObject("StringEquals");
        var key = "aws:ResourceTag/k8s.io/cluster-autoscaler/" + clusterName;
        return equals != null && equals.has(key) && equals.get(key).getAsString().equals("owned");
    }

    @Test
    void onlyEksRunsIt() {
        for (var stack : List.of(DEV, PROD_GCP)) {
            assertTrue(AddonGraphs.component(stack.graph(), ClusterAutoscaler.TYPE).isEmpty(), stack.toString());
        }
        eks().forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), NAME).isPresent(), stack.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void theChartIsPinnedTo9_59_0WhoseAppMatchesTheClusterMinor(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, NAME, "9.59.0", "https://kubernetes.github.io/autoscaler");
        assertEquals("kubernetes/autoscaler@cluster-autoscaler-chart-9.59.0 cluster-autoscaler/charts/cluster-autoscaler/values.yaml",
                component(stack.graph()).at("declarations.chart.valuesCheckedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void itDiscoversTheNodeGroupsByTheirTagsAndPrefersSpot(Stacks.Stack stack) {
        var release = release(stack.graph());
        assertEquals("aws", value(release, "cloudProvider"));
        assertEquals("eu-west-1", value(release, "awsRegion"));
        assertEquals("studio-" + stack.name(), value(release, "autoDiscovery.clusterName"));
        assertEquals("priority", value(release, "extraArgs.expander"));
        assertEquals(true, value(release, "extraArgs.balance-similar-node-groups"));
        assertEquals(Map.of("50", List.of("^eks-spot-.*"), "10", List.of(".*")), entryMap(release, "values.expanderPriorities"));
        assertTrue("eks-spot-20261130-4f2a".matches(ClusterAutoscaler.SPOT_GROUPS), "the ASG EKS names after the spot group");
        assertEquals(false, "eks-on-demand-20261130-4f2a".matches(ClusterAutoscaler.SPOT_GROUPS));
        assertEquals("system-cluster-critical", value(release, "priorityClassName"));
        assertEquals(false, value(release, "extraArgs.skip-nodes-with-local-storage"));
    }

    private static Map<?, ?> entryMap(RecordedResource release, String path) {
        return (Map<?, ?>) release.at(path);
    }

    @Test
    void prodRunsTwoReplicasWithLeaderElectionAndScalesDownMoreSlowlyThanStaging() {
        var prod = release(PROD.graph());
        var staging = release(STAGING.graph());
        assertEquals(2, number(value(prod, "replicaCount")));
        assertEquals(true, value(prod, "extraArgs.leader-elect"));
        assertEquals(1, number(value(staging, "replicaCount")));
        assertEquals("10m", value(prod, "extraArgs.scale-down-unneeded-time"));
        assertEquals("5m", value(staging, "extraArgs.scale-down-unneeded-time"));
        assertEquals("0.5", value(prod, "extraArgs.scale-down-utilization-threshold"));
        assertEquals("0.6", value(staging, "extraArgs.scale-down-utilization-threshold"));
        assertTrue(value(prod, "topologySpreadConstraints") instanceof List<?>, "prod's two replicas spread over zones");
    }

    @Test
    void aScaleDownSettingOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterAutoscaler.ScaleDown("10 minutes", "0.5", "10m"));
        assertThrows(IllegalArgumentException.class, () -> new ClusterAutoscaler.ScaleDown("10m", "1.5", "10m"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void itsOwnRoleMayResizeOnlyThisClustersGroups(Stacks.Stack stack) {
        var graph = stack.graph();
        var cluster = "studio-" + stack.name();
        var role = graph.named(NAME + "-irsa");
        assertTrue(((String) role.at("assumeRolePolicy")).contains("\"system:serviceaccount:" + NAME + ":" + NAME + "\""));
        var policy = graph.named(NAME + "-scale-node-groups");
        var document = (String) policy.at("policy");
        assertEquals(List.of(), unscopedScaling(document, cluster));
        assertTrue(document.contains("\"aws:ResourceTag/k8s.io/cluster-autoscaler/" + cluster + "\":\"owned\""), document);
        assertTrue(release(graph).dependsOn(policy), "the autoscaler starts with its permissions");
        assertTrue(String.valueOf(entry(release(graph), "values.rbac.serviceAccount.annotations", "eks.amazonaws.com/role-arn"))
                .contains(NAME + "-irsa"));
    }

    @Test
    void anUnconditionedOrForeignScalingGrantBreaksTheTagRule() {
        var policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"autoscaling:SetDesiredCapacity\"],\"Resource\":[\"*\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"autoscaling:TerminateInstanceInAutoScalingGroup\"],\"Resource\":[\"*\"],"
                + "\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/k8s.io/cluster-autoscaler/other\":\"owned\"}}},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"ec2:TerminateInstances\"],\"Resource\":[\"*\"]}]}";
        assertEquals(List.of("autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup",
                "unexpected ec2:TerminateInstances"), unscopedScaling(policy, "studio-prod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void requestsAMemoryLimitARestrictedPodAndALockedDownNamespace(Stacks.Stack stack) {
        var graph = stack.graph();
        var release = release(graph);
        var values = (Map<?, ?>) release.at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "resources.limits")).size(), "the twin");
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
        assertEquals(true, value(release, "securityContext.runAsNonRoot"));
        assertEquals(Map.of("type", "RuntimeDefault"), value(release, "securityContext.seccompProfile"));
        assertEquals(false, value(release, "containerSecurityContext.allowPrivilegeEscalation"));
        assertEquals(Map.of("drop", List.of("ALL")), value(release, "containerSecurityContext.capabilities"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eks")
    void theNamespaceLetsItReachTheApiServerAndTheAwsApisAndBeScraped(Stacks.Stack stack) {
        var policies = policies(stack.graph(), NAME);
        assertEquals(List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-cloud-apis", "allow-scrape"),
                List.copyOf(policies.keySet()));
        assertEquals(List.of(443), ports(policies.get("allow-cloud-apis")));
        assertEquals(List.of(8085), ports(policies.get("allow-scrape")));
        policies.values().stream().filter(p -> !p.name().endsWith("default-deny-all") && !p.name().endsWith("allow-dns"))
                .forEach(p -> assertEquals("aws-cluster-autoscaler", entry(p, "spec.podSelector.matchLabels", "app.kubernetes.io/name"), p.name()));
    }
}
