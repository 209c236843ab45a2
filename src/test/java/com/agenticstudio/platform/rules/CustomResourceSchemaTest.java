package com.agenticstudio.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every monitoring custom resource of every stack is valid against prometheus-operator 0.93.1's CRD schemas. */
class CustomResourceSchemaTest {
    static final Map<String, com.google.gson.JsonObject> SCHEMAS = CrdSchemas.load(CrdSchemas.MONITORING);

    static java.util.stream.Stream<Stack> stacks() {
        return Stacks.all();
    }

    static List<String> violations(List<Map<String, Object>> manifests) {
        var problems = new ArrayList<String>();
        for (var manifest : manifests) {
            if (!"monitoring.coreos.com/v1".equals(manifest.get("apiVersion"))) {
                continue;
            }
            var schema = SCHEMAS.get(String.valueOf(manifest.get("kind")));
            if (schema == null) {
                problems.add(KubernetesRules.id(manifest) + " is a kind whose schema is not vendored");
                continue;
            }
            problems.addAll(CrdSchemas.violations(schema, manifest.get("spec"), KubernetesRules.id(manifest) + " spec"));
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyMonitoringObjectIsValidAgainstItsCrd(Stack stack) {
        var manifests = stack.graph().manifests();
        assertTrue(manifests.stream().filter(m -> "monitoring.coreos.com/v1".equals(m.get("apiVersion"))).count() >= 6);
        assertEquals(List.of(), violations(manifests));
    }

    private static final String MONITOR = """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              endpoints: [{port: metrics, path: /metrics, interval: 30s, scheme: http}]
            """;

    @Test
    void aValidServiceMonitorPasses() {
        assertEquals(List.of(), violations(Manifests.parse(MONITOR)));
    }

    @Test
    void anUnknownFieldIsCaught() {
        var problems = violations(Manifests.parse(MONITOR.replace("scheme: http", "protocol: http")));
        assertEquals(List.of("ServiceMonitor shop/web spec.endpoints.0.protocol is not a field of the schema"), problems);
    }

    @Test
    void aSchemeOutsideTheEnumIsCaught() {
        assertFalse(violations(Manifests.parse(MONITOR.replace("scheme: http", "scheme: tcp"))).isEmpty());
    }

    @Test
    void aMissingRequiredFieldIsCaught() {
        var problems = violations(Manifests.parse(MONITOR.replace("  endpoints: [{port: metrics, path: /metrics, interval: 30s, scheme: http}]\n", "")));
        assertEquals(List.of("ServiceMonitor shop/web spec lacks required endpoints"), problems);
    }

    @Test
    void aDurationTheCrdRefusesIsCaught() {
        assertFalse(violations(Manifests.parse(MONITOR.replace("interval: 30s", "interval: 30 seconds"))).isEmpty());
    }

    @Test
    void anAlertWithoutAnExpressionIsCaught() {
        var rule = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: web, namespace: shop}
                spec:
                  groups: [{name: web, rules: [{alert: WebDown, for: 5m}]}]
                """;
        assertEquals(List.of("PrometheusRule shop/web spec.groups.0.rules.0 lacks required expr"), violations(Manifests.parse(rule)));
    }
}
