package com.agenticstudio.platform.kube;

import java.util.List;
import java.util.Map;

/**
 * A Service a chart renders, as read in its templates at the pinned tag: what other objects of the
 * plan (a ServiceMonitor, a route) refer to by name, labels and port. The plan does not expand Helm
 * releases, so the add-on declares these for the rules to judge those references against.
 */
public record ChartService(String name, Map<String, String> labels, List<Port> ports) {
    public ChartService {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
        if (name == null || !name.matches("[a-z]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("a Service name is a DNS label, got '" + name + "'");
        }
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("Service " + name + " has no port");
        }
    }

    public record Port(String name, int port) {
    }

    /** As the add-on's declarations record it. */
    public Map<String, Object> toMap() {
        return Map.of("name", name, "labels", labels,
                "ports", ports.stream().map(p -> Map.<String, Object>of("name", p.name(), "port", p.port())).toList());
    }
}
