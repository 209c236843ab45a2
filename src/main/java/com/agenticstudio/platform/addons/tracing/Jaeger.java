package com.agenticstudio.platform.addons.tracing;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.logging.ElasticStack;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Distributed tracing with Jaeger v2 (chart jaeger 4.x) in the tracing namespace: one stateless
 * process receives OTLP over gRPC (4317) and HTTP (4318), stores traces in memory on kind and in the
 * logging add-on's Elasticsearch in staging and prod, and serves the query API and UI on 16686, which
 * is not public: Grafana reads it as a data source, and people reach it by port-forward.
 *
 * <p>Its Elasticsearch user's password and the CA that signs Elasticsearch's certificate are Secrets
 * in this namespace ({@link ElasticStack#credentials}, {@link ElasticStack#trust}), mounted as files:
 * nothing secret is in the chart's values.
 */
public final class Jaeger extends HelmAddon {
    public static final String TYPE = "studio:platform:Jaeger";
    public static final AddonId<Jaeger> ID = AddonId.of("jaeger", Jaeger.class);

    static final String POD_SECURITY_REASON = "Jaeger runs as uid 10001 with a read-only root, no privilege escalation,"
            + " all capabilities dropped and RuntimeDefault seccomp; it needs no host access";
    /** The Service: jaeger.fullname, the release name when it contains the chart's (templates/_helpers.tpl). */
    public static final String SERVICE = ID.name();
    public static final int OTLP_GRPC_PORT = 4317;
    public static final int OTLP_HTTP_PORT = 4318;
    public static final int QUERY_PORT = 16686;
    static final int METRICS_PORT = 8888;
    static final int HEALTH_PORT = 13133;
    /** jaeger.selectorLabels plus the Deployment's component (templates/jaeger/jaeger-deploy.yaml). */
    public static final Map<String, String> PODS = Map.of("app.kubernetes.io/name", "jaeger", "app.kubernetes.io/instance", ID.name(),
            "app.kubernetes.io/component", "all-in-one");
    /** jaeger.selectorLabels alone: the all-in-one and the index cleaner's pods, Elasticsearch's two clients here. */
    static final Map<String, String> RELEASE_PODS = Map.of("app.kubernetes.io/name", "jaeger", "app.kubernetes.io/instance", ID.name());
    /** Jaeger's Elasticsearch user (its password: elasticsearchJaegerSecretKey). */
    public static final String USER = "jaeger";

    /** Where traces are kept: exactly one store. */
    public sealed interface Storage {
        /** In the process, lost on restart: dev, where one replica is all there can be. */
        record Memory(int maxTraces) implements Storage {
            public Memory {
                if (maxTraces < 1000) {
                    throw new IllegalArgumentException("an in-memory store keeps at least 1000 traces, got " + maxTraces);
                }
            }
        }

        /**
         * The logging add-on's Elasticsearch, as {@code user}; {@code replicas} per index shard. Jaeger writes
         * a daily index per kind and never deletes one: the chart's index cleaner, a nightly CronJob, deletes
         * those older than {@code retentionDays}.
         */
        record Elasticsearch(ElasticStack.User user, int replicas, int retentionDays) implements Storage {
            public Elasticsearch {
                java.util.Objects.requireNonNull(user, "user");
                if (retentionDays < 1) {
                    throw new IllegalArgumentException("traces are kept at least one day, got " + retentionDays);
                }
                if (user.role() != ElasticStack.Role.TRACES_WRITER) {
                    throw new IllegalArgumentException("Jaeger writes traces as a " + ElasticStack.Role.TRACES_WRITER + " user, not " + user.role());
                }
            }
        }
    }

    /**
     * @param namespace           the tracingNamespace setting, which the backend's egress names
     * @param appNamespace        the backend's namespace, whose pods send spans
     * @param monitoringNamespace Prometheus (scrape) and Grafana (query) live there
     * @param grafana             Grafana's pods, admitted to the query port
     * @param logging             the logging add-on, when traces are stored in its Elasticsearch
     * @param requires            the logging add-on and what its credentials and CA wait for; empty with in-memory storage
     */
    public record Options(AddonNamespace namespace, Storage storage, int replicas, ContainerResources resources, String appNamespace,
                          String monitoringNamespace, Flow.Peer.Pods grafana, Optional<AddonId<ElasticStack>> logging,
                          List<AddonId<?>> requires) {
        public Options {
            Replicas.atLeastOne("jaeger", replicas);
            requires = List.copyOf(requires);
            if (storage instanceof Storage.Memory && replicas != 1) {
                throw new IllegalArgumentException("an in-memory store is one replica's own: each would show other traces");
            }
            if (storage instanceof Storage.Elasticsearch != logging.isPresent() || logging.isPresent() != requires.contains(ElasticStack.ID)) {
                throw new IllegalArgumentException("Elasticsearch storage and the logging add-on go together");
            }
        }

        /** dev: in memory; staging: Elasticsearch, one replica, three days; prod: Elasticsearch, two replicas, a week. */
        public static Options from(Settings settings, List<AddonId<?>> logging, Flow.Peer.Pods grafana) {
            var egress = settings.app().egress();
            var namespace = new AddonNamespace(egress.tracingNamespace(), PodSecurity.RESTRICTED, POD_SECURITY_REASON);
            var password = settings.logging().jaegerPassword();
            var environment = settings.environment();
            Storage storage = password.<Storage>map(p -> new Storage.Elasticsearch(
                            new ElasticStack.User(USER, ElasticStack.Role.TRACES_WRITER, p), ElasticStack.Sizing.of(environment).indexReplicas(),
                            environment == Environment.PROD ? 7 : 3))
                    .orElse(new Storage.Memory(50_000));
            return new Options(namespace, storage, environment == Environment.PROD ? 2 : 1,
                    environment == Environment.DEV ? ContainerResources.of("50m", "256Mi", "512Mi") : ContainerResources.of("200m", "512Mi", "1Gi"),
                    settings.app().namespace(), egress.monitoringNamespace(), grafana,
                    password.map(p -> ElasticStack.ID), password.isPresent() ? logging : List.of());
        }
    }

    /** Jaeger as a client of Elasticsearch, where it stores traces there. */
    public static Optional<ElasticStack.Client> elasticsearchClient(Options options) {
        return options.storage() instanceof Storage.Elasticsearch es
                ? Optional.of(new ElasticStack.Client(es.user(), new Flow.Peer.Pods(options.namespace().name(), RELEASE_PODS)))
                : Optional.empty();
    }

    /** Prometheus scrapes the collector's own metrics from the Service's internal-metrics port. */
    public static List<MetricsEndpoint> metrics(String namespace) {
        return List.of(MetricsEndpoint.service(ID.name(), namespace, PODS, "internal-metrics", METRICS_PORT, "/metrics"));
    }

    /** Jaeger's pods in {@code namespace}: the peer Elasticsearch admits and a client's egress names. */
    public static Flow.Peer.Pods pods(String namespace) {
        return new Flow.Peer.Pods(namespace, PODS);
    }

    /** The query API Grafana reads traces from. */
    public static String queryUrl(String namespace) {
        return "http://" + SERVICE + "." + namespace + ".svc:" + QUERY_PORT;
    }

    public static Addon<Jaeger> addon(Options options) {
        return Addon.of(ID, options.requires(), context -> new Jaeger(options, context, options.logging().map(context::require)));
    }

    private final Release release;

    Jaeger(Options options, AddonContext context, Optional<ElasticStack> logging) {
        super(TYPE, context, JaegerValues.chart(), options.namespace());
        var ns = options.namespace().name();
        // The release does not wait for the Secrets: the pod starts once they exist.
        if (options.storage() instanceof Storage.Elasticsearch es) {
            var store = logging.orElseThrow();
            store.credentials(es.user(), ns, this, namespace());
            store.trust(ns, this, namespace());
        }
        this.release = install(JaegerValues.of(options), flows(options));
        if (Replicas.budgeted(options.replicas())) {
            new PodDisruptionBudget(pulumiResourceName() + "-pdb", PodDisruptionBudgetArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(ID.name()).namespace(ns).labels(LABELS).build())
                    .spec(PodDisruptionBudgetSpecArgs.builder().maxUnavailable(1)
                            .selector(LabelSelectorArgs.builder().matchLabels(PODS).build()).build())
                    .build(), KubeOptions.of(cluster(), this, namespace()));
        }
        registerOutputs(Map.of());
    }

    static List<Flow> flows(Options options) {
        var flows = new ArrayList<Flow>();
        var otlp = List.of(Flow.Port.tcp(OTLP_GRPC_PORT), Flow.Port.tcp(OTLP_HTTP_PORT));
        // The backend's spans, on exactly the two OTLP ports.
        flows.add(new Flow.In("allow-otlp-from-app", PODS, List.of(Flow.Peer.Pods.inNamespace(options.appNamespace())), otlp));
        flows.add(new Flow.In("allow-query-from-grafana", PODS, List.of(options.grafana()), List.of(Flow.Port.tcp(QUERY_PORT))));
        flows.add(Flow.scrape(options.monitoringNamespace(), PODS, METRICS_PORT));
        if (options.storage() instanceof Storage.Elasticsearch) {
            // Jaeger and its index cleaner.
            flows.add(new Flow.Out("allow-elasticsearch", RELEASE_PODS, List.of(new Flow.Peer.Pods(ElasticStack.NAMESPACE, ElasticStack.ELASTICSEARCH_PODS)),
                    List.of(Flow.Port.tcp(ElasticStack.HTTP_PORT))));
        }
        return flows;
    }

    public Release release() {
        return release;
    }
}
