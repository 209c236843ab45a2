package com.agenticstudio.platform.addons.logging;

import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the eck-operator chart 3.5.0 (ECK 3.5.0, tagged 2026-08-04), checked at
 * elastic/cloud-on-k8s@v3.5.0 deploy/eck-operator/values.yaml (no values.schema.json: a wrong key would
 * pass silently) and its templates/statefulset.yaml:
 *
 * <ul>
 *   <li>{@code installCRDs} (true by default) installs the CRDs through the eck-operator-crds subchart, whose
 *       CRDs are templates (charts/eck-operator-crds/templates/all-crds.yaml), so Helm upgrades them with the pin;</li>
 *   <li>{@code resources}, {@code priorityClassName}, {@code podSecurityContext} (rendered as the pod's
 *       securityContext) and {@code securityContext} (the manager container's);</li>
 *   <li>{@code config.metrics.port}: the operator serves Prometheus metrics on this port, named {@code metrics}
 *       on the pod (statefulset.yaml:96-98); 0 (the default) serves none;</li>
 *   <li>{@code telemetry.disabled}: the operator would otherwise write usage telemetry for Kibana to send to Elastic.</li>
 * </ul>
 *
 * <p>Left as the chart has them: one replica (a leader-elected controller; the webhook's
 * failurePolicy is Ignore, so admission does not stop while it restarts), {@code webhook.enabled} true
 * on port 9443 with certificates the operator manages, {@code createClusterScopedResources} true (it
 * manages every namespace), {@code refs.enforceRBAC} false (the Beat in log-shipper references the
 * Elasticsearch in logging).
 */
final class EckOperatorValues {
    static final String CHART_NAME = "eck-operator";
    static final String REPOSITORY = "https://helm.elastic.co";
    static final String VERSION = "3.5.0";
    static final String CHECKED_AT = "elastic/cloud-on-k8s@v3.5.0 deploy/eck-operator/values.yaml";

    static final Set<String> CHECKED_KEYS = Set.of("installCRDs", "resources", "priorityClassName", "podSecurityContext",
            "securityContext", "config.metrics.port", "telemetry.disabled");

    static final ContainerResources OPERATOR = ContainerResources.of("100m", "150Mi", "512Mi");

    private EckOperatorValues() {
    }

    /**
     * The manager container; and the Services ECK itself renders beside the objects it manages that
     * the plan routes to (Kibana's HTTP Service, {@code <name>-kb-http}, port {@code http} without TLS).
     */
    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS, Map.of("manager", "resources"))
                .withServices(new ChartService(ElasticStack.KIBANA_SERVICE, ElasticStack.KIBANA_PODS,
                        List.of(new ChartService.Port(ElasticStack.KIBANA_PORT_NAME, ElasticStack.KIBANA_PORT))).in(ElasticStack.NAMESPACE));
    }

    static Map<String, Object> of(String priorityClass) {
        var values = new LinkedHashMap<String, Object>();
        values.put("installCRDs", true);
        values.put("resources", OPERATOR.toMap());
        values.put("priorityClassName", priorityClass);
        // The chart's runAsNonRoot, plus the seccomp profile restricted asks for.
        values.put("podSecurityContext", Map.of("runAsNonRoot", true, "seccompProfile", Map.of("type", "RuntimeDefault")));
        values.put("securityContext", Map.of(
                "allowPrivilegeEscalation", false,
                "capabilities", Map.of("drop", List.of("ALL")),
                "readOnlyRootFilesystem", true,
                "runAsNonRoot", true));
        values.put("config", Map.of("metrics", Map.of("port", String.valueOf(ElasticStack.OPERATOR_METRICS_PORT))));
        values.put("telemetry", Map.of("disabled", true));
        return values;
    }
}
