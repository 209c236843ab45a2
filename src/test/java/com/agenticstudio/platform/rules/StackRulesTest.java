package com.agenticstudio.platform.rules;

import com.agenticstudio.platform.check.ChartServices;
import com.agenticstudio.platform.check.MonitoringRules;
import com.agenticstudio.platform.check.KubernetesRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.plan.StackConfig;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Kubernetes rule, over the whole graph each real stack declares. */
class StackRulesTest {

    static final List<Stack> STACKS = Stacks.ALL;

    static Stream<Arguments> everyRuleOnEveryStack() {
        return STACKS.stream().flatMap(stack -> KubernetesRules.ALL.stream().map(rule -> Arguments.of(stack, rule)));
    }

    static Stream<Stack> stacks() {
        return STACKS.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRuleOnEveryStack")
    void theStackBreaksNoRule(Stack stack, KubernetesRules.Rule rule) {
        // The Services the charts render stand beside the declared objects (routes and scrapes refer to them).
        assertEquals(List.of(), rule.apply(ChartServices.withStandIns(stack.graph())));
    }

    @ParameterizedTest(name = "{0}: every manifest has apiVersion, kind, name and, where namespaced, a namespace")
    @MethodSource("stacks")
    void everyManifestIsWellFormed(Stack stack) {
        var manifests = stack.graph().manifests();
        assertEquals(List.of(), KubernetesRules.manifestsAreWellFormed(manifests));
    }

    @ParameterizedTest(name = "{0}: declares every kind the rules judge, so that none passes for want of objects")
    @MethodSource("stacks")
    void theRulesHaveSomethingToJudge(Stack stack) {
        var kinds = stack.graph().manifests().stream().map(m -> String.valueOf(m.get("kind"))).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("Namespace", "Deployment", "Service", "Gateway", "HTTPRoute", "ClusterIssuer",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy")), kinds.toString());
        assertTrue(kinds.contains("Secret") || kinds.contains("ExternalSecret"), kinds.toString());
    }

    @ParameterizedTest(name = "{0}: no secret value appears in any input or output")
    @MethodSource("stacks")
    void noSecretValueAppearsInPlainText(Stack stack) {
        assertEquals(List.of(), KubernetesRules.secretValuesNeverAppear(everything(stack.graph()),
                List.of(StackConfig.SECRET_PLACEHOLDER, Graphs.DEV_DATABASE_URL, Graphs.DEV_GRAFANA_PASSWORD,
                        Graphs.DEV_ELASTICSEARCH_PASSWORD)));
    }

    @ParameterizedTest(name = "{0}: no database password appears in any input or output")
    @MethodSource("stacksAndExternalDatabases")
    void noDatabasePasswordAppearsInAnyPlan(Stack stack) {
        assertEquals(List.of(), KubernetesRules.databaseCredentialsNeverAppear(everything(stack.graph())));
    }

    /** The five variants, and dev and staging with an external database (dev's URL comes from its secret setting). */
    static java.util.stream.Stream<Stack> stacksAndExternalDatabases() {
        return java.util.stream.Stream.concat(Stacks.all(), java.util.stream.Stream.of(
                new Stack("dev", Map.of("databaseMode", "external", "databaseCidr", "172.16.0.0/12")),
                new Stack("staging", Map.of("databaseMode", "external", "databaseCidr", "10.41.240.0/24",
                        "databaseSecretKey", "studio-staging-database-url"))));
    }

    /** Twin: a URL with a password, or a password input, in plain text is found; a template or a secret is not. */
    @org.junit.jupiter.api.Test
    void theDatabasePasswordSearchFindsAPlainOne() {
        var found = KubernetesRules.databaseCredentialsNeverAppear(Map.of(
                "url", Map.of("env", List.of(Map.of("value", "postgresql://studio:hunter2@db:5432/studio"))),
                "rds", Map.of("password", "hunter2"),
                "template", Map.of("url", "postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@db:5432/studio"),
                "kept", Map.of("password", KubernetesRules.SECRET, "url", "postgresql://studio@127.0.0.1:5432/studio")));
        assertEquals(java.util.Set.of("url.env.0.value holds a URL with a password in plain text", "rds.password is a password in plain text"),
                java.util.Set.copyOf(found));
    }

    @ParameterizedTest(name = "{0}: the secret search reaches every input and output")
    @MethodSource("stacks")
    void theSecretSearchWouldFindAPlainValue(Stack stack) {
        // The app's host is plain on purpose; were it a secret, the search must report it.
        var host = String.valueOf(stack.graph().outputs().get("appUrl")).replaceFirst("^https?://", "");
        var found = KubernetesRules.secretValuesNeverAppear(everything(stack.graph()), List.of(host));
        assertTrue(found.stream().anyMatch(v -> v.startsWith("stack outputs.appUrl")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("HTTPRoute")), found.toString());
    }

    /** Every resource's inputs by URN, and the stack outputs. */
    private static Map<String, Object> everything(ResourceGraph graph) {
        var documents = new LinkedHashMap<String, Object>();
        graph.resources().forEach(r -> documents.put(r.urn(), r.inputs()));
        documents.put("stack outputs", graph.outputs());
        return documents;
    }
}
