package com.agenticstudio.platform.addons.secrets;

import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of the external-secrets chart.
 * Keys checked: external-secrets/external-secrets@helm-chart-0.9.20 deploy/charts/external-secrets/values.yaml
 * (replicaCount L15, installCRDs L35, leaderElect L58, serviceAccount.create/annotations/name L103/107/112,
 * resources L164, topologySpreadConstraints L225, podDisruptionBudget.enabled/minAvailable L234-235,
 * webhook.replicaCount L248, webhook.topologySpreadConstraints L327, webhook.podDisruptionBudget L336-337,
 * webhook.resources L402, certController.replicaCount L411, certController.topologySpreadConstraints L446,
 * certController.podDisruptionBudget L458-459, certController.extraArgs L487 (a map; `k: v` renders --k=v),
 * certController.resources L520); selector labels app.kubernetes.io/name external-secrets[-webhook|-cert-controller]
 * + app.kubernetes.io/instance from templates/_helpers.tpl; cert-controller flag --enable-leader-election from
 * cmd/certcontroller.go at the same tag.
 *
 * @param serviceAccountAnnotations the cloud identity's annotations; an Output inside the values, so a preview
 *                                  shows only this entry as unknown, not the whole values block
 */
record ExternalSecretsValues(
        String release,
        int replicas,
        String serviceAccount,
        Output<Map<String, String>> serviceAccountAnnotations,
        boolean spreadAcrossZones) {

    /** The three deployments of the chart and the name each one's pods carry. */
    enum Part {
        CONTROLLER("external-secrets", "50m", "128Mi", "256Mi"),
        WEBHOOK("external-secrets-webhook", "10m", "64Mi", "128Mi"),
        CERT_CONTROLLER("external-secrets-cert-controller", "10m", "64Mi", "128Mi");

        final String appName;
        final String cpuRequest;
        final String memoryRequest;
        final String memoryLimit;

        Part(String appName, String cpuRequest, String memoryRequest, String memoryLimit) {
            this.appName = appName;
            this.cpuRequest = cpuRequest;
            this.memoryRequest = memoryRequest;
            this.memoryLimit = memoryLimit;
        }
    }

    static ExternalSecretsValues of(ExternalSecrets.Options options, Output<Map<String, String>> annotations) {
        return new ExternalSecretsValues(ExternalSecrets.NAME, options.replicas(), options.serviceAccount(), annotations,
                options.spreadAcrossZones());
    }

    /** A PDB on a single replica would block every node drain. */
    boolean highlyAvailable() {
        return replicas > 1;
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        values.put("installCRDs", true);
        values.putAll(deployment(Part.CONTROLLER));
        // Two controllers must not reconcile the same ExternalSecret at once.
        values.put("leaderElect", highlyAvailable());
        var account = new LinkedHashMap<String, Object>();
        account.put("create", true);
        account.put("name", serviceAccount);
        account.put("annotations", serviceAccountAnnotations);
        values.put("serviceAccount", account);
        values.put("webhook", deployment(Part.WEBHOOK));
        var certController = deployment(Part.CERT_CONTROLLER);
        if (highlyAvailable()) {
            // The chart sets no leader election for the cert controller; both replicas would rotate the webhook cert.
            certController.put("extraArgs", Map.of("enable-leader-election", "true"));
        }
        values.put("certController", certController);
        return values;
    }

    /** replicaCount, resources, PDB and zone spread: the same keys at the top level, under webhook and certController. */
    private Map<String, Object> deployment(Part part) {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", replicas);
        values.put("resources", Map.of(
                "requests", Map.of("cpu", part.cpuRequest, "memory", part.memoryRequest),
                "limits", Map.of("memory", part.memoryLimit)));
        values.put("podDisruptionBudget", highlyAvailable()
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        if (spreadAcrossZones) {
            values.put("topologySpreadConstraints", List.of(Map.of(
                    "maxSkew", 1,
                    "topologyKey", "topology.kubernetes.io/zone",
                    "whenUnsatisfiable", "ScheduleAnyway",
                    "labelSelector", Map.of("matchLabels", Map.of(
                            "app.kubernetes.io/name", part.appName,
                            "app.kubernetes.io/instance", release)))));
        }
        return values;
    }
}
