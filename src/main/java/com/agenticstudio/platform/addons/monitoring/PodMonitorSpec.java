package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PodMonitor's spec (monitoring.coreos.com/v1, prometheus-operator 0.93.1, crd-podmonitors.yaml):
 * pods scraped directly, for those no Service exposes on their metrics port (the Envoy proxies,
 * whose Service Envoy Gateway makes with the listeners' ports only).
 */
public record PodMonitorSpec(Map<String, String> selector, List<String> namespaces, String port, String path, String interval)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("monitoring.coreos.com", "v1", "PodMonitor");

    public PodMonitorSpec {
        selector = Collections.unmodifiableSortedMap(new TreeMap<>(selector));
        namespaces = List.copyOf(namespaces);
        if (selector.isEmpty()) {
            throw new IllegalArgumentException("a PodMonitor selecting by no label would scrape every pod");
        }
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("a PodMonitor names the namespaces of its pods");
        }
        Scrapes.checkPort(port);
        Scrapes.checkPath(path);
        Scrapes.checkDuration(interval, "interval");
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
        spec.put("podMetricsEndpoints", List.of(Map.of("port", port, "path", path, "interval", interval)));
        return spec;
    }
}
