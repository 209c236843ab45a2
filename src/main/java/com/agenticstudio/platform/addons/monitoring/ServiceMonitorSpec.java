package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ServiceMonitor's spec (monitoring.coreos.com/v1, prometheus-operator 0.93.1 as bundled with
 * kube-prometheus-stack 88.5.3, crd-servicemonitors.yaml): the Services its labels select in the
 * listed namespaces, scraped on named ports. {@code selector} and {@code endpoints} are required there.
 *
 * @param namespaces where the Services live (namespaceSelector.matchNames); never every namespace
 */
public record ServiceMonitorSpec(Map<String, String> selector, List<String> namespaces, List<Endpoint> endpoints)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("monitoring.coreos.com", "v1", "ServiceMonitor");

    /**
     * One scraped port.
     *
     * @param port     the Service port's name
     * @param https    scheme https, the serving certificate not verified (self-signed endpoints such as metrics-server)
     * @param honorLabels keep the labels the target exports (namespace, pod, container) over the target's own:
     *                 for exporters that report on other objects (OpenCost), as kube-state-metrics is scraped
     */
    public record Endpoint(String port, String path, String interval, boolean https, boolean honorLabels) {
        public Endpoint(String port, String path, String interval, boolean https) {
            this(port, path, interval, https, false);
        }

        public Endpoint {
            Scrapes.checkServicePort(port);
            Scrapes.checkPath(path);
            Scrapes.checkDuration(interval, "interval");
        }

        Map<String, Object> toWire() {
            var wire = new LinkedHashMap<String, Object>();
            wire.put("port", port);
            wire.put("path", path);
            wire.put("interval", interval);
            wire.put("scheme", https ? "https" : "http");
            if (https) {
                wire.put("tlsConfig", Map.of("insecureSkipVerify", true));
            }
            if (honorLabels) {
                wire.put("honorLabels", true);
            }
            return wire;
        }
    }

    public ServiceMonitorSpec {
        selector = Collections.unmodifiableSortedMap(new TreeMap<>(selector));
        namespaces = List.copyOf(namespaces);
        endpoints = List.copyOf(endpoints);
        if (selector.isEmpty()) {
            throw new IllegalArgumentException("a ServiceMonitor selecting by no label would scrape every Service");
        }
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("a ServiceMonitor names the namespaces of its Services");
        }
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("a ServiceMonitor needs at least one endpoint");
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("selector", Map.of("matchLabels", selector));
        spec.put("namespaceSelector", Map.of("matchNames", namespaces));
        spec.put("endpoints", endpoints.stream().map(Endpoint::toWire).toList());
        return spec;
    }
}
