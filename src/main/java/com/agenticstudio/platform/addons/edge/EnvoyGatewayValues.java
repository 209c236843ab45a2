package com.agenticstudio.platform.addons.edge;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the gateway-helm chart, checked at envoyproxy/gateway@v1.9.0 charts/gateway-helm/values.tmpl.yaml
 * (published as values.yaml; no values.schema.json: a wrong key would pass silently). The chart's
 * crds subchart installs the Gateway API v1.6.1 and Envoy Gateway CRDs from its crds/ folder, which
 * Helm installs but never upgrades: see the README before moving the pin.
 */
record EnvoyGatewayValues(int replicas, ContainerResources controller, Map<String, String> controllerPods) {

    static final Set<String> CHECKED_KEYS = Set.of(
            "deployment.replicas", "deployment.envoyGateway.resources", "deployment.pod.topologySpreadConstraints",
            "podDisruptionBudget.minAvailable", "certgen.job.resources");
    static final Map<String, String> CONTAINERS = Map.of(
            "envoy-gateway", "deployment.envoyGateway.resources",
            "envoy-gateway-certgen", "certgen.job.resources");
    static final ContainerResources CERTGEN = ContainerResources.of("10m", "32Mi", "64Mi");

    static HelmChart chart() {
        return new HelmChart("gateway-helm", "oci://docker.io/envoyproxy", "v1.9.0",
                "envoyproxy/gateway@v1.9.0 charts/gateway-helm/values.tmpl.yaml", CHECKED_KEYS, CONTAINERS)
                .withServices(new ChartService(EnvoyGateway.CONTROLLER_SERVICE,
                        EnvoyGateway.CONTROLLER_SERVICE_LABELS, List.of(
                                new ChartService.Port("grpc", EnvoyGateway.XDS_PORT),
                                new ChartService.Port("ratelimit", 18001),
                                new ChartService.Port("wasm", EnvoyGateway.WASM_PORT),
                                new ChartService.Port(EnvoyGateway.METRICS_PORT_NAME, EnvoyGateway.METRICS_PORT))));
    }

    Map<String, Object> toMap() {
        var deployment = new LinkedHashMap<String, Object>();
        deployment.put("replicas", replicas);
        deployment.put("envoyGateway", Map.of("resources", controller.toMap()));
        if (Replicas.budgeted(replicas)) {
            deployment.put("pod", Map.of("topologySpreadConstraints", List.of(Map.of(
                    "maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone", "whenUnsatisfiable", "ScheduleAnyway",
                    "labelSelector", Map.of("matchLabels", controllerPods)))));
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("deployment", deployment);
        // The chart's default minAvailable 0 renders no PDB at all.
        values.put("podDisruptionBudget", Map.of("minAvailable", Replicas.budgeted(replicas) ? 1 : 0));
        values.put("certgen", Map.of("job", Map.of("resources", CERTGEN.toMap())));
        return values;
    }
}
