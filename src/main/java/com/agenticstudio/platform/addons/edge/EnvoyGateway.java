package com.agenticstudio.platform.addons.edge;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.awslb.AwsLoadBalancerController;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.AcmeHttp01;
import com.agenticstudio.platform.services.Edge;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.EdgeSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public edge on the Gateway API: Envoy Gateway, the GatewayClass it serves with one EnvoyProxy
 * per cloud, and one shared Gateway whose HTTP listener only redirects to HTTPS (and serves ACME
 * challenges) and whose HTTPS listeners, one per public host, terminate TLS with certificates that
 * cert-manager issues through the Gateway's annotation. Workloads attach HTTPRoutes through
 * {@link Edge}; only namespaces labelled {@link #ROUTES_LABEL} may attach.
 */
public final class EnvoyGateway extends HelmAddon implements Edge {
    public static final String TYPE = "studio:platform:EnvoyGateway";
    public static final AddonId<EnvoyGateway> ID = AddonId.of("envoy-gateway", EnvoyGateway.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace("envoy-gateway-system", PodSecurity.RESTRICTED,
            "the controller, its certgen job and the Envoy proxies run as uid 65532 without privilege escalation or"
                    + " capabilities, with RuntimeDefault seccomp; on kind the proxies take node ports, not host ports");
    static final String CONTROLLER_NAME = "gateway.envoyproxy.io/gatewayclass-controller";
    public static final String GATEWAY_CLASS = "studio-envoy";
    public static final String GATEWAY = "studio-edge";
    static final String ENVOY_PROXY = "studio-edge-proxy";
    static final String HTTP_LISTENER = "http";
    /** The label a namespace needs before its routes may attach to the shared Gateway. */
    public static final Map<String, String> ROUTES_LABEL = Map.of("studio.platform/edge-routes", "allowed");
    /** How long a request may take end to end before the edge answers 504 (Envoy Gateway's default is 15 s). */
    static final String REQUEST_TIMEOUT = "60s";
    static final String REQUEST_BODY_LIMIT = "4Mi";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** The Secret Grafana's certificate goes into, in this namespace. */
    static final String GRAFANA_CERTIFICATE = "grafana-tls";
    static final String KIBANA_CERTIFICATE = "kibana-tls";

    static final Map<String, String> CONTROLLER_PODS = Map.of(
            "control-plane", "envoy-gateway",
            "app.kubernetes.io/name", "gateway-helm",
            "app.kubernetes.io/instance", ID.name());
    static final Map<String, String> CERTGEN_PODS = Map.of("app", "certgen");
    /** The labels Envoy Gateway puts on the proxies of the shared Gateway (internal/infrastructure/kubernetes/proxy/resource.go). */
    static final Map<String, String> ENVOY_PODS = Map.of(
            "app.kubernetes.io/name", "envoy",
            "app.kubernetes.io/component", "proxy",
            "gateway.envoyproxy.io/owning-gateway-name", GATEWAY,
            "gateway.envoyproxy.io/owning-gateway-namespace", NAMESPACE.name());
    static final Map<String, String> ACME_SOLVER_PODS = Map.of("acme.cert-manager.io/http01-solver", "true");
    static final int XDS_PORT = 18000;
    static final int WASM_PORT = 18002;
    static final int TOPOLOGY_WEBHOOK_PORT = 9443;
    static final int METRICS_PORT = 19001;
    /** Envoy listens on the listener port + 10000 when the port is privileged. */
    static final List<Integer> PROXY_PORTS = List.of(10080, 10443);
    static final int ACME_SOLVER_PORT = 8089;

    /** The controller's Service (templates/envoy-gateway-service.yaml at v1.9.0), whose ports include metrics 19001. */
    static final Map<String, String> CONTROLLER_SERVICE_LABELS = CONTROLLER_PODS;
    static final String CONTROLLER_SERVICE = "envoy-gateway";
    static final String METRICS_PORT_NAME = "metrics";

    /**
     * Where Prometheus scrapes the edge: the controller through its Service, and the Envoy proxies
     * directly (their Service, which Envoy Gateway makes, carries only the listeners' ports); the
     * proxies name their stats port metrics and serve /stats/prometheus on it
     * (internal/infrastructure/kubernetes/proxy/resource.go at v1.9.0).
     */
    public static List<MetricsEndpoint> metrics() {
        return List.of(
                MetricsEndpoint.service(ID.name(), NAMESPACE.name(), CONTROLLER_SERVICE_LABELS, METRICS_PORT_NAME, METRICS_PORT,
                        "/metrics"),
                new MetricsEndpoint("envoy-proxies", NAMESPACE.name(), MetricsEndpoint.Target.PODS, ENVOY_PODS, METRICS_PORT_NAME,
                        METRICS_PORT, "/stats/prometheus", false));
    }

    /** A public host with the Secret its certificate goes into. */
    public record PublicHost(String hostname, String certificateSecret) {
        public PublicHost {
            GatewayApi.check(GatewayApi.HOSTNAME, hostname, "public host name");
        }

        String listener() {
            return "https-" + hostname;
        }
    }

    /**
     * @param replicas       controller pods
     * @param proxies        Envoy data-plane pods
     * @param hosts          the public hosts the Gateway serves
     * @param issuer         the ClusterIssuer that signs the hosts' certificates; empty serves plain HTTP only
     * @param hsts           send Strict-Transport-Security: only where browsers trust the certificate (letsencrypt-prod)
     * @param loadBalancers  the controller that makes the load balancer, where the cloud needs one installed (EKS)
     */
    public record Options(int replicas, int proxies, ContainerResources controller, ContainerResources envoy,
                          List<PublicHost> hosts, Optional<String> issuer, boolean hsts, String monitoringNamespace,
                          Optional<AddonId<AwsLoadBalancerController>> loadBalancers) {
        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
            Replicas.atLeastOne(ID.name() + " data plane", proxies);
            hosts = List.copyOf(hosts);
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            boolean shared = settings.environment().isShared();
            var tls = settings.edge().tls();
            var hosts = new ArrayList<PublicHost>();
            if (!settings.edge().host().isEmpty()) {
                hosts.add(new PublicHost(settings.edge().host(), tls.secretName()));
            }
            // Grafana, where the stack reaches it through the edge; its certificate beside the app's.
            settings.monitoring().grafanaHost().ifPresent(host -> hosts.add(new PublicHost(host, GRAFANA_CERTIFICATE)));
            settings.logging().kibanaHost().ifPresent(host -> hosts.add(new PublicHost(host, KIBANA_CERTIFICATE)));
            return new Options(
                    shared ? 2 : 1,
                    settings.edge().replicas(),
                    shared ? ContainerResources.of("100m", "256Mi", "1Gi") : ContainerResources.of("50m", "128Mi", "512Mi"),
                    shared ? ContainerResources.of("200m", "512Mi", "1Gi") : ContainerResources.of("50m", "128Mi", "512Mi"),
                    hosts,
                    tls.enabled() ? Optional.of(tls.issuer().issuerName()) : Optional.empty(),
                    tls.enabled() && tls.issuer() == EdgeSettings.Issuer.LETSENCRYPT_PROD,
                    settings.app().egress().monitoringNamespace(),
                    cluster.location() instanceof ClusterLocation.Aws ? Optional.of(AwsLoadBalancerController.ID) : Optional.empty());
        }
    }

    public static Addon<EnvoyGateway> addon(Options options) {
        return Addon.of(ID, options.loadBalancers().<List<AddonId<?>>>map(List::of).orElse(List.of()),
                context -> new EnvoyGateway(options, context, options.loadBalancers().map(id -> context.require(id).release())));
    }

    private final Options options;
    private final Release release;
    private final KubernetesCustomResource gateway;

    /** @param loadBalancerController the release of the controller that deletes the load balancer: it must outlive the Gateway */
    EnvoyGateway(Options options, AddonContext context, Optional<Release> loadBalancerController) {
        super(TYPE, context, EnvoyGatewayValues.chart(), NAMESPACE);
        this.options = options;
        var cluster = cluster();
        this.release = install(new EnvoyGatewayValues(options.replicas(), options.controller(), CONTROLLER_PODS).toMap(),
                flows(cluster.network(), options));

        var proxy = new KubernetesCustomResource(ENVOY_PROXY, metadata(ENVOY_PROXY),
                new EnvoyGatewayApi.EnvoyProxySpec(options.proxies(), options.envoy(), cluster.multiZone(), ENVOY_PODS,
                        exposure(cluster.location())), kubeOptions(release));
        var gatewayClass = new KubernetesCustomResource(GATEWAY_CLASS, ObjectMetaArgs.builder().name(GATEWAY_CLASS).build(),
                new GatewayApi.GatewayClassSpec(CONTROLLER_NAME,
                        new GatewayApi.LocalObject(EnvoyGatewayApi.ENVOY_PROXY, ENVOY_PROXY, NAMESPACE.name())),
                kubeOptions(release));

        // The Gateway comes last: Envoy Gateway creates the Envoy Service from it, and a load balancer class
        // is immutable, so the EnvoyProxy that sets it must exist by then. On destroy it goes first, and the
        // load balancer's controller stays until the load balancer is gone.
        var gatewayNeeds = new ArrayList<Resource>(List.of(release, proxy, gatewayClass));
        if (!(cluster.location() instanceof ClusterLocation.Kind)) { // kind has no cloud load balancer to orphan
            var keepUntilGone = new ArrayList<Resource>(List.of(release));
            loadBalancerController.ifPresent(keepUntilGone::add);
            loadBalancerController.ifPresent(gatewayNeeds::add);
            gatewayNeeds.add(LoadBalancerTeardown.declare("studio-edge-load-balancer-teardown", NAMESPACE.name(), GATEWAY,
                    cluster, this, keepUntilGone));
        }
        var annotations = options.issuer().map(issuer -> Map.of("cert-manager.io/cluster-issuer", issuer)).orElse(Map.of());
        this.gateway = new KubernetesCustomResource(GATEWAY, ObjectMetaArgs.builder()
                .name(GATEWAY).namespace(NAMESPACE.name()).labels(LABELS).annotations(annotations).build(),
                new GatewayApi.GatewaySpec(GATEWAY_CLASS, listeners(options)),
                kubeOptions(gatewayNeeds.toArray(Resource[]::new)));

        if (options.issuer().isPresent()) {
            new KubernetesCustomResource("https-redirect", metadata("https-redirect"),
                    new GatewayApi.HttpRouteSpec(parent(HTTP_LISTENER), List.of(), List.of(new GatewayApi.RedirectToHttps())),
                    kubeOptions(gateway));
        }
        policies();
        registerOutputs(Map.of());
    }

    static List<GatewayApi.Listener> listeners(Options options) {
        var listeners = new ArrayList<GatewayApi.Listener>();
        // With TLS the HTTP listener takes only the redirect and ACME challenges, both from this namespace.
        listeners.add(new GatewayApi.Listener(HTTP_LISTENER, Optional.empty(), 80, "HTTP", Optional.empty(),
                options.issuer().isPresent() ? Map.of() : ROUTES_LABEL));
        if (options.issuer().isPresent()) {
            for (var host : options.hosts()) {
                listeners.add(new GatewayApi.Listener(host.listener(), Optional.of(host.hostname()), 443, "HTTPS",
                        Optional.of(host.certificateSecret()), ROUTES_LABEL));
            }
        }
        return listeners;
    }

    static EnvoyGatewayApi.Exposure exposure(ClusterLocation location) {
        if (location instanceof ClusterLocation.Kind kind) {
            return new EnvoyGatewayApi.NodePorts(kind.httpNodePort(), kind.httpsNodePort());
        }
        return location instanceof ClusterLocation.Aws ? new EnvoyGatewayApi.AwsNlb() : new EnvoyGatewayApi.GcpNlb();
    }

    private void policies() {
        var gatewayTarget = new EnvoyGatewayApi.Target(GATEWAY, Optional.empty());
        // Slow clients (slow-loris) and idle keep-alive connections must not hold proxies' connections forever.
        var httpsTargets = options.issuer().isEmpty() ? List.<EnvoyGatewayApi.Target>of()
                : options.hosts().stream().map(h -> new EnvoyGatewayApi.Target(GATEWAY, Optional.of(h.listener()))).toList();
        new KubernetesCustomResource("edge-http-clients", metadata("edge-http-clients"),
                new EnvoyGatewayApi.ClientTrafficPolicySpec(List.of(new EnvoyGatewayApi.Target(GATEWAY, Optional.of(HTTP_LISTENER))),
                        "30s", "5m", Optional.empty()), kubeOptions(gateway));
        if (!httpsTargets.isEmpty()) {
            // HSTS only with a browser-trusted certificate: with the local CA or Let's Encrypt staging it would
            // take away the click-through for a year.
            new KubernetesCustomResource("edge-https-clients", metadata("edge-https-clients"),
                    new EnvoyGatewayApi.ClientTrafficPolicySpec(httpsTargets, "30s", "5m",
                            options.hsts() ? Optional.of(HSTS) : Optional.empty()), kubeOptions(gateway));
        }
        new KubernetesCustomResource("edge-backends", metadata("edge-backends"),
                new EnvoyGatewayApi.BackendTrafficPolicySpec(gatewayTarget, REQUEST_BODY_LIMIT), kubeOptions(gateway));
    }

    static List<Flow> flows(ClusterNetwork network, Options options) {
        var ns = NAMESPACE.name();
        var flows = new ArrayList<Flow>();
        flows.add(Flow.apiServer(network, CONTROLLER_PODS));
        flows.add(Flow.out("allow-certgen-api-server", CERTGEN_PODS, network.apiServer()));
        // The topology injector: a mutating webhook on pods/binding (failurePolicy Ignore).
        flows.add(Flow.webhook(network, CONTROLLER_PODS, TOPOLOGY_WEBHOOK_PORT));
        var xds = List.of(Flow.Port.tcp(XDS_PORT), Flow.Port.tcp(WASM_PORT));
        flows.add(new Flow.In("allow-xds-from-envoy", CONTROLLER_PODS, List.of(new Flow.Peer.Pods(ns, ENVOY_PODS)), xds));
        flows.add(new Flow.Out("allow-envoy-to-xds", ENVOY_PODS, List.of(new Flow.Peer.Pods(ns, CONTROLLER_PODS)), xds));
        flows.add(new Flow.In("allow-public", ENVOY_PODS, List.of(Flow.Peer.Block.of(Cidr.of("0.0.0.0/0"))),
                Flow.Port.tcp(PROXY_PORTS)));
        // Backends admit only their own ports from the proxies; the proxies may reach any port of a routed namespace.
        flows.add(new Flow.Out("allow-envoy-to-backends", ENVOY_PODS, List.of(new Flow.Peer.Namespaces(ROUTES_LABEL)), List.of()));
        if (options.issuer().isPresent()) {
            var solver = List.of(Flow.Port.tcp(ACME_SOLVER_PORT));
            flows.add(new Flow.Out("allow-envoy-to-acme-solvers", ENVOY_PODS, List.of(new Flow.Peer.Pods(ns, ACME_SOLVER_PODS)), solver));
            flows.add(new Flow.In("allow-acme-solvers-from-envoy", ACME_SOLVER_PODS, List.of(new Flow.Peer.Pods(ns, ENVOY_PODS)), solver));
        }
        flows.add(Flow.scrape(options.monitoringNamespace(), Map.of(), METRICS_PORT));
        return flows;
    }

    private ObjectMetaArgs metadata(String name) {
        return ObjectMetaArgs.builder().name(name).namespace(NAMESPACE.name()).labels(LABELS).build();
    }

    private GatewayApi.ParentRef parent(String listener) {
        return new GatewayApi.ParentRef(GATEWAY, NAMESPACE.name(), listener);
    }

    // ---- the edge contract ----

    @Override
    public Flow.Peer.Pods dataPlane() {
        return new Flow.Peer.Pods(NAMESPACE.name(), ENVOY_PODS);
    }

    @Override
    public Map<String, String> routeNamespaceLabels() {
        return ROUTES_LABEL;
    }

    @Override
    public AcmeHttp01 acmeHttp01() {
        return new AcmeHttp01.GatewayRoutes(List.of(new AcmeHttp01.GatewayParent(GATEWAY, NAMESPACE.name(), HTTP_LISTENER)));
    }

    /** cert-manager's Gateway support crash-loops until the Gateway API CRDs exist, and this release installs them. */
    @Override
    public List<Resource> certManagerPrerequisites() {
        return List.of(release);
    }

    /** An HTTPRoute on the host's HTTPS listener (the HTTP listener when TLS is off), forwarding / to the Service. */
    @Override
    public Resource route(Route route, Resource parent, Resource... after) {
        var host = options.hosts().stream().filter(h -> h.hostname().equals(route.host())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the Gateway has no listener for " + route.host()
                        + "; its hosts are " + options.hosts()));
        var listener = options.issuer().isPresent() ? host.listener() : HTTP_LISTENER;
        var waitFor = new ArrayList<Resource>(List.of(after));
        waitFor.add(gateway);
        return new KubernetesCustomResource(route.name(), ObjectMetaArgs.builder()
                .name(route.name()).namespace(route.namespace()).labels(route.labels()).build(),
                new GatewayApi.HttpRouteSpec(parent(listener), List.of(route.host()),
                        List.of(new GatewayApi.Forward("/", route.service(), route.servicePortNumber(), REQUEST_TIMEOUT))),
                KubeOptions.of(cluster(), parent, waitFor.toArray(Resource[]::new)));
    }

    /**
     * The load balancer's address as the Gateway reports it, unknown until the cloud has made it; on
     * kind, the developer's own machine, whose ports kind publishes.
     */
    @Override
    public Output<String> address() {
        if (cluster().location() instanceof ClusterLocation.Kind) {
            return Output.of("127.0.0.1");
        }
        return gateway.status().applyValue(status -> {
            var addresses = status == null ? null : status.get("addresses");
            if (addresses instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
                return String.valueOf(first.get("value"));
            }
            return "pending: kubectl -n " + NAMESPACE.name() + " get gateway " + GATEWAY + " -o jsonpath='{.status.addresses[0].value}'";
        });
    }

    public Release release() {
        return release;
    }

    public Resource gateway() {
        return gateway;
    }
}
