package com.agenticstudio.platform.addons.logging;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.SourcedSecret;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.certmanager.CertManager;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.Namespaces;
import com.agenticstudio.platform.kube.NetworkPolicies;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Edge;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Centralised logging on every cluster, the ELK way with Elastic's own operator: ECK (chart
 * eck-operator) in {@value #OPERATOR_NS}, and as typed custom resources an Elasticsearch cluster and
 * a Kibana in {@value #NAMESPACE}, and a Filebeat on every node in {@value Filebeat#NAMESPACE}. Each
 * custom resource waits only for the ECK release, which installs its CRD; nothing waits for them.
 *
 * <p>The shipper is {@link Filebeat}. Elasticsearch's HTTP layer keeps TLS, with a certificate from a
 * CA of cert-manager's ({@link ElasticsearchCa}), because clients in other namespaces (Grafana, Jaeger)
 * must verify it ({@link #trust}). The users those clients sign in as are file-realm users the program declares
 * ({@link User}), whose passwords are Pulumi secrets in dev and secret-manager entries elsewhere.
 */
public final class ElasticStack extends HelmAddon {
    public static final String TYPE = "studio:platform:ElasticStack";
    public static final AddonId<ElasticStack> ID = AddonId.of("logging", ElasticStack.class);

    static final String OPERATOR_NS = "elastic-system";
    static final AddonNamespace OPERATOR_NAMESPACE = new AddonNamespace(OPERATOR_NS, PodSecurity.RESTRICTED,
            "the operator runs as non-root with a read-only root, no privilege escalation, all capabilities dropped and"
                    + " RuntimeDefault seccomp; it needs no host access");
    /** Elasticsearch and Kibana. */
    public static final String NAMESPACE = "logging";
    static final String LOGGING_REASON = "ECK runs Elasticsearch (node.store.allow_mmap false: no privileged sysctl init container)"
            + " and Kibana as non-root with RuntimeDefault seccomp, no privilege escalation and no capabilities";
    static final AddonNamespace LOGGING_NAMESPACE = new AddonNamespace(NAMESPACE, PodSecurity.RESTRICTED, LOGGING_REASON);

    /**
     * Elasticsearch, Kibana and Filebeat 9.4.3: the stack version ECK 3.5.0 is released and tested with
     * (elastic/cloud-on-k8s@v3.5.0 Makefile E2E_STACK_VERSION and config/recipes; supported range 8.18.0 to
     * 9.99.99 for 9.x, pkg/controller/elasticsearch/version/supported_versions.go).
     */
    static final String STACK_VERSION = "9.4.3";
    static final String ELASTICSEARCH = "elasticsearch";
    static final String KIBANA = "kibana";
    public static final int HTTP_PORT = 9200;
    static final int TRANSPORT_PORT = 9300;
    static final int KIBANA_PORT = 5601;
    static final String KIBANA_PORT_NAME = "http";
    /** ECK names Kibana's Service <name>-kb-http and Elasticsearch's <name>-es-http. */
    static final String KIBANA_SERVICE = KIBANA + "-kb-http";
    static final String HTTP_SERVICE = ELASTICSEARCH + "-es-http";
    static final int WEBHOOK_PORT = 9443;
    static final int OPERATOR_METRICS_PORT = 9095;

    /** Labels ECK puts on the pods it runs. */
    public static final Map<String, String> ELASTICSEARCH_PODS = Map.of("elasticsearch.k8s.elastic.co/cluster-name", ELASTICSEARCH);
    static final Map<String, String> KIBANA_PODS = Map.of("kibana.k8s.elastic.co/name", KIBANA);
    /** eck-operator.selectorLabels (templates/_helpers.tpl at the tag); nameOverride is elastic-operator. */
    static final Map<String, String> OPERATOR_PODS = Map.of("app.kubernetes.io/name", "elastic-operator",
            "app.kubernetes.io/instance", ID.name());

    /** Where clients reach Elasticsearch's HTTP API (TLS, verified with {@link #CA_SECRET}'s ca.crt). */
    public static final String URL = "https://" + HTTP_SERVICE + "." + NAMESPACE + ".svc:" + HTTP_PORT;
    /** The Secret {@link #trust} writes in a client's namespace; its ca.crt is the CA that signs Elasticsearch's certificate. */
    public static final String CA_SECRET = "elasticsearch-ca";
    static final String ROLES_SECRET = "elasticsearch-roles";
    static final String REFRESH_INTERVAL = "1h";

    /** The roles the program's users hold (roles.yml in {@link #ROLES_SECRET}). */
    public enum Role {
        /** Grafana: reads logs and traces, writes nothing. */
        LOGS_READER("studio_logs_reader", List.of("monitor"), List.of("filebeat-*", "jaeger-*"), List.of("read", "view_index_metadata")),
        /** Jaeger: writes and reads its own indices and their templates. */
        TRACES_WRITER("studio_traces_writer", List.of("monitor", "manage_index_templates"), List.of("jaeger-*"),
                List.of("create_index", "write", "read", "view_index_metadata", "manage"));

        final String roleName;
        final List<String> cluster;
        final List<String> indices;
        final List<String> privileges;

        Role(String roleName, List<String> cluster, List<String> indices, List<String> privileges) {
            this.roleName = roleName;
            this.cluster = cluster;
            this.indices = indices;
            this.privileges = privileges;
        }
    }

    /**
     * A file-realm user for a client of Elasticsearch. Its Secret (username, password, roles) is
     * {@code elasticsearch-user-<name>} in {@value #NAMESPACE}, and the same name in the client's namespace.
     */
    public record User(String name, Role role, SecretSource password) {
        public User {
            if (name == null || !name.matches("[a-z][a-z0-9-]{0,30}")) {
                throw new IllegalArgumentException("an Elasticsearch user is a short lower-case name, got '" + name + "'");
            }
            java.util.Objects.requireNonNull(role, "role");
            java.util.Objects.requireNonNull(password, "password");
        }

        public String secretName() {
            return "elasticsearch-user-" + name;
        }
    }

    /** A client of Elasticsearch in another namespace: the user it signs in as, and its pods, admitted to the HTTP port. */
    public record Client(User user, Flow.Peer.Pods pods) {
        public Client {
            java.util.Objects.requireNonNull(user, "user");
            java.util.Objects.requireNonNull(pods, "pods");
        }
    }

    /**
     * How big the cluster is and how long logs are kept.
     *
     * @param logRetention   how long a log line stays: the delete phase of the data stream's lifecycle policy
     * @param indexReplicas  replicas of each shard: none on one node (a replica there could never be assigned)
     */
    public record Sizing(int nodes, ContainerResources node, String volume, int kibanas, ContainerResources kibana,
                         ContainerResources filebeat, String logRetention, int indexReplicas) {
        public Sizing {
            if (!logRetention.matches("[1-9][0-9]*d")) {
                throw new IllegalArgumentException("a log retention is whole days such as 30d, got " + logRetention);
            }
            if (indexReplicas >= nodes) {
                throw new IllegalArgumentException(indexReplicas + " replicas need more than " + nodes + " nodes");
            }
        }

        /** dev: one small node, three days; staging: one node, a week; prod: three nodes over three zones, 30 days. */
        public static Sizing of(Environment environment) {
            var filebeat = ContainerResources.of("50m", "128Mi", "256Mi");
            return switch (environment) {
                case DEV -> new Sizing(1, ContainerResources.of("250m", "2Gi", "2Gi"), "10Gi", 1,
                        ContainerResources.of("100m", "1Gi", "1Gi"), filebeat, "3d", 0);
                case STAGING -> new Sizing(1, ContainerResources.of("500m", "4Gi", "4Gi"), "50Gi", 1,
                        ContainerResources.of("200m", "1Gi", "1Gi"), filebeat, "7d", 0);
                case PROD -> new Sizing(3, ContainerResources.of("1", "8Gi", "8Gi"), "200Gi", 2,
                        ContainerResources.of("200m", "1Gi", "1Gi"), ContainerResources.of("100m", "256Mi", "512Mi"), "30d", 1);
            };
        }
    }

    /**
     * @param keepData     prod: the cluster is protected and its volumes outlive it (and the StorageClass retains them)
     * @param kibanaHost   Kibana's public host through the edge; empty: port-forward only
     * @param clients      the platform's clients in other namespaces: their file-realm users, their pods admitted to the HTTP port
     */
    public record Options(Sizing sizing, String storageClass, boolean multiZone, boolean keepData, Optional<String> kibanaHost,
                          List<Client> clients, String monitoringNamespace,
                          Optional<AddonId<? extends Edge>> edge, AddonId<CertManager> certManager,
                          AddonId<? extends Scheduling> scheduling, Optional<AddonId<? extends SecretStore>> secretStore) {
        public Options {
            clients = List.copyOf(clients);
            if (kibanaHost.isPresent() != edge.isPresent()) {
                throw new IllegalArgumentException("Kibana behind the edge needs both its host and the edge");
            }
            if (clients.stream().anyMatch(c -> c.user().password() instanceof SecretSource.SecretManager) && secretStore.isEmpty()) {
                throw new IllegalArgumentException("a password from the secret manager needs the platform's secret store");
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster, AddonId<? extends Edge> edge, AddonId<CertManager> certManager,
                                   Optional<AddonId<? extends SecretStore>> secretStore, AddonId<? extends Scheduling> scheduling,
                                   List<Client> clients) {
            var host = settings.logging().kibanaHost();
            return new Options(Sizing.of(settings.environment()), cluster.storageClass(), cluster.multiZone(),
                    settings.environment() == Environment.PROD, host, clients,
                    settings.app().egress().monitoringNamespace(), host.map(h -> edge), certManager, scheduling, secretStore);
        }

        List<AddonId<?>> requires() {
            var requires = new ArrayList<AddonId<?>>();
            requires.add(certManager);
            requires.add(scheduling);
            edge.ifPresent(requires::add);
            secretStore.ifPresent(requires::add);
            return requires;
        }
    }

    /** Prometheus scrapes the operator's metrics from its pod (no Service exposes the port). */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint("eck-operator", OPERATOR_NS, MetricsEndpoint.Target.PODS, OPERATOR_PODS, "metrics",
                OPERATOR_METRICS_PORT, "/metrics", false));
    }

    public static Addon<ElasticStack> addon(Options options) {
        return Addon.of(ID, options.requires(), context -> new ElasticStack(options, context,
                options.edge().map(context::require), context.require(options.certManager()),
                context.require(options.scheduling()), options.secretStore().map(context::require)));
    }

    private final Release release;
    private final Release certManagerRelease;
    private final Optional<? extends SecretStore> store;
    private final KubernetesCustomResource elasticsearch;
    private final KubernetesCustomResource kibana;
    private final KubernetesCustomResource filebeat;
    private final Optional<Resource> route;

    ElasticStack(Options options, AddonContext context, Optional<? extends Edge> edge, CertManager certManager, Scheduling scheduling,
                 Optional<? extends SecretStore> store) {
        super(TYPE, context, EckOperatorValues.chart(), OPERATOR_NAMESPACE, Map.of(), List.of(LOGGING_NAMESPACE, Filebeat.NAMESPACE_DECLARATION));
        this.store = store;
        this.certManagerRelease = certManager.release();
        var platformClass = scheduling.priorityClass(Scheduling.Tier.PLATFORM);
        this.release = install(EckOperatorValues.of(platformClass), operatorFlows(cluster().network(), options),
                scheduling.ready(Scheduling.Tier.PLATFORM));

        var logging = Namespaces.create(NAMESPACE, LOGGING_NAMESPACE.podSecurity(),
                edge.isPresent() ? edge.get().routeNamespaceLabels() : Map.of(), cluster(), this);
        var shipper = Namespaces.create(Filebeat.NAMESPACE, Filebeat.NAMESPACE_DECLARATION.podSecurity(), cluster(), this);
        NetworkPolicies.declare(pulumiResourceName() + "-" + NAMESPACE + "-", NAMESPACE, logging,
                loggingFlows(options, edge.map(Edge::dataPlane)), LABELS, cluster(), this);
        NetworkPolicies.declare(pulumiResourceName() + "-" + Filebeat.NAMESPACE + "-", Filebeat.NAMESPACE, shipper,
                Filebeat.flows(cluster().network()), LABELS, cluster(), this);

        ElasticsearchCa.declare(certManager.namespaceName(), certManagerRelease, logging, cluster(), this);

        // Users and roles: Secrets ECK reads; the cluster starts without them and adds them when they appear.
        var roles = new Secret(pulumiResourceName() + "-" + ROLES_SECRET, SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(ROLES_SECRET).namespace(NAMESPACE).labels(LABELS).build())
                .type("Opaque")
                // Not a secret, but ECK reads roles from a Secret only, and every Secret's data stays secret.
                .stringData(com.pulumi.core.Output.of(Map.of("roles.yml", rolesYaml())).asSecret())
                .build(), KubeOptions.of(cluster(), this, logging));
        var realm = new ArrayList<String>();
        for (var client : options.clients()) {
            credentials(client.user(), NAMESPACE, this, logging);
            realm.add(client.user().secretName());
        }

        var sizing = options.sizing();
        var nodes = new ElasticsearchSpec.NodeSet("default", sizing.nodes(), List.of("master", "data", "ingest"), sizing.node(),
                sizing.volume(), options.storageClass(), options.multiZone(), platformClass, LABELS);
        // Only the ECK release (the CRD) and the namespace: the certificate, the users and the PriorityClass are
        // picked up when they exist. In prod the cluster is protected and its claims outlive it.
        this.elasticsearch = new KubernetesCustomResource(ELASTICSEARCH, metadata(ELASTICSEARCH, NAMESPACE),
                new ElasticsearchSpec(STACK_VERSION, ElasticsearchCa.HTTP_CERT_SECRET, realm, ROLES_SECRET, options.keepData(), List.of(nodes)),
                KubeOptions.builder(cluster(), this, release, logging).protect(options.keepData()).build());
        this.kibana = new KubernetesCustomResource(KIBANA, metadata(KIBANA, NAMESPACE),
                new KibanaSpec(STACK_VERSION, sizing.kibanas(), ELASTICSEARCH, NAMESPACE, options.kibanaHost().map(h -> "https://" + h),
                        sizing.kibana(), scheduling.priorityClass(Scheduling.Tier.BEST_EFFORT), Capacity.SPOT_PREFERRED, LABELS),
                kubeOptions(release, logging));
        if (Replicas.budgeted(sizing.kibanas())) {
            // ECK gives Elasticsearch a budget of its own (one node at a time, none while the cluster is not green),
            // but none to Kibana: a drain takes one replica at a time.
            new PodDisruptionBudget(pulumiResourceName() + "-kibana-pdb", PodDisruptionBudgetArgs.builder()
                    .metadata(metadata(KIBANA, NAMESPACE))
                    .spec(PodDisruptionBudgetSpecArgs.builder().maxUnavailable(1)
                            .selector(LabelSelectorArgs.builder().matchLabels(KIBANA_PODS).build()).build())
                    .build(), KubeOptions.of(cluster(), this, logging));
        }
        this.filebeat = Filebeat.declare(pulumiResourceName(), sizing, platformClass, shipper, release, cluster(), this);
        this.route = options.kibanaHost().map(host -> edge.orElseThrow().route(new Route(KIBANA, NAMESPACE, LABELS, host,
                KIBANA_SERVICE, KIBANA_PORT_NAME, KIBANA_PORT), this, logging));
        registerOutputs(Map.of());
    }

    /** roles.yml: each role's cluster privileges and index privileges. */
    static String rolesYaml() {
        var yaml = new StringBuilder();
        for (var role : Role.values()) {
            yaml.append(role.roleName).append(":\n")
                    .append("  cluster: ").append(flow(role.cluster)).append('\n')
                    .append("  indices:\n")
                    .append("    - names: ").append(flow(role.indices)).append('\n')
                    .append("      privileges: ").append(flow(role.privileges)).append('\n');
        }
        return yaml.toString();
    }

    private static String flow(List<String> items) {
        return items.stream().map(i -> "\"" + i + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static ObjectMetaArgs metadata(String name, String namespace) {
        return ObjectMetaArgs.builder().name(name).namespace(namespace).labels(LABELS).build();
    }

    /**
     * What a client add-on must declare besides this one to call {@link #credentials} and {@link #trust}:
     * cert-manager (its Certificate CRD) and, on clouds, the secret store that syncs the password.
     */
    public static List<AddonId<?>> clientRequires(AddonId<CertManager> certManager, Optional<? extends AddonId<? extends SecretStore>> secretStore) {
        var requires = new ArrayList<AddonId<?>>();
        requires.add(ID);
        requires.add(certManager);
        secretStore.ifPresent(requires::add);
        return List.copyOf(requires);
    }

    /**
     * A user's Secret (username, password, roles) in {@code namespace}: from a Pulumi secret in dev, synced
     * from the secret manager elsewhere, so that the password never appears in plain plan inputs.
     */
    public Resource credentials(User user, String namespace, Resource parent, Resource... after) {
        return new SourcedSecret(parent.pulumiResourceName() + "-" + user.secretName(), user.secretName(), namespace, LABELS, "password",
                user.password(), Map.of("username", user.name(), "roles", user.role().roleName), REFRESH_INTERVAL)
                .declare(store, cluster(), parent, after);
    }

    /**
     * A certificate in {@code namespace} from the CA that signs Elasticsearch's: its Secret {@value #CA_SECRET}
     * holds that CA as ca.crt, which a client verifies Elasticsearch with. It waits for cert-manager's CRDs.
     */
    public Resource trust(String namespace, Resource parent, Resource... after) {
        return ElasticsearchCa.trust(namespace, certManagerRelease, cluster(), parent, after);
    }

    static List<Flow> operatorFlows(ClusterNetwork network, Options options) {
        var flows = new ArrayList<Flow>();
        flows.add(Flow.apiServer(network, OPERATOR_PODS));
        flows.add(Flow.webhook(network, OPERATOR_PODS, WEBHOOK_PORT));
        // The operator manages the cluster through its HTTP API (users, settings, shard moves on scale-down).
        flows.add(new Flow.Out("allow-operator-to-elasticsearch", OPERATOR_PODS,
                List.of(new Flow.Peer.Pods(NAMESPACE, ELASTICSEARCH_PODS)), List.of(Flow.Port.tcp(HTTP_PORT))));
        flows.add(Flow.scrape(options.monitoringNamespace(), OPERATOR_PODS, OPERATOR_METRICS_PORT));
        return flows;
    }

    static List<Flow> loggingFlows(Options options, Optional<Flow.Peer.Pods> edge) {
        var flows = new ArrayList<Flow>();
        flows.add(Flow.dns());
        var nodes = List.<Flow.Peer>of(new Flow.Peer.Pods(NAMESPACE, ELASTICSEARCH_PODS));
        var transport = List.of(Flow.Port.tcp(TRANSPORT_PORT));
        flows.add(new Flow.In("allow-elasticsearch-transport-in", ELASTICSEARCH_PODS, nodes, transport));
        flows.add(new Flow.Out("allow-elasticsearch-transport-out", ELASTICSEARCH_PODS, nodes, transport));
        // Who may call the HTTP API: the operator, Kibana, Filebeat, and the platform's clients (Grafana, Jaeger).
        var callers = new ArrayList<Flow.Peer>();
        callers.add(new Flow.Peer.Pods(OPERATOR_NS, OPERATOR_PODS));
        callers.add(new Flow.Peer.Pods(NAMESPACE, KIBANA_PODS));
        callers.add(new Flow.Peer.Pods(Filebeat.NAMESPACE, Filebeat.PODS));
        options.clients().forEach(client -> callers.add(client.pods()));
        flows.add(new Flow.In("allow-elasticsearch-http", ELASTICSEARCH_PODS, callers, List.of(Flow.Port.tcp(HTTP_PORT))));
        flows.add(new Flow.Out("allow-kibana-to-elasticsearch", KIBANA_PODS, nodes, List.of(Flow.Port.tcp(HTTP_PORT))));
        edge.ifPresent(proxies -> flows.add(new Flow.In("allow-kibana-from-edge", KIBANA_PODS, List.of(proxies),
                List.of(Flow.Port.tcp(KIBANA_PORT)))));
        return flows;
    }

    /** The release that installs the ECK CRDs. */
    public Release release() {
        return release;
    }

    public KubernetesCustomResource elasticsearch() {
        return elasticsearch;
    }

    public KubernetesCustomResource kibana() {
        return kibana;
    }

    public KubernetesCustomResource filebeat() {
        return filebeat;
    }

    /** Kibana's route through the edge; empty where Kibana is reached by port-forward. */
    public Optional<Resource> route() {
        return route;
    }
}
