package com.agenticstudio.platform.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules over every Kubernetes object a stack declares (as {@code ResourceGraph.manifests()} gives them),
 * each a pure function returning one line per violation. They look across objects, the way a
 * reviewer checks that a Service reaches a pod or that an HPA's Deployment has a disruption budget.
 */
public final class KubernetesRules {
    /** What the plan records in place of a secret value. */
    public static final String SECRET = "[secret]";

    /** A named rule over the manifests, for parameterised tests. */
    public record Rule(String name, Function<List<Map<String, Object>>, List<String>> check) {
        public List<String> apply(List<Map<String, Object>> manifests) {
            return check.apply(manifests);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Rule> ALL = List.of(
            new Rule("every container has requests, limits and probes", KubernetesRules::containersHaveResourcesAndProbes),
            new Rule("every pod template passes Pod Security restricted", KubernetesRules::podTemplatesAreRestricted),
            new Rule("every replicated or autoscaled Deployment has a PodDisruptionBudget", KubernetesRules::replicatedDeploymentsHaveDisruptionBudgets),
            new Rule("every Service selects pods and reaches a declared port", KubernetesRules::servicesReachPods),
            new Rule("every route backend is an existing Service port", KubernetesRules::routeBackendsExist),
            new Rule("every route attaches to a Gateway listener that admits its namespace and host", KubernetesRules::routesAttachToGatewaysThatAdmitThem),
            new Rule("every HTTPS listener has a certificate from an issuer that exists", KubernetesRules::httpsListenersHaveCertificatesFromExistingIssuers),
            new Rule("every namespace denies ingress and egress by default", KubernetesRules::namespacesDenyByDefault),
            new Rule("every flow between declared namespaces is allowed at both ends", KubernetesRules::flowsAreAllowedAtBothEnds),
            new Rule("no autoscaled Deployment sets spec.replicas", KubernetesRules::autoscaledDeploymentsLeaveReplicasAlone),
            new Rule("every Secret's data is a secret", KubernetesRules::secretDataIsSecret),
            new Rule("no database password appears in plain text", KubernetesRules::databaseCredentialsNeverAppearIn));

    /** Kinds without a namespace; everything else must name one. */
    public static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
            "StorageClass", "PriorityClass", "IngressClass", "RuntimeClass", "CSIDriver",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService",
            "ClusterIssuer", "ClusterSecretStore", "ClusterExternalSecret", "GatewayClass", "VolumeSnapshotClass");

    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod");
    private static final Set<String> RESTRICTED_VOLUMES = Set.of(
            "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> SAFE_SYSCTLS = Set.of(
            "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes");
    private static final Set<String> SELINUX_TYPES = Set.of("container_t", "container_init_t", "container_kvm_t");

    private KubernetesRules() {
    }

    // ---- the rules ----

    /** Requests and limits (CPU and memory) on every container; readiness and liveness on long-running ones. */
    public static List<String> containersHaveResourcesAndProbes(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var pod : podTemplates(manifests)) {
            for (var container : pod.allContainers()) {
                var where = pod + " container " + container.get("name");
                for (var kind : List.of("requests", "limits")) {
                    for (var resource : List.of("cpu", "memory")) {
                        if (at(container, "resources." + kind + "." + resource) == null) {
                            violations.add(where + " has no " + resource + " " + kind.replaceAll("s$", ""));
                        }
                    }
                }
            }
            if (LONG_RUNNING.contains(pod.ownerKind())) {
                for (var container : pod.containers()) {
                    for (var probe : List.of("readinessProbe", "livenessProbe")) {
                        if (!(container.get(probe) instanceof Map<?, ?>)) {
                            violations.add(pod + " container " + container.get("name") + " has no " + probe);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** The Pod Security Standards' restricted profile (which includes baseline), checked field by field. */
    public static List<String> podTemplatesAreRestricted(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var pod : podTemplates(manifests)) {
            var spec = pod.spec();
            for (var field : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (Boolean.TRUE.equals(spec.get(field))) {
                    violations.add(pod + " sets " + field);
                }
            }
            for (var volume : list(spec.get("volumes"))) {
                var types = map(volume).keySet().stream().filter(k -> !k.equals("name")).toList();
                if (!RESTRICTED_VOLUMES.containsAll(types)) {
                    violations.add(pod + " volume " + map(volume).get("name") + " is of type " + types);
                }
            }
            var podContext = map(spec.get("securityContext"));
            for (var sysctl : list(podContext.get("sysctls"))) {
                if (!SAFE_SYSCTLS.contains(String.valueOf(map(sysctl).get("name")))) {
                    violations.add(pod + " sets unsafe sysctl " + map(sysctl).get("name"));
                }
            }
            checkSeLinux(violations, pod.toString(), podContext);
            if (Long.valueOf(0).equals(number(podContext.get("runAsUser")))) {
                violations.add(pod + " runs as root (pod runAsUser 0)");
            }
            var podSeccomp = string(at(podContext, "seccompProfile.type"));
            if (podSeccomp != null && !Set.of("RuntimeDefault", "Localhost").contains(podSeccomp)) {
                violations.add(pod + " has seccomp profile " + podSeccomp);
            }
            for (var container : pod.allContainers()) {
                var where = pod + " container " + container.get("name");
                var context = map(container.get("securityContext"));
                if (Boolean.TRUE.equals(context.get("privileged"))) {
                    violations.add(where + " is privileged");
                }
                if (!Boolean.FALSE.equals(context.get("allowPrivilegeEscalation"))) {
                    violations.add(where + " does not set allowPrivilegeEscalation: false");
                }
                var runAsNonRoot = context.containsKey("runAsNonRoot") ? context.get("runAsNonRoot") : podContext.get("runAsNonRoot");
                if (!Boolean.TRUE.equals(runAsNonRoot)) {
                    violations.add(where + " does not set runAsNonRoot: true (itself or through the pod)");
                }
                if (Long.valueOf(0).equals(number(context.get("runAsUser")))) {
                    violations.add(where + " runs as root (runAsUser 0)");
                }
                var seccomp = context.containsKey("seccompProfile") ? string(at(context, "seccompProfile.type")) : podSeccomp;
                if (seccomp == null || !Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                    violations.add(where + " has seccomp profile " + seccomp + ", not RuntimeDefault or Localhost");
                }
                var drop = list(at(context, "capabilities.drop"));
                if (!drop.contains("ALL")) {
                    violations.add(where + " does not drop ALL capabilities");
                }
                for (var added : list(at(context, "capabilities.add"))) {
                    if (!"NET_BIND_SERVICE".equals(added)) {
                        violations.add(where + " adds capability " + added);
                    }
                }
                if (context.get("procMount") != null && !"Default".equals(context.get("procMount"))) {
                    violations.add(where + " sets procMount " + context.get("procMount"));
                }
                checkSeLinux(violations, where, context);
                for (var port : list(container.get("ports"))) {
                    var hostPort = number(map(port).get("hostPort"));
                    if (hostPort != null && hostPort != 0L) {
                        violations.add(where + " uses hostPort " + map(port).get("hostPort"));
                    }
                }
            }
            map(pod.metadata().get("annotations")).forEach((key, value) -> {
                if (key.startsWith("container.apparmor.security.beta.kubernetes.io/")
                        && !("runtime/default".equals(value) || String.valueOf(value).startsWith("localhost/"))) {
                    violations.add(pod + " sets AppArmor profile " + value);
                }
            });
        }
        return violations;
    }

    private static void checkSeLinux(List<String> violations, String where, Map<String, Object> context) {
        var seLinux = map(context.get("seLinuxOptions"));
        if (seLinux.get("type") != null && !SELINUX_TYPES.contains(String.valueOf(seLinux.get("type")))) {
            violations.add(where + " sets SELinux type " + seLinux.get("type"));
        }
        if (seLinux.get("user") != null || seLinux.get("role") != null) {
            violations.add(where + " sets an SELinux user or role");
        }
    }

    /** Drains and zone loss take one pod at a time only where a budget says so. */
    public static List<String> replicatedDeploymentsHaveDisruptionBudgets(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var budgets = ofKind(manifests, "PodDisruptionBudget");
        for (var deployment : ofKind(manifests, "Deployment")) {
            var replicas = number(at(deployment, "spec.replicas"));
            boolean autoscaled = !autoscalersOf(manifests, deployment).isEmpty();
            if (!autoscaled && (replicas == null || replicas <= 1)) {
                continue;
            }
            var labels = map(at(deployment, "spec.template.metadata.labels"));
            boolean covered = budgets.stream()
                    .filter(pdb -> namespace(pdb).equals(namespace(deployment)))
                    .anyMatch(pdb -> selects(map(at(pdb, "spec.selector")), labels));
            if (!covered) {
                violations.add(id(deployment) + (autoscaled ? " is autoscaled" : " runs " + replicas + " replicas")
                        + " but no PodDisruptionBudget selects its pods");
            }
        }
        return violations;
    }

    /** A Service whose selector matches nothing, or whose targetPort no matching container declares, is a silent outage. */
    public static List<String> servicesReachPods(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var pods = podTemplates(manifests);
        for (var service : ofKind(manifests, "Service")) {
            var selector = map(at(service, "spec.selector"));
            if (selector.isEmpty()) {
                continue; // ExternalName, or endpoints managed by hand
            }
            var matching = pods.stream()
                    .filter(pod -> pod.namespace().equals(namespace(service)))
                    .filter(pod -> pod.labels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (matching.isEmpty()) {
                violations.add(id(service) + " selects " + selector + ", which no pod template in " + namespace(service) + " carries");
                continue;
            }
            for (var port : list(at(service, "spec.ports"))) {
                var target = map(port).containsKey("targetPort") ? map(port).get("targetPort") : map(port).get("port");
                boolean declared = matching.stream().flatMap(pod -> pod.containers().stream())
                        .flatMap(container -> list(container.get("ports")).stream().map(KubernetesRules::map))
                        .anyMatch(containerPort -> samePort(target, containerPort.get("name"), containerPort.get("containerPort")));
                if (!declared) {
                    violations.add(id(service) + " port " + map(port).get("port") + " targets " + key(target)
                            + ", which no selected container declares");
                }
            }
        }
        return violations;
    }

    /** Every HTTPRoute backend names a Service (in the route's namespace unless it says otherwise) and one of its ports. */
    public static List<String> routeBackendsExist(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var services = ofKind(manifests, "Service");
        for (var route : ofKind(manifests, "HTTPRoute")) {
            for (var rule : list(at(route, "spec.rules"))) {
                for (var ref : list(map(rule).get("backendRefs"))) {
                    var backend = map(ref);
                    if (!"Service".equals(backend.getOrDefault("kind", "Service"))) {
                        continue;
                    }
                    var ns = String.valueOf(backend.getOrDefault("namespace", namespace(route)));
                    var service = services.stream()
                            .filter(s -> namespace(s).equals(ns) && Objects.equals(at(s, "metadata.name"), backend.get("name")))
                            .findFirst();
                    if (service.isEmpty()) {
                        violations.add(id(route) + " routes to Service " + backend.get("name") + ", which does not exist in " + ns);
                    } else if (list(at(service.get(), "spec.ports")).stream().map(KubernetesRules::map)
                            .noneMatch(p -> samePort(backend.get("port"), null, p.get("port")))) {
                        violations.add(id(route) + " routes to port " + key(backend.get("port")) + " of " + id(service.get()) + ", which has no such port");
                    }
                }
            }
        }
        return violations;
    }

    /**
     * Every parentRef names a Gateway in the plan and, where it names a section, one of its listeners;
     * that listener admits routes from the route's namespace (Same, All, or a Selector on the
     * namespace's labels) and, where it has a hostname, serves the route's hostnames.
     */
    public static List<String> routesAttachToGatewaysThatAdmitThem(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var gateways = ofKind(manifests, "Gateway");
        for (var route : ofKind(manifests, "HTTPRoute")) {
            var hostnames = list(at(route, "spec.hostnames"));
            for (var ref : list(at(route, "spec.parentRefs"))) {
                var parent = map(ref);
                var ns = String.valueOf(parent.getOrDefault("namespace", namespace(route)));
                var gateway = gateways.stream()
                        .filter(g -> namespace(g).equals(ns) && Objects.equals(at(g, "metadata.name"), parent.get("name")))
                        .findFirst();
                if (gateway.isEmpty()) {
                    violations.add(id(route) + " attaches to Gateway " + ns + "/" + parent.get("name") + ", which does not exist");
                    continue;
                }
                var listeners = list(at(gateway.get(), "spec.listeners")).stream().map(KubernetesRules::map)
                        .filter(l -> parent.get("sectionName") == null || parent.get("sectionName").equals(l.get("name")))
                        .toList();
                if (listeners.isEmpty()) {
                    violations.add(id(route) + " attaches to listener " + parent.get("sectionName") + ", which " + id(gateway.get()) + " does not have");
                    continue;
                }
                for (var listener : listeners) {
                    if (!admits(map(listener.get("allowedRoutes")), namespace(gateway.get()), namespace(route), manifests)) {
                        violations.add(id(gateway.get()) + " listener " + listener.get("name") + " does not admit routes from namespace " + namespace(route));
                    }
                    var listenerHost = listener.get("hostname");
                    if (listenerHost != null && !hostnames.isEmpty() && !hostnames.contains(listenerHost)) {
                        violations.add(id(route) + " serves " + hostnames + " on listener " + listener.get("name") + ", which serves only " + listenerHost);
                    }
                }
            }
        }
        return violations;
    }

    private static boolean admits(Map<String, Object> allowedRoutes, String gatewayNamespace, String routeNamespace,
                                  List<Map<String, Object>> manifests) {
        var from = String.valueOf(at(allowedRoutes, "namespaces.from") == null ? "Same" : at(allowedRoutes, "namespaces.from"));
        return switch (from) {
            case "All" -> true;
            case "Same" -> gatewayNamespace.equals(routeNamespace);
            case "Selector" -> selects(map(at(allowedRoutes, "namespaces.selector")), namespaceLabels(manifests, routeNamespace));
            default -> false;
        };
    }

    /** A namespace's labels as the API server sees them: its own, plus kubernetes.io/metadata.name. */
    public static Map<String, Object> namespaceLabels(List<Map<String, Object>> manifests, String namespace) {
        var labels = new java.util.HashMap<String, Object>();
        ofKind(manifests, "Namespace").stream().filter(n -> namespace.equals(at(n, "metadata.name")))
                .findFirst().ifPresent(n -> labels.putAll(map(at(n, "metadata.labels"))));
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    /**
     * An HTTPS listener terminates TLS with a certificate Secret, and the Gateway names a
     * cert-manager ClusterIssuer (cert-manager.io/cluster-issuer) that the plan declares, so the
     * Secret is issued and renewed.
     */
    public static List<String> httpsListenersHaveCertificatesFromExistingIssuers(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var issuers = ofKind(manifests, "ClusterIssuer").stream().map(i -> at(i, "metadata.name")).toList();
        for (var gateway : ofKind(manifests, "Gateway")) {
            for (var item : list(at(gateway, "spec.listeners"))) {
                var listener = map(item);
                if (!"HTTPS".equals(listener.get("protocol"))) {
                    continue;
                }
                if (list(at(listener, "tls.certificateRefs")).isEmpty()) {
                    violations.add(id(gateway) + " listener " + listener.get("name") + " terminates HTTPS without a certificate");
                }
                var issuer = map(at(gateway, "metadata.annotations")).get("cert-manager.io/cluster-issuer");
                if (issuer == null) {
                    violations.add(id(gateway) + " listener " + listener.get("name") + " has no certificate issuer (cert-manager.io/cluster-issuer)");
                } else if (!issuers.contains(issuer)) {
                    violations.add(id(gateway) + " names ClusterIssuer " + issuer + ", which the plan does not declare");
                }
            }
        }
        return violations;
    }

    /**
     * Zero trust: in every namespace the plan declares or runs pods in, an empty-selector policy
     * denies every direction not explicitly allowed.
     */
    public static List<String> namespacesDenyByDefault(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var policies = ofKind(manifests, "NetworkPolicy");
        var namespaces = java.util.stream.Stream.concat(
                        podTemplates(manifests).stream().map(PodTemplate::namespace),
                        ofKind(manifests, "Namespace").stream().map(n -> String.valueOf(at(n, "metadata.name"))))
                .distinct().sorted().toList();
        for (var ns : namespaces) {
            for (var direction : List.of("Ingress", "Egress")) {
                var rulesKey = direction.toLowerCase(java.util.Locale.ROOT);
                boolean denied = policies.stream()
                        .filter(p -> namespace(p).equals(ns))
                        .filter(p -> selectsEverything(map(at(p, "spec.podSelector"))))
                        .filter(p -> list(at(p, "spec.policyTypes")).contains(direction))
                        .anyMatch(p -> list(at(p, "spec." + rulesKey)).isEmpty());
                if (!denied) {
                    violations.add("namespace " + ns + " has no default-deny " + direction + " NetworkPolicy");
                }
            }
        }
        return violations;
    }

    /**
     * Where both namespaces are declared, a flow needs a policy at each end: pods allowed to send to
     * another namespace's pods are admitted there, and pods admitted from another namespace's pods
     * may send from there. One end alone is an outage that only shows in the cluster.
     */
    public static List<String> flowsAreAllowedAtBothEnds(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        var declared = ofKind(manifests, "Namespace").stream().map(n -> String.valueOf(at(n, "metadata.name"))).toList();
        for (var policy : ofKind(manifests, "NetworkPolicy")) {
            var here = namespace(policy);
            var pods = map(at(policy, "spec.podSelector.matchLabels"));
            for (var direction : List.of("ingress", "egress")) {
                var opposite = direction.equals("ingress") ? "egress" : "ingress";
                for (var item : list(at(policy, "spec." + direction))) {
                    var rule = map(item);
                    var ports = list(rule.get("ports"));
                    for (var peer : list(rule.get(direction.equals("ingress") ? "from" : "to"))) {
                        var selector = map(peer);
                        if (selector.containsKey("ipBlock")) {
                            continue;
                        }
                        var peerPods = map(at(selector, "podSelector.matchLabels"));
                        for (var there : peerNamespaces(selector, here, declared, manifests)) {
                            if (!allowedAt(manifests, there, opposite, peerPods, here, pods, ports)) {
                                violations.add(id(policy) + " allows " + direction + " with " + there + " pods " + peerPods + " on "
                                        + ports + ", but no NetworkPolicy in " + there + " allows the " + opposite);
                            }
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** The declared namespaces a peer selects: its own namespace without a namespaceSelector. */
    private static List<String> peerNamespaces(Map<String, Object> peer, String here, List<String> declared,
                                               List<Map<String, Object>> manifests) {
        if (!peer.containsKey("namespaceSelector")) {
            return declared.contains(here) ? List.of(here) : List.of();
        }
        var selector = map(peer.get("namespaceSelector"));
        return declared.stream().filter(ns -> selectsNamespace(selector, namespaceLabels(manifests, ns))).toList();
    }

    /**
     * Whether a policy in {@code namespace} lets its pods {@code pods} take part in {@code direction}
     * with the pods {@code peerPods} of {@code peerNamespace}, on every one of {@code ports}.
     */
    private static boolean allowedAt(List<Map<String, Object>> manifests, String namespace, String direction,
                                     Map<String, Object> pods, String peerNamespace, Map<String, Object> peerPods, List<?> ports) {
        for (var policy : ofKind(manifests, "NetworkPolicy")) {
            if (!namespace(policy).equals(namespace) || !overlaps(pods, map(at(policy, "spec.podSelector.matchLabels")))) {
                continue;
            }
            for (var item : list(at(policy, "spec." + direction))) {
                var rule = map(item);
                var peers = list(rule.get(direction.equals("ingress") ? "from" : "to"));
                boolean peerMatches = peers.isEmpty() || peers.stream().map(KubernetesRules::map).anyMatch(peer ->
                        !peer.containsKey("ipBlock")
                                && (peer.containsKey("namespaceSelector")
                                ? selectsNamespace(map(peer.get("namespaceSelector")), namespaceLabels(manifests, peerNamespace))
                                : peerNamespace.equals(namespace))
                                && overlaps(peerPods, map(at(peer, "podSelector.matchLabels"))));
                var allowed = list(rule.get("ports"));
                boolean portsMatch = allowed.isEmpty() || (!ports.isEmpty() && allowed.stream().map(KubernetesRules::map)
                        .map(p -> key(p.get("port"))).collect(java.util.stream.Collectors.toSet())
                        .containsAll(ports.stream().map(p -> key(map(p).get("port"))).toList()));
                if (peerMatches && (portsMatch || ports.isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The HPA owns spec.replicas; a declared count would fight it on every deploy. */
    public static List<String> autoscaledDeploymentsLeaveReplicasAlone(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var deployment : ofKind(manifests, "Deployment")) {
            var autoscalers = autoscalersOf(manifests, deployment);
            if (!autoscalers.isEmpty() && at(deployment, "spec.replicas") != null) {
                violations.add(id(deployment) + " sets spec.replicas although " + id(autoscalers.get(0)) + " scales it");
            }
        }
        return violations;
    }

    /** Secret objects carry only values the engine keeps secret. */
    public static List<String> secretDataIsSecret(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var secret : ofKind(manifests, "Secret")) {
            for (var field : List.of("data", "stringData")) {
                var value = secret.get(field);
                if (value == null || SECRET.equals(value)) {
                    continue;
                }
                if (!(value instanceof Map<?, ?> entries)) {
                    violations.add(id(secret) + " " + field + " is in plain text");
                    continue;
                }
                entries.forEach((key, entry) -> {
                    if (!SECRET.equals(entry)) {
                        violations.add(id(secret) + " " + field + "." + key + " is in plain text");
                    }
                });
            }
        }
        return violations;
    }

    /**
     * No known secret value appears anywhere in {@code documents} (resource inputs, stack outputs):
     * searched as substrings, keys included, so a URL embedded in a larger string is caught too.
     */
    public static List<String> secretValuesNeverAppear(Map<String, ?> documents, Collection<String> secretValues) {
        var violations = new ArrayList<String>();
        documents.forEach((where, document) -> search(where, document, secretValues, violations));
        return violations;
    }

    private static void search(String where, Object value, Collection<String> secretValues, List<String> violations) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                search(where + " (key)", k, secretValues, violations);
                search(where + "." + k, v, secretValues, violations);
            });
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                search(where + "." + i, l.get(i), secretValues, violations);
            }
        } else if (value instanceof String s) {
            for (var secret : secretValues) {
                if (s.contains(secret)) {
                    violations.add(where + " holds a secret value in plain text");
                }
            }
        }
    }

    /**
     * A connection URL with a password in it ({@code scheme://user:password@host}); a template that
     * fills the password in inside the cluster ({@code {{ .password }}}) is not one.
     */
    static final java.util.regex.Pattern CREDENTIAL_URL = java.util.regex.Pattern.compile(
            "[a-z][a-z0-9+.-]*://[^/\\s:@{}]+:(?!\\{\\{)[^@\\s/{}]+@");
    /** Input names that carry a database password (RDS password, Cloud SQL root password and user password). */
    static final Set<String> PASSWORD_KEYS = Set.of("password", "masterPassword", "rootPassword", "masterUserPassword");

    /**
     * No database password appears in plain text in {@code documents} (resource inputs, stack outputs,
     * manifests): no URL with a password in it, no password input that is not {@value #SECRET}. Unlike
     * {@link #secretValuesNeverAppear} it needs no known value, so a plan's files alone are enough.
     */
    public static List<String> databaseCredentialsNeverAppear(Map<String, ?> documents) {
        var violations = new ArrayList<String>();
        documents.forEach((where, document) -> credentials(where, null, document, violations));
        return violations;
    }

    private static void credentials(String where, Object key, Object value, List<String> violations) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> credentials(where + "." + k, k, v, violations));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                credentials(where + "." + i, key, l.get(i), violations);
            }
        } else if (value instanceof String s && !SECRET.equals(s)) {
            if (CREDENTIAL_URL.matcher(s).find()) {
                violations.add(where + " holds a URL with a password in plain text");
            } else if (key != null && PASSWORD_KEYS.contains(key.toString()) && !s.isEmpty()) {
                violations.add(where + " is a password in plain text");
            }
        }
    }

    /** Over manifests, for plan check: each object by kind, namespace and name. */
    static List<String> databaseCredentialsNeverAppearIn(List<Map<String, Object>> manifests) {
        var documents = new java.util.LinkedHashMap<String, Object>();
        manifests.forEach(m -> documents.put(id(m), m));
        return databaseCredentialsNeverAppear(documents);
    }

    /** apiVersion, kind, metadata.name, and a namespace on every namespaced kind. */
    public static List<String> manifestsAreWellFormed(List<Map<String, Object>> manifests) {
        var violations = new ArrayList<String>();
        for (var manifest : manifests) {
            var kind = string(manifest.get("kind"));
            var name = string(at(manifest, "metadata.name"));
            var what = (kind == null ? "?" : kind) + " " + (name == null ? "?" : name);
            if (string(manifest.get("apiVersion")) == null || !string(manifest.get("apiVersion")).matches("([a-z0-9.-]+/)?v\\d+((alpha|beta)\\d+)?")) {
                violations.add(what + " has apiVersion " + manifest.get("apiVersion"));
            }
            if (kind == null || !kind.matches("[A-Z][A-Za-z0-9]*")) {
                violations.add(what + " has kind " + manifest.get("kind"));
            }
            if (name == null || !name.matches("[a-z0-9]([-a-z0-9.:]*[a-z0-9])?")) {
                violations.add(what + " has metadata.name " + at(manifest, "metadata.name"));
            }
            var ns = string(at(manifest, "metadata.namespace"));
            if (kind != null && CLUSTER_SCOPED.contains(kind) && ns != null) {
                violations.add(what + " is cluster-scoped but names namespace " + ns);
            } else if (kind != null && !CLUSTER_SCOPED.contains(kind) && (ns == null || ns.isEmpty())) {
                violations.add(what + " is namespaced but names no namespace");
            }
        }
        return violations;
    }

    // ---- pod templates ----

    /** A pod spec wherever it lives: a Pod, a workload's template, a CronJob's job template. */
    public record PodTemplate(String ownerKind, String ownerName, String namespace, Map<String, Object> metadata,
                              Map<String, Object> spec) {
        public Map<String, Object> labels() {
            return map(metadata.get("labels"));
        }

        public List<Map<String, Object>> containers() {
            return list(spec.get("containers")).stream().map(KubernetesRules::map).toList();
        }

        public List<Map<String, Object>> allContainers() {
            var all = new ArrayList<Map<String, Object>>(containers());
            for (var field : List.of("initContainers", "ephemeralContainers")) {
                list(spec.get(field)).stream().map(KubernetesRules::map).forEach(all::add);
            }
            return all;
        }

        @Override
        public String toString() {
            return ownerKind + " " + namespace + "/" + ownerName;
        }
    }

    public static List<PodTemplate> podTemplates(List<Map<String, Object>> manifests) {
        var templates = new ArrayList<PodTemplate>();
        for (var m : manifests) {
            var kind = String.valueOf(m.get("kind"));
            Object template = switch (kind) {
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> at(m, "spec.template");
                case "CronJob" -> at(m, "spec.jobTemplate.spec.template");
                case "Pod" -> m;
                default -> null;
            };
            if (template instanceof Map<?, ?>) {
                templates.add(new PodTemplate(kind, String.valueOf(at(m, "metadata.name")), namespace(m),
                        map(at(map(template), "metadata")), map(at(map(template), "spec"))));
            }
        }
        return templates;
    }

    // ---- helpers over plain maps (numbers arrive as doubles from the engine) ----

    private static List<Map<String, Object>> autoscalersOf(List<Map<String, Object>> manifests, Map<String, Object> deployment) {
        return ofKind(manifests, "HorizontalPodAutoscaler").stream()
                .filter(hpa -> namespace(hpa).equals(namespace(deployment)))
                .filter(hpa -> "Deployment".equals(at(hpa, "spec.scaleTargetRef.kind")))
                .filter(hpa -> Objects.equals(at(hpa, "spec.scaleTargetRef.name"), at(deployment, "metadata.name")))
                .toList();
    }

    public static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        if (selector.isEmpty()) {
            return false; // an empty PDB selector matches nothing useful to reason about here
        }
        if (!labels.entrySet().containsAll(map(selector.get("matchLabels")).entrySet())) {
            return false;
        }
        for (var expression : list(selector.get("matchExpressions"))) {
            var e = map(expression);
            var key = String.valueOf(e.get("key"));
            var values = list(e.get("values"));
            boolean ok = switch (String.valueOf(e.get("operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pods named by {@code labels} (every pod when empty) include some that {@code selector} selects:
     * a flow to all of a namespace's pods is served by whichever of them admit it.
     */
    private static boolean overlaps(Map<String, Object> labels, Map<String, Object> selector) {
        return labels.isEmpty() || labels.entrySet().containsAll(selector.entrySet());
    }

    /** A namespaceSelector of {} selects every namespace. */
    private static boolean selectsNamespace(Map<String, Object> selector, Map<String, Object> labels) {
        return selectsEverything(selector) || selects(selector, labels);
    }

    private static boolean selectsEverything(Map<String, Object> selector) {
        return map(selector.get("matchLabels")).isEmpty() && list(selector.get("matchExpressions")).isEmpty();
    }

    /** A port reference (name or number) against a declared port's name and number. */
    private static boolean samePort(Object reference, Object name, Object number) {
        if (reference == null) {
            return false;
        }
        if (reference instanceof Number n) {
            return number instanceof Number declared && n.longValue() == declared.longValue();
        }
        var text = String.valueOf(reference);
        if (text.matches("\\d+")) { // an IntOrString may arrive as text
            return number instanceof Number declared && Long.parseLong(text) == declared.longValue();
        }
        return text.equals(name);
    }

    private static String key(Object port) {
        return port instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(port);
    }

    public static List<Map<String, Object>> ofKind(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    public static String namespace(Map<String, Object> manifest) {
        var ns = at(manifest, "metadata.namespace");
        return ns == null ? "default" : String.valueOf(ns);
    }

    public static String id(Map<String, Object> manifest) {
        return manifest.get("kind") + " " + namespace(manifest) + "/" + at(manifest, "metadata.name");
    }

    /** A value by dotted path; list elements by index. */
    public static Object at(Map<String, Object> root, String path) {
        Object current = root;
        for (var part : path.split("\\.")) {
            if (current instanceof Map<?, ?> m) {
                current = m.get(part);
            } else if (current instanceof List<?> l && part.matches("\\d+") && Integer.parseInt(part) < l.size()) {
                current = l.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}
