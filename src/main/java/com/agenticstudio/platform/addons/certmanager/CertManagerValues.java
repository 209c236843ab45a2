package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the cert-manager chart, checked at cert-manager/cert-manager@v1.21.1
 * deploy/charts/cert-manager/values.yaml and values.schema.json (strict: unknown keys fail the install).
 * {@code installCRDs} is deprecated there in favour of {@code crds.enabled}; {@code config} is the
 * controller's ControllerConfiguration, which the controller decodes strictly at start.
 *
 * @param namespace  where cert-manager runs; its leader-election leases live there too
 * @param replicas   pods of each of controller, webhook and cainjector
 * @param gatewayApi watch Gateways (the edge is the Gateway API): needs the Gateway API CRDs before start
 * @param priorityClass the platform's PriorityClass for every cert-manager pod (global.priorityClassName)
 */
record CertManagerValues(String namespace, int replicas, boolean gatewayApi, String priorityClass) {

    static final Set<String> CHECKED_KEYS = Set.of(
            "crds.enabled", "crds.keep", "global.leaderElection.namespace", "global.priorityClassName", "config",
            "replicaCount", "podDisruptionBudget.enabled", "podDisruptionBudget.minAvailable", "resources",
            "prometheus.enabled", "prometheus.servicemonitor.enabled",
            "webhook.replicaCount", "webhook.podDisruptionBudget.enabled", "webhook.podDisruptionBudget.minAvailable",
            "webhook.resources",
            "cainjector.replicaCount", "cainjector.podDisruptionBudget.enabled", "cainjector.podDisruptionBudget.minAvailable",
            "cainjector.resources",
            "startupapicheck.resources");

    /** Each container of the chart and where it takes its resources. */
    static final Map<String, String> CONTAINERS = Map.of(
            "controller", "resources",
            "webhook", "webhook.resources",
            "cainjector", "cainjector.resources",
            "startupapicheck", "startupapicheck.resources");

    // The controller and cainjector cache every Secret and Certificate they watch: their memory grows with the cluster.
    static final ContainerResources CONTROLLER = ContainerResources.of("50m", "128Mi", "512Mi");
    static final ContainerResources WEBHOOK = ContainerResources.of("10m", "64Mi", "128Mi");
    static final ContainerResources CAINJECTOR = ContainerResources.of("10m", "128Mi", "512Mi");
    static final ContainerResources STARTUP_CHECK = ContainerResources.of("10m", "32Mi", "64Mi");

    static HelmChart chart() {
        return new HelmChart("cert-manager", "https://charts.jetstack.io", "v1.21.1",
                "cert-manager/cert-manager@v1.21.1 deploy/charts/cert-manager/values.yaml", CHECKED_KEYS, CONTAINERS)
                .withServices(new ChartService(CertManager.ID.name(), CertManager.METRICS_SERVICE_LABELS,
                        List.of(new ChartService.Port(CertManager.METRICS_PORT_NAME, CertManager.METRICS_PORT))));
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        // The CRDs come with the release, so custom resources wait for it; kept on uninstall, or every
        // Certificate in the cluster would go with them.
        values.put("crds", Map.of("enabled", true, "keep", true));
        // Default is kube-system; keeping the leases (and their Role) here keeps cert-manager out of it.
        // Certificates renew through it and the edge's TLS depends on them: the platform's critical class.
        values.put("global", Map.of("leaderElection", Map.of("namespace", namespace), "priorityClassName", priorityClass));
        if (gatewayApi) {
            values.put("config", Map.of(
                    "apiVersion", "controller.config.cert-manager.io/v1alpha1",
                    "kind", "ControllerConfiguration",
                    "gatewayAPI", Map.of("enabled", true)));
        }
        values.putAll(deployment(CONTROLLER));
        values.put("prometheus", Map.of("enabled", true, "servicemonitor", Map.of("enabled", false)));
        values.put("webhook", deployment(WEBHOOK));
        values.put("cainjector", deployment(CAINJECTOR));
        values.put("startupapicheck", Map.of("resources", STARTUP_CHECK.toMap()));
        return values;
    }

    /** The keys controller, webhook and cainjector share. */
    private Map<String, Object> deployment(ContainerResources resources) {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", replicas);
        values.put("podDisruptionBudget", Replicas.budgeted(replicas)
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        values.put("resources", resources.toMap());
        return values;
    }
}
