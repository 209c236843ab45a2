package com.agenticstudio.platform.kube;

import java.util.Map;
import java.util.Objects;

/**
 * Where a platform component serves Prometheus metrics, as read in its chart at the pinned tag: the
 * Service (or, where no Service exposes the port, the pods) to scrape, the port by name and number
 * (the number is what NetworkPolicies admit), and the path.
 *
 * @param selector labels of the Services (or pods) in {@code namespace}
 * @param https    the endpoint serves TLS with a certificate no cluster CA signs (metrics-server)
 * @param honorLabels the metrics describe other objects (OpenCost's namespace, pod, container labels): keep those labels
 */
public record MetricsEndpoint(String name, String namespace, Target target, Map<String, String> selector, String portName,
                              int port, String path, boolean https, boolean honorLabels) {

    /** What the selector selects. */
    public enum Target { SERVICES, PODS }

    public MetricsEndpoint(String name, String namespace, Target target, Map<String, String> selector, String portName,
                           int port, String path, boolean https) {
        this(name, namespace, target, selector, portName, port, path, https, false);
    }

    public MetricsEndpoint {
        Objects.requireNonNull(target, "target");
        selector = Map.copyOf(selector);
        if (selector.isEmpty()) {
            throw new IllegalArgumentException("metrics endpoint " + name + " selects by no label");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static MetricsEndpoint service(String name, String namespace, Map<String, String> serviceLabels, String portName,
                                          int port, String path) {
        return new MetricsEndpoint(name, namespace, Target.SERVICES, serviceLabels, portName, port, path, false);
    }
}
