package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the external-secrets chart, checked at external-secrets/external-secrets@helm-chart-2.9.0
 * deploy/charts/external-secrets/values.yaml (its values.schema.json checks types, not unknown keys).
 * {@code leaderElect} drives --enable-leader-election of both the controller and the cert controller
 * (templates/deployment.yaml, cert-controller-deployment.yaml).
 *
 * @param serviceAccountAnnotations the cloud identity's annotations; an Output inside the values, so a preview
 *                                  shows only this entry as unknown, not the whole values block
 */
record ExternalSecretsValues(
        String release,
        int replicas,
        String serviceAccount,
        Output<Map<String, String>> serviceAccountAnnotations,
        boolean spreadAcrossZones,
        String priorityClass) {

    static final Set<String> CHECKED_KEYS = Set.of(
            "installCRDs", "leaderElect", "metrics.service.enabled", "replicaCount", "resources", "podDisruptionBudget.enabled",
            "podDisruptionBudget.minAvailable", "topologySpreadConstraints",
            "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations",
            "webhook.replicaCount", "webhook.resources", "webhook.podDisruptionBudget.enabled",
            "webhook.podDisruptionBudget.minAvailable", "webhook.topologySpreadConstraints",
            "certController.replicaCount", "certController.resources", "certController.podDisruptionBudget.enabled",
            "certController.podDisruptionBudget.minAvailable", "certController.topologySpreadConstraints",
            "priorityClassName", "webhook.priorityClassName", "certController.priorityClassName");

    static final Map<String, String> CONTAINERS = Map.of(
            Part.CONTROLLER.appName, "resources",
            Part.WEBHOOK.appName, "webhook.resources",
            Part.CERT_CONTROLLER.appName, "certController.resources");

    static HelmChart chart() {
        return new HelmChart("external-secrets", "https://charts.external-secrets.io", "2.9.0",
                "external-secrets/external-secrets@helm-chart-2.9.0 deploy/charts/external-secrets/values.yaml",
                CHECKED_KEYS, CONTAINERS)
                .withServices(new ChartService(ExternalSecrets.METRICS_SERVICE,
                        Part.CONTROLLER.pods(ExternalSecrets.ID.name()),
                        List.of(new ChartService.Port(ExternalSecrets.METRICS_PORT_NAME, ExternalSecrets.METRICS_PORT))));
    }

    /** The three deployments of the chart and the name each one's pods carry (templates/_helpers.tpl). */
    enum Part {
        CONTROLLER("external-secrets", ContainerResources.of("50m", "128Mi", "256Mi")),
        WEBHOOK("external-secrets-webhook", ContainerResources.of("10m", "64Mi", "128Mi")),
        CERT_CONTROLLER("external-secrets-cert-controller", ContainerResources.of("10m", "64Mi", "128Mi"));

        final String appName;
        final ContainerResources resources;

        Part(String appName, ContainerResources resources) {
            this.appName = appName;
            this.resources = resources;
        }

        Map<String, String> pods(String release) {
            return Map.of("app.kubernetes.io/name", appName, "app.kubernetes.io/instance", release);
        }
    }

    static ExternalSecretsValues of(ExternalSecrets.Options options, Output<Map<String, String>> annotations, String priorityClass) {
        return new ExternalSecretsValues(ExternalSecrets.ID.name(), options.replicas(), options.serviceAccount(), annotations,
                options.spreadAcrossZones(), priorityClass);
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        values.put("installCRDs", true);
        values.putAll(deployment(Part.CONTROLLER));
        // Two controllers (or cert controllers) must not reconcile the same object at once.
        values.put("leaderElect", Replicas.budgeted(replicas));
        // The controller's metrics Service, which Prometheus scrapes (the chart's own ServiceMonitor stays off).
        values.put("metrics", Map.of("service", Map.of("enabled", true)));
        var account = new LinkedHashMap<String, Object>();
        account.put("create", true);
        account.put("name", serviceAccount);
        account.put("annotations", serviceAccountAnnotations);
        values.put("serviceAccount", account);
        values.put("webhook", deployment(Part.WEBHOOK));
        values.put("certController", deployment(Part.CERT_CONTROLLER));
        return values;
    }

    /** replicaCount, resources, PDB and zone spread: the same keys at the top level, under webhook and certController. */
    private Map<String, Object> deployment(Part part) {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", replicas);
        values.put("resources", part.resources.toMap());
        // The backend's database URL comes through this operator: it must not be the first thing evicted.
        values.put("priorityClassName", priorityClass);
        values.put("podDisruptionBudget", Replicas.budgeted(replicas)
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        if (spreadAcrossZones) {
            values.put("topologySpreadConstraints", List.of(Map.of(
                    "maxSkew", 1,
                    "topologyKey", "topology.kubernetes.io/zone",
                    "whenUnsatisfiable", "ScheduleAnyway",
                    "labelSelector", Map.of("matchLabels", part.pods(release)))));
        }
        return values;
    }
}
