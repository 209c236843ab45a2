package com.agenticstudio.platform.addons.metrics;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the metrics-server chart, checked at kubernetes-sigs/metrics-server@metrics-server-helm-chart-3.13.1
 * charts/metrics-server/values.yaml (no values.schema.json there: a wrong key would pass silently).
 * {@code replicas}, not replicaCount; {@code args} come after the chart's defaultArgs; the PDB renders
 * minAvailable only when set.
 *
 * @param args extra flags after the chart's defaultArgs
 */
record MetricsServerValues(int replicas, List<String> args) {

    static final Set<String> CHECKED_KEYS = Set.of(
            "replicas", "podDisruptionBudget.enabled", "podDisruptionBudget.minAvailable", "args", "resources");
    static final Map<String, String> CONTAINERS = Map.of("metrics-server", "resources");
    /** The chart's default requests (100m/200Mi); the limit keeps a leak from taking the node. */
    static final ContainerResources RESOURCES = ContainerResources.of("100m", "200Mi", "400Mi");

    static HelmChart chart() {
        return new HelmChart("metrics-server", "https://kubernetes-sigs.github.io/metrics-server/", "3.13.1",
                "kubernetes-sigs/metrics-server@metrics-server-helm-chart-3.13.1 charts/metrics-server/values.yaml",
                CHECKED_KEYS, CONTAINERS)
                .withServices(new ChartService(MetricsServer.ID.name(), MetricsServer.SERVICE_LABELS,
                        List.of(new ChartService.Port(MetricsServer.SERVICE_PORT_NAME, MetricsServer.SERVICE_PORT))));
    }

    static MetricsServerValues of(MetricsServer.Options options) {
        return new MetricsServerValues(options.replicas(),
                options.kubeletInsecureTls() ? List.of("--kubelet-insecure-tls") : List.of());
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicas", replicas);
        values.put("podDisruptionBudget", Replicas.budgeted(replicas)
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        values.put("args", args);
        values.put("resources", RESOURCES.toMap());
        return values;
    }
}
