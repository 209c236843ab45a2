package com.agenticstudio.platform.addons.edge;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Gateway API kinds the edge declares (gateway.networking.k8s.io/v1, the v1.6 CRDs that Envoy
 * Gateway's chart installs), as records that refuse what the CRDs' schemas and CEL rules refuse.
 */
public final class GatewayApi {
    public static final String GROUP = "gateway.networking.k8s.io";
    static final CrdKind GATEWAY_CLASS = CrdKind.clusterScoped(GROUP, "v1", "GatewayClass");
    static final CrdKind GATEWAY = CrdKind.namespaced(GROUP, "v1", "Gateway");
    static final CrdKind HTTP_ROUTE = CrdKind.namespaced(GROUP, "v1", "HTTPRoute");

    /** Listener and section names; hostnames (lower case, a leading wildcard at most; IPs are refused apart). */
    static final Pattern SECTION_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    static final Pattern HOSTNAME = Pattern.compile("(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    /** Gateway API durations: up to four number-unit pairs of at most five digits. */
    static final Pattern DURATION = Pattern.compile("([0-9]{1,5}(h|m|s|ms)){1,4}");

    private GatewayApi() {
    }

    private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");

    static String check(Pattern pattern, String value, String what) {
        if (value == null || value.length() > 253 || !pattern.matcher(value).matches()
                || (pattern == HOSTNAME && IPV4.matcher(value).matches())) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + what);
        }
        return value;
    }

    static int checkPort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " must be in 1-65535, got " + port);
        }
        return port;
    }

    /** @param parameters the implementation's parameters (an EnvoyProxy) */
    record GatewayClassSpec(String controllerName, LocalObject parameters) implements CustomResourceSpec {
        GatewayClassSpec {
            Objects.requireNonNull(controllerName, "controllerName");
            Objects.requireNonNull(parameters, "parameters");
        }

        @Override
        public CrdKind crdKind() {
            return GATEWAY_CLASS;
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("controllerName", controllerName, "parametersRef", Map.of(
                    "group", parameters.kind().group(), "kind", parameters.kind().kind(),
                    "name", parameters.name(), "namespace", parameters.namespace()));
        }
    }

    /** A namespaced object of a custom kind, by name. */
    record LocalObject(CrdKind kind, String name, String namespace) {
    }

    record GatewaySpec(String gatewayClassName, List<Listener> listeners) implements CustomResourceSpec {
        GatewaySpec {
            Objects.requireNonNull(gatewayClassName, "gatewayClassName");
            listeners = List.copyOf(listeners);
            if (listeners.isEmpty() || listeners.size() > 64) {
                throw new IllegalArgumentException("a Gateway has 1 to 64 listeners, got " + listeners.size());
            }
            if (listeners.stream().map(Listener::name).distinct().count() != listeners.size()) {
                throw new IllegalArgumentException("listener names must be unique: " + listeners);
            }
            // The CRD's rule: port, protocol and hostname together tell listeners apart.
            if (listeners.stream().map(l -> l.port() + "/" + l.protocol() + "/" + l.hostname().orElse("")).distinct().count()
                    != listeners.size()) {
                throw new IllegalArgumentException("two listeners share port, protocol and hostname: " + listeners);
            }
        }

        @Override
        public CrdKind crdKind() {
            return GATEWAY;
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("gatewayClassName", gatewayClassName, "listeners", listeners.stream().map(Listener::toWire).toList());
        }

        Optional<Listener> listener(String name) {
            return listeners.stream().filter(l -> l.name().equals(name)).findFirst();
        }
    }

    /**
     * One listener. HTTPS terminates TLS with the certificate in {@code certificateSecret} (in the
     * Gateway's namespace); HTTP carries no TLS block, which the CRD forbids there.
     *
     * @param routesFrom namespace labels a route's namespace must carry; empty admits the Gateway's own namespace only
     */
    record Listener(String name, Optional<String> hostname, int port, String protocol, Optional<String> certificateSecret,
                    Map<String, String> routesFrom) {
        Listener {
            check(SECTION_NAME, name, "listener name");
            checkPort(port, "listener " + name + " port");
            hostname.ifPresent(h -> check(HOSTNAME, h, "listener hostname"));
            routesFrom = Map.copyOf(routesFrom);
            if (!protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
                throw new IllegalArgumentException("the edge serves HTTP and HTTPS listeners, got " + protocol);
            }
            if (protocol.equals("HTTPS") != certificateSecret.isPresent()) {
                throw new IllegalArgumentException("an HTTPS listener needs a certificate and an HTTP listener takes none: " + name);
            }
        }

        Map<String, Object> toWire() {
            var wire = new LinkedHashMap<String, Object>();
            wire.put("name", name);
            hostname.ifPresent(h -> wire.put("hostname", h));
            wire.put("port", port);
            wire.put("protocol", protocol);
            certificateSecret.ifPresent(secret -> wire.put("tls", Map.of(
                    "mode", "Terminate",
                    "certificateRefs", List.of(Map.of("kind", "Secret", "group", "", "name", secret)))));
            wire.put("allowedRoutes", Map.of("namespaces", routesFrom.isEmpty()
                    ? Map.of("from", "Same")
                    : Map.of("from", "Selector", "selector", Map.of("matchLabels", routesFrom))));
            return wire;
        }
    }

    /** A listener of a Gateway, as a route's parentRef and a policy's targetRef name it. */
    record ParentRef(String gateway, String namespace, String sectionName) {
        ParentRef {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(namespace, "namespace");
            check(SECTION_NAME, sectionName, "section name");
        }

        Map<String, Object> toWire() {
            return Map.of("group", GROUP, "kind", "Gateway", "name", gateway, "namespace", namespace, "sectionName", sectionName);
        }
    }

    /** An HTTPRoute on one listener, for the given hostnames. */
    record HttpRouteSpec(ParentRef parent, List<String> hostnames, List<Rule> rules) implements CustomResourceSpec {
        HttpRouteSpec {
            hostnames = List.copyOf(hostnames);
            hostnames.forEach(h -> check(HOSTNAME, h, "route hostname"));
            rules = List.copyOf(rules);
            if (rules.isEmpty() || rules.size() > 16) {
                throw new IllegalArgumentException("an HTTPRoute has 1 to 16 rules, got " + rules.size());
            }
        }

        @Override
        public CrdKind crdKind() {
            return HTTP_ROUTE;
        }

        @Override
        public Map<String, Object> toWire() {
            var wire = new LinkedHashMap<String, Object>();
            wire.put("parentRefs", List.of(parent.toWire()));
            if (!hostnames.isEmpty()) {
                wire.put("hostnames", hostnames);
            }
            wire.put("rules", rules.stream().map(Rule::toWire).toList());
            return wire;
        }
    }

    /** A route rule either forwards to a Service port or redirects; the CRD forbids a redirect with backends. */
    sealed interface Rule {
        Map<String, Object> toWire();
    }

    /** Every path under {@code pathPrefix} to {@code service:port}, failing after {@code timeout}. */
    record Forward(String pathPrefix, String service, int port, String timeout) implements Rule {
        Forward {
            if (!pathPrefix.startsWith("/") || pathPrefix.contains("//")) {
                throw new IllegalArgumentException("a path prefix starts with / and has no //: " + pathPrefix);
            }
            Objects.requireNonNull(service, "service");
            checkPort(port, "backend port");
            check(DURATION, timeout, "Gateway API duration");
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of(
                    "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", pathPrefix))),
                    "backendRefs", List.of(Map.of("kind", "Service", "group", "", "name", service, "port", port)),
                    "timeouts", Map.of("request", timeout));
        }
    }

    /** Everything to the same URL over HTTPS, permanently. */
    record RedirectToHttps() implements Rule {
        @Override
        public Map<String, Object> toWire() {
            return Map.of("filters", List.of(Map.of(
                    "type", "RequestRedirect",
                    "requestRedirect", Map.of("scheme", "https", "statusCode", 301))));
        }
    }
}
