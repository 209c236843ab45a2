package com.agenticstudio.platform.addons.postgres;

import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Values of the cloudnative-pg chart 0.29.0 (operator 1.30.0), checked at
 * cloudnative-pg/charts@cloudnative-pg-v0.29.0 charts/cloudnative-pg/values.yaml and values.schema.json.
 * The chart ships the CRDs as templates (crds.create), so Helm upgrades them with the chart. The
 * operator's own PodMonitor and the Grafana dashboard subchart are off: the monitoring add-on declares
 * the scrapes, and the chart's dashboard would pull a second chart.
 */
record CloudNativePgValues(int replicas, ContainerResources resources) {

    static final Set<String> CHECKED_KEYS = Set.of("replicaCount", "crds.create", "resources", "config.clusterWide",
            "monitoring.podMonitorEnabled", "monitoring.grafanaDashboard.create");
    /** templates/deployment.yaml: the one container, manager, takes .Values.resources. */
    static final Map<String, String> CONTAINERS = Map.of("manager", "resources");

    static HelmChart chart() {
        return new HelmChart("cloudnative-pg", "https://cloudnative-pg.github.io/charts", "0.29.0",
                "cloudnative-pg/charts@cloudnative-pg-v0.29.0 charts/cloudnative-pg/values.yaml + values.schema.json",
                CHECKED_KEYS, CONTAINERS);
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", replicas);
        values.put("crds", Map.of("create", true));
        values.put("resources", resources.toMap());
        // Clusters live in the app's namespace, not the operator's.
        values.put("config", Map.of("clusterWide", true));
        values.put("monitoring", Map.of("podMonitorEnabled", false, "grafanaDashboard", Map.of("create", false)));
        return values;
    }
}
