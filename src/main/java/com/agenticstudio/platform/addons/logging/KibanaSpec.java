package com.agenticstudio.platform.addons.logging;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kibana's spec (kibana.k8s.elastic.co/v1, ECK 3.5.0 config/crds/v1/resources/kibana.k8s.elastic.co_kibanas.yaml):
 * its version, replicas, the Elasticsearch it uses (ECK creates its user and trusts the cluster's CA),
 * where it is reached, and its pods. Kibana serves plain HTTP inside the cluster: the edge terminates
 * TLS in front of it (as for Grafana), and its login is Elasticsearch's own.
 *
 * @param publicUrl the https URL users reach it at through the edge; empty where it is reached by port-forward
 */
public record KibanaSpec(String version, int count, String elasticsearch, String elasticsearchNamespace, Optional<String> publicUrl,
                         ContainerResources resources, String priorityClass, Capacity capacity, Map<String, String> podLabels)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("kibana.k8s.elastic.co", "v1", "Kibana");
    static final int UID = 1000;

    public KibanaSpec {
        if (version == null || !version.matches("9\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("a Kibana version is 9.x.y, got " + version);
        }
        if (count < 1) {
            throw new IllegalArgumentException("Kibana needs at least one replica, got " + count);
        }
        Objects.requireNonNull(elasticsearch, "elasticsearch");
        Objects.requireNonNull(elasticsearchNamespace, "elasticsearchNamespace");
        publicUrl.filter(url -> !url.matches("https://[a-z0-9.-]+")).ifPresent(url -> {
            throw new IllegalArgumentException("Kibana's public URL is https://<host>, got " + url);
        });
        Objects.requireNonNull(priorityClass, "priorityClass");
        Objects.requireNonNull(capacity, "capacity");
        podLabels = Map.copyOf(podLabels);
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("version", version);
        spec.put("count", count);
        spec.put("elasticsearchRef", Map.of("name", elasticsearch, "namespace", elasticsearchNamespace));
        spec.put("http", Map.of("tls", Map.of("selfSignedCertificate", Map.of("disabled", true))));
        var config = new LinkedHashMap<String, Object>();
        publicUrl.ifPresent(url -> config.put("server.publicBaseUrl", url));
        // Kibana would report usage to Elastic over the internet, which its policies do not allow.
        config.put("telemetry.optIn", false);
        config.put("telemetry.allowChangingOptInStatus", false);
        spec.put("config", config);
        var pod = new LinkedHashMap<String, Object>();
        pod.put("priorityClassName", priorityClass);
        // ECK's default pod context plus runAsNonRoot (its container context sets uid 1000, drops every capability
        // and forbids privilege escalation): restricted.
        pod.put("securityContext", Map.of("fsGroup", UID, "runAsNonRoot", true, "seccompProfile", Map.of("type", "RuntimeDefault")));
        if (!capacity.tolerations().isEmpty()) {
            pod.put("tolerations", capacity.tolerations());
            pod.put("affinity", capacity.affinity());
        }
        pod.put("containers", List.of(Map.of("name", "kibana", "resources", resources.toMap())));
        spec.put("podTemplate", Map.of("metadata", Map.of("labels", podLabels), "spec", pod));
        return spec;
    }
}
