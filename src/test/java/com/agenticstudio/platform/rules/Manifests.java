package com.agenticstudio.platform.rules;

import com.agenticstudio.platform.check.KubernetesRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A small, correct app (namespace, autoscaled Deployment, Service, a route on a Gateway, budget, policies, Secret)
 * that breaks no rule; each twin test breaks one thing in a fresh copy.
 */
final class Manifests {
    static final String GOOD = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop, labels: {edge-routes: allowed}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web, tier: front}}
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: web
                      image: shop/web:1.0.0
                      ports: [{name: http, containerPort: 8080}]
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: 500m, memory: 256Mi}
                      readinessProbe: {httpGet: {path: /ready, port: http}}
                      livenessProbe: {httpGet: {path: /health, port: http}}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
                  volumes:
                    - {name: tmp, emptyDir: {}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: edge
              namespace: edge
              annotations: {cert-manager.io/cluster-issuer: shop-ca}
            spec:
              gatewayClassName: edge
              listeners:
                - name: https
                  hostname: shop.example.com
                  port: 443
                  protocol: HTTPS
                  tls: {mode: Terminate, certificateRefs: [{name: shop-tls}]}
                  allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {edge-routes: allowed}}}}
            ---
            apiVersion: cert-manager.io/v1
            kind: ClusterIssuer
            metadata: {name: shop-ca}
            spec: {ca: {secretName: shop-ca}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: shop}
            spec:
              parentRefs: [{name: edge, namespace: edge, sectionName: https}]
              hostnames: [shop.example.com]
              rules:
                - backendRefs: [{name: web, port: 80}]
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: shop}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 5
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              maxUnavailable: 1
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny-all, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: allow-http, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Ingress]
              ingress: [{ports: [{protocol: TCP, port: 8080}]}]
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: db, namespace: shop}
            stringData: {url: "[secret]"}
            """;

    private Manifests() {
    }

    /** A fresh, mutable copy of the good app. */
    static List<Map<String, Object>> good() {
        return parse(GOOD);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        var documents = new ArrayList<Map<String, Object>>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    /** The one object of this kind and name. */
    static Map<String, Object> find(List<Map<String, Object>> manifests, String kind, String name) {
        return manifests.stream()
                .filter(m -> kind.equals(m.get("kind")) && name.equals(KubernetesRules.at(m, "metadata.name")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + name));
    }

    /** Sets (or with {@code null}, removes) the value at a dotted path that already leads to a map. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> root, String path, Object value) {
        var parent = path.contains(".") ? KubernetesRules.at(root, path.substring(0, path.lastIndexOf('.'))) : root;
        var key = path.substring(path.lastIndexOf('.') + 1);
        if (!(parent instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("nothing at " + path);
        }
        var map = (Map<String, Object>) parent;
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    static List<Map<String, Object>> without(List<Map<String, Object>> manifests, String kind, String name) {
        var rest = new ArrayList<>(manifests);
        rest.remove(find(manifests, kind, name));
        return rest;
    }
}
