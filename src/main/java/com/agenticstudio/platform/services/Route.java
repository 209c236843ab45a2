package com.agenticstudio.platform.services;

import java.util.Map;
import java.util.Objects;

/**
 * A workload's request to be reachable: {@code https://host/} to port {@code servicePort} of its Service.
 *
 * @param name        the routing object's name, in the workload's namespace
 * @param servicePort the Service port's name
 */
public record Route(String name, String namespace, Map<String, String> labels, String host, String service,
                    String servicePort, int servicePortNumber) {
    public Route {
        labels = Map.copyOf(labels);
        Objects.requireNonNull(host, "host");
        for (var value : new String[] {name, namespace, service, servicePort}) {
            if (value == null || !value.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
                throw new IllegalArgumentException("a route's name, namespace, service and port name are DNS labels, got '" + value + "'");
            }
        }
    }
}
