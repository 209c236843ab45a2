package com.agenticstudio.platform.addons.certmanager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values of the cert-manager chart.
 * Keys checked: cert-manager/cert-manager@v1.14.5 deploy/charts/cert-manager/values.yaml
 * (installCRDs L72 (crds.enabled does not exist at this tag), global.leaderElection.namespace L50,
 * replicaCount L85, podDisruptionBudget.enabled L105 / minAvailable (commented) L111, resources L255,
 * prometheus.enabled/servicemonitor.enabled L428/L431, webhook.replicaCount L525, webhook.podDisruptionBudget L597,
 * webhook.resources L672, cainjector.replicaCount L886, cainjector.podDisruptionBudget L939,
 * cainjector.resources L979); PDB rules from templates/*poddisruptionbudget.yaml (hasKey, so set only minAvailable).
 *
 * @param namespace where cert-manager runs; its leader-election leases live there too
 * @param replicas  pods of each of controller, webhook and cainjector
 */
record CertManagerValues(String namespace, int replicas, Requests controller, Requests webhook, Requests cainjector) {

    static CertManagerValues of(String namespace, CertManager.Options options) {
        return new CertManagerValues(namespace, options.replicas(),
                new Requests("50m", "128Mi"), new Requests("10m", "64Mi"), new Requests("10m", "128Mi"));
    }

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        // The Certificate and ClusterIssuer CRDs come with the release, so custom resources wait for it.
        values.put("installCRDs", true);
        // Default is kube-system; keeping the leases (and their Role) here keeps cert-manager out of
        // kube-system, which GKE Autopilot does not even allow.
        values.put("global", Map.of("leaderElection", Map.of("namespace", namespace)));
        values.putAll(deployment(controller));
        values.put("prometheus", Map.of("enabled", true, "servicemonitor", Map.of("enabled", false)));
        values.put("webhook", deployment(webhook));
        values.put("cainjector", deployment(cainjector));
        return values;
    }

    /** The keys controller, webhook and cainjector share. */
    private Map<String, Object> deployment(Requests requests) {
        var values = new LinkedHashMap<String, Object>();
        values.put("replicaCount", replicas);
        // A PDB on a single replica would block every node drain.
        values.put("podDisruptionBudget", replicas > 1
                ? Map.of("enabled", true, "minAvailable", 1)
                : Map.of("enabled", false));
        values.put("resources", Map.of("requests", requests.toMap()));
        return values;
    }

    record Requests(String cpu, String memory) {
        Map<String, Object> toMap() {
            return Map.of("cpu", cpu, "memory", memory);
        }
    }
}
