package com.agenticstudio.platform.kube;

import java.util.List;
import java.util.Map;

/**
 * A Service a chart renders, as read in its templates at the pinned tag: what other objects of the
 * plan (a ServiceMonitor, a route) refer to by name, labels and port. The plan does not expand Helm
 * releases, so the add-on declares these for the rules to judge those references against.
 */
public record ChartService(String name, Map<String, String> labels, List<Port> ports, java.util.Optional<String> namespace) {
    public ChartService {
        java.util.Objects.requireNonNull(namespace, "namespace");
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
        if (name == null || !name.matches("[a-z]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("a Service name is a DNS label, got '" + name + "'");
        }
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("Service " + name + " has no port");
        }
    }

    /** A Service in the add-on's own namespace. */
    public ChartService(String name, Map<String, String> labels, List<Port> ports) {
        this(name, labels, ports, java.util.Optional.empty());
    }

    /** A Service the chart's operator renders in another namespace (ECK's, beside the objects it manages). */
    public ChartService in(String otherNamespace) {
        return new ChartService(name, labels, ports, java.util.Optional.of(otherNamespace));
    }

    public record Port(String name, int port) {
    }

    /** As the add-on's declarations record it. */
    public Map<String, Object> toMap() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("labels", labels);
        map.put("ports", ports.stream().map(p -> Map.<String, Object>of("name", p.name(), "port", p.port())).toList());
        namespace.ifPresent(ns -> map.put("namespace", ns));
        return map;
    }
}
