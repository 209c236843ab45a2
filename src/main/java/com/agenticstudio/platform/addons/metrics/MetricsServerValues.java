package com.agenticstudio.platform.addons.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of the metrics-server chart.
 * Keys checked: kubernetes-sigs/metrics-server@metrics-server-helm-chart-3.12.1 charts/metrics-server/values.yaml
 * (replicas L77 (not replicaCount), podDisruptionBudget.enabled/minAvailable L89-90, args L99 (appended after
 * defaultArgs, which stay), resources L171); templates/pdb.yaml emits minAvailable only when set.
 *
 * @param args extra flags after the chart's defaultArgs
 */
record MetricsServerValues(int replicas, boolean disruptionBudget, List<String> args, String cpuRequest, String memoryRequest) {

    static MetricsServerValues of(MetricsServer.Options options) {
        var args = options.kubeletInsecureTls() ? List.of("--kubelet-insecure-tls") : List.<String>of();
        // A PDB on a single replica would block every node drain.
        return new MetricsServerValues(options.replicas(), options.replicas() > 1, args, "100m", "200Mi");
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicas", replicas);
        values.put("podDisruptionBudget", disruptionBudget
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        values.put("args", args);
        values.put("resources", Map.of("requests", Map.of("cpu", cpuRequest, "memory", memoryRequest)));
        return values;
    }
}
