package com.agenticstudio.platform.addons.cost;

import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.services.Monitoring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the opencost chart 2.5.17 (OpenCost 1.120.1, tagged 2026-04-28), checked at
 * opencost/opencost-helm-chart@opencost-2.5.17 charts/opencost/values.yaml (no values.schema.json: a
 * wrong key would pass silently). Line numbers below are that file's.
 *
 * <ul>
 *   <li>{@code priorityClassName} (:115) and {@code podSecurityContext} (:120) are top-level; the
 *       chart has no top-level containerSecurityContext, the exporter's is
 *       {@code opencost.exporter.securityContext} (:352);</li>
 *   <li>{@code opencost.exporter.resources} (:307-314), {@code opencost.exporter.defaultClusterId} (:286,
 *       the CLUSTER_ID env);</li>
 *   <li>{@code opencost.prometheus.internal.enabled|serviceName|namespaceName|port} (:591-599): the
 *       chart builds http://&lt;serviceName&gt;.&lt;namespaceName&gt;.svc.&lt;clusterName&gt;:&lt;port&gt;
 *       (templates/_helpers.tpl:173-193, clusterName cluster.local by default);</li>
 *   <li>{@code opencost.ui.enabled} (:625) and {@code opencost.mcp.enabled} (:227);</li>
 *   <li>{@code opencost.tolerations} (:802) and {@code opencost.affinity} (:806), rendered on the pod
 *       (templates/deployment.yaml:45-53).</li>
 * </ul>
 *
 * <p>Left as the chart has them: {@code opencost.exporter.cloudProviderApiKey} empty (:284, the GCP
 * Billing Catalog API's key; the env is set only when non-empty, deployment.yaml:201-207),
 * {@code opencost.exporter.aws.*} empty (:397-401, static AWS keys), {@code opencost.exporter.persistence}
 * off (:385), {@code opencost.metrics.serviceMonitor} off (:528; the monitoring add-on declares the
 * ServiceMonitor), {@code serviceAccount.create} true with no annotations (no cloud identity).
 *
 * <p>The UI is off: the cost views live in Grafana (the platform-cost dashboard), behind Grafana's
 * login and route, while OpenCost's UI has no login of its own and would need a route and
 * authentication in front of it; and its nginx image was not checked to run as non-root under
 * restricted. The MCP server (an API for AI agents, on by default at this tag) is off: nothing uses it,
 * and it would be one more port.
 */
final class OpenCostValues {
    static final String CHART_NAME = "opencost";
    static final String REPOSITORY = "https://opencost.github.io/opencost-helm-chart";
    static final String VERSION = "2.5.17";
    static final String CHECKED_AT = "opencost/opencost-helm-chart@opencost-2.5.17 charts/opencost/values.yaml";
    /**
     * The image's USER (opencost/opencost Dockerfile.cross: USER 1001, read at the mirrored commit 5f65333 of
     * 2024-10-24, older than the 1.120.1 image): numeric, so runAsNonRoot can be checked.
     */
    static final int UID = 1001;

    static final Set<String> CHECKED_KEYS = Set.of(
            "priorityClassName", "podSecurityContext",
            "opencost.exporter.resources", "opencost.exporter.securityContext", "opencost.exporter.defaultClusterId",
            "opencost.prometheus.internal.enabled", "opencost.prometheus.internal.serviceName",
            "opencost.prometheus.internal.namespaceName", "opencost.prometheus.internal.port",
            "opencost.ui.enabled", "opencost.mcp.enabled", "opencost.tolerations", "opencost.affinity");

    /** The Service (templates/service.yaml): opencost.labels include the selector labels; port http → 9003. */
    static final ChartService SERVICE = new ChartService(OpenCost.SERVICE, OpenCost.PODS,
            List.of(new ChartService.Port(OpenCost.SERVICE_PORT_NAME, OpenCost.API_PORT)));

    private OpenCostValues() {
    }

    /** One container with the UI off: the exporter (templates/deployment.yaml; no init container without plugins or CA trust). */
    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS,
                Map.of("opencost", "opencost.exporter.resources")).withServices(SERVICE);
    }

    static Map<String, Object> of(OpenCost.Options options, Monitoring.Query prometheus, String priorityClass, Capacity capacity) {
        var values = new LinkedHashMap<String, Object>();
        values.put("priorityClassName", priorityClass);
        values.put("podSecurityContext", Map.of(
                "runAsNonRoot", true, "runAsUser", UID, "runAsGroup", UID,
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        var exporter = new LinkedHashMap<String, Object>();
        exporter.put("resources", options.exporter().toMap());
        // Restricted asks for no read-only root; OpenCost writes its pricing configuration under /var/configs
        // in the image, so the root stays writable (an emptyDir there would be the next step).
        exporter.put("securityContext", Map.of(
                "allowPrivilegeEscalation", false,
                "capabilities", Map.of("drop", List.of("ALL")),
                "runAsNonRoot", true));
        exporter.put("defaultClusterId", options.clusterId());
        var opencost = new LinkedHashMap<String, Object>();
        opencost.put("exporter", exporter);
        opencost.put("prometheus", Map.of("internal", Map.of(
                "enabled", true,
                "serviceName", prometheus.service(),
                "namespaceName", prometheus.server().namespace(),
                "port", prometheus.port())));
        opencost.put("ui", Map.of("enabled", false));
        opencost.put("mcp", Map.of("enabled", false));
        // Cost tooling keeps nothing: spot first, on-demand when no spot node is to be had.
        opencost.put("tolerations", capacity.tolerations());
        opencost.put("affinity", capacity.affinity());
        values.put("opencost", opencost);
        return values;
    }
}
