package com.agenticstudio.platform.addons.ingress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Values of the ingress-nginx chart.
 * Keys checked: kubernetes/ingress-nginx@helm-chart-4.10.1 charts/ingress-nginx/values.yaml
 * (controller.replicaCount L355, minAvailable L358, hostPort L99, nodeSelector L307, tolerations L229,
 * topologySpreadConstraints L282 (rendered through tpl), updateStrategy L218, service.type/annotations/
 * externalTrafficPolicy L466/L461/L488, publishService.enabled L157, extraArgs L187 (a map: k: v renders --k=v),
 * ingressClassResource L116-126, metrics.enabled L828, metrics.serviceMonitor.enabled L848,
 * resources L366, admissionWebhooks.enabled L722); PDB rules from templates/controller-poddisruptionbudget.yaml.
 *
 * @param minAvailable         empty when there is one replica: the chart then renders no PDB at all
 * @param hostPorts            bind 80/443 on the node (kind)
 * @param updateStrategy       empty keeps the Deployment default
 * @param externalTrafficPolicy empty keeps the Service default
 */
record IngressNginxValues(
        int replicaCount,
        OptionalInt minAvailable,
        Map<String, String> nodeSelector,
        List<Toleration> tolerations,
        boolean hostPorts,
        String serviceType,
        Map<String, String> serviceAnnotations,
        Optional<String> externalTrafficPolicy,
        boolean publishService,
        Map<String, String> extraArgs,
        Optional<MaxUnavailable> updateStrategy,
        List<SpreadConstraint> topologySpreadConstraints,
        Requests requests) {

    /** Pod labels the chart puts on controller pods (ingress-nginx.selectorLabels + component). */
    static final Map<String, String> CONTROLLER_LABELS = Map.of(
            "app.kubernetes.io/name", "ingress-nginx",
            "app.kubernetes.io/instance", IngressNginx.NAME,
            "app.kubernetes.io/component", "controller");

    static IngressNginxValues of(IngressNginx.Options options) {
        int replicas = options.replicas();
        // Keep all but one controller serving while nodes drain.
        var minAvailable = replicas > 1 ? OptionalInt.of(replicas - 1) : OptionalInt.empty();
        var requests = new Requests("100m", "128Mi");
        var spread = replicas > 1 ? SpreadConstraint.acrossZonesAndNodes(options.multiZone()) : List.<SpreadConstraint>of();

        if (options.exposure() instanceof Exposure.LoadBalancer lb) {
            return new IngressNginxValues(replicas, minAvailable, Map.of("kubernetes.io/os", "linux"), List.of(),
                    false, "LoadBalancer", lb.annotations(), Optional.of("Local"),
                    true, Map.of(), Optional.empty(), spread, requests);
        }
        // kind, after upstream's kind recipe: the one node labelled ingress-ready=true, the control plane
        // in our kind config, which is tainted NoSchedule once there are workers.
        return new IngressNginxValues(replicas, minAvailable,
                Map.of("kubernetes.io/os", "linux", "ingress-ready", "true"),
                List.of(new Toleration("node-role.kubernetes.io/control-plane", "Exists", "NoSchedule")),
                true, "NodePort", Map.of(), Optional.empty(),
                // No load balancer address to publish; Ingress status shows localhost instead.
                false, Map.of("publish-status-address", "localhost"),
                // The old pod holds the host ports, so a surge pod could never start: replace in place.
                Optional.of(new MaxUnavailable(1)),
                spread, requests);
    }

    Map<String, Object> toMap() {
        var controller = new LinkedHashMap<String, Object>();
        controller.put("replicaCount", replicaCount);
        minAvailable.ifPresent(min -> controller.put("minAvailable", min));
        controller.put("nodeSelector", nodeSelector);
        controller.put("tolerations", tolerations.stream().map(Toleration::toMap).toList());
        controller.put("hostPort", Map.of("enabled", hostPorts));
        var service = new LinkedHashMap<String, Object>();
        service.put("type", serviceType);
        service.put("annotations", serviceAnnotations);
        externalTrafficPolicy.ifPresent(policy -> service.put("externalTrafficPolicy", policy));
        controller.put("service", service);
        controller.put("publishService", Map.of("enabled", publishService));
        controller.put("extraArgs", extraArgs);
        updateStrategy.ifPresent(strategy -> controller.put("updateStrategy", strategy.toMap()));
        controller.put("topologySpreadConstraints", topologySpreadConstraints.stream().map(SpreadConstraint::toMap).toList());
        controller.put("resources", Map.of("requests", requests.toMap()));
        // The cluster's default class, so Ingresses without a class are still served.
        controller.put("ingressClassResource", Map.of(
                "name", IngressNginx.CLASS_NAME,
                "enabled", true,
                "default", true));
        controller.put("ingressClass", IngressNginx.CLASS_NAME);
        // Metrics on for whoever scrapes later; no ServiceMonitor until the Prometheus CRDs exist.
        controller.put("metrics", Map.of("enabled", true, "serviceMonitor", Map.of("enabled", false)));
        // The webhook rejects broken Ingresses at apply time instead of breaking nginx's config reload.
        controller.put("admissionWebhooks", Map.of("enabled", true));
        return Map.of("controller", controller);
    }

    record Toleration(String key, String operator, String effect) {
        Map<String, Object> toMap() {
            return Map.of("key", key, "operator", operator, "effect", effect);
        }
    }

    /** A RollingUpdate that takes one pod down before starting its replacement. */
    record MaxUnavailable(int pods) {
        Map<String, Object> toMap() {
            return Map.of("type", "RollingUpdate", "rollingUpdate", Map.of("maxUnavailable", pods, "maxSurge", 0));
        }
    }

    record SpreadConstraint(String topologyKey, String whenUnsatisfiable) {
        /**
         * Losing a zone must not take every controller with it, so across zones the spread is a hard
         * rule on multi-zone clusters (on one zone it could never be met); across nodes it is a preference.
         */
        static List<SpreadConstraint> acrossZonesAndNodes(boolean multiZone) {
            return List.of(
                    new SpreadConstraint("topology.kubernetes.io/zone", multiZone ? "DoNotSchedule" : "ScheduleAnyway"),
                    new SpreadConstraint("kubernetes.io/hostname", "ScheduleAnyway"));
        }

        Map<String, Object> toMap() {
            return Map.of(
                    "maxSkew", 1,
                    "topologyKey", topologyKey,
                    "whenUnsatisfiable", whenUnsatisfiable,
                    "labelSelector", Map.of("matchLabels", CONTROLLER_LABELS));
        }
    }

    record Requests(String cpu, String memory) {
        Map<String, Object> toMap() {
            return Map.of("cpu", cpu, "memory", memory);
        }
    }
}
