package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.Namespaces;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.PlatformServices;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.settings.AppSettings;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentStrategyArgs;
import com.pulumi.kubernetes.apps.v1.inputs.RollingUpdateDeploymentArgs;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscaler;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscalerArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.CrossVersionObjectReferenceArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HPAScalingRulesArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerBehaviorArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricTargetArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.ResourceMetricSourceArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.ServiceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServicePortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServiceSpecArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agentic-startup-studio API (ADR: fastapi-backend behind the platform's HTTPS edge with
 * cert-manager TLS, scaled by an HPA), hardened for shared clusters: restricted Pod Security, zero-trust NetworkPolicies, no
 * secret in Pulumi state outside dev, and rollouts and node drains that never drop below capacity.
 */
public final class FastapiBackend extends ComponentResource {
    public static final String TYPE = "studio:workload:FastapiBackend";

    public static final String DEPLOYMENT = "fastapi-backend";
    public static final String SERVICE_ACCOUNT = "fastapi-backend";
    public static final String SERVICE = "fastapi-service";
    /** The routing object the edge declares for the API host. */
    public static final String ROUTE = "api-route";
    public static final String HPA = "fastapi-hpa";
    public static final String PDB = "fastapi-backend";
    public static final String PART_OF = "agentic-studio";
    public static final int HTTP_PORT = 8000;
    public static final int SERVICE_PORT = 80;
    /** The Service port Prometheus scrapes. */
    public static final String METRICS_PORT_NAME = "metrics";
    /** Old ReplicaSets kept for `kubectl rollout undo`. */
    static final int REVISION_HISTORY = 5;

    /**
     * @param edge   the public host and whether it is served over HTTPS
     * @param onSpot tolerate the spot taint and prefer spot nodes (the settings allow it outside prod only)
     */
    public record Options(
            Environment environment,
            String namespace,
            AppSettings.Image image,
            AppSettings.Scaling scaling,
            AppSettings.Compute compute,
            AppSettings.ServiceType serviceType,
            AppSettings.Egress egress,
            Edge edge,
            Observed observed,
            boolean onSpot) {

        /** The public side: the host name (empty: no route) and whether the edge serves it over HTTPS. */
        public record Edge(String host, boolean https) {
        }

        /** How the backend is observed: its metrics path, its objective and latency threshold, the runbook it links to. */
        public record Observed(String metricsPath, java.math.BigDecimal sloPercent, int latencyP95Ms, String runbookUrl) {
        }

        public static Options from(Settings settings) {
            var app = settings.app();
            var edge = new Edge(settings.edge().host(), settings.edge().tls().enabled());
            var monitoring = settings.monitoring();
            var observed = new Observed(monitoring.metricsPath(), monitoring.sloAvailabilityPercent(),
                    monitoring.latencyP95ThresholdMs(), monitoring.runbookUrl());
            return new Options(settings.environment(), app.namespace(), app.image(), app.scaling(), app.compute(),
                    app.serviceType(), app.egress(), edge, observed, app.onSpot());
        }

        /** Immutable once the Deployment exists, so only the identity of the app. */
        public Map<String, String> selectorLabels() {
            return Map.of(
                    "app.kubernetes.io/name", DEPLOYMENT,
                    "app.kubernetes.io/instance", DEPLOYMENT);
        }

        public Map<String, String> labels() {
            var labels = new HashMap<>(selectorLabels());
            labels.put("app.kubernetes.io/component", "api");
            labels.put("app.kubernetes.io/part-of", PART_OF);
            labels.put("app.kubernetes.io/managed-by", "pulumi");
            return Map.copyOf(labels);
        }

        Map<String, String> podLabels() {
            var labels = new HashMap<>(labels());
            // A tag is a valid label value only if short and alphanumeric at both ends.
            if (image.tag().matches("[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?")) {
                labels.put("app.kubernetes.io/version", image.tag());
            }
            return Map.copyOf(labels);
        }

        /** The policy matching how the image is delivered: loaded by kind, pinned, or a moving tag. */
        String imagePullPolicy(boolean preloaded) {
            if (preloaded) {
                return "Never";
            }
            return image.digest().isEmpty() && image.tag().equals("latest") ? "Always" : "IfNotPresent";
        }
    }

    private final Namespace namespace;
    private final Deployment deployment;
    private final Service service;
    private final Optional<Resource> route;
    private final Optional<HorizontalPodAutoscaler> autoscaler;
    private final Optional<PodDisruptionBudget> disruptionBudget;
    private final Output<String> url;
    private final BackendObservability observability;

    public FastapiBackend(String name, Options options, ClusterInfo cluster, PlatformServices platform,
                          ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var ns = options.namespace();
        var edge = platform.edge();
        // The edge admits routes only from namespaces that carry its label.
        this.namespace = Namespaces.create(ns, PodSecurity.RESTRICTED, edge.routeNamespaceLabels(), cluster, this);

        // Where DATABASE_URL comes from and the one place the pods may reach it; which database it is stays the platform's.
        var database = new DatabaseSecret(name + "-database", platform.database(), new Database.Client(name, ns, options.selectorLabels(),
                Map.of("app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", PART_OF)), namespace,
                ComponentResourceOptions.builder().parent(this).build()).connection();
        var account = new ServiceAccount(name + "-account", ServiceAccountArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(SERVICE_ACCOUNT)
                        .namespace(ns)
                        .labels(options.labels())
                        .annotations(cluster.identity().bind(name, ns, SERVICE_ACCOUNT, database.identity(), this))
                        .build())
                .automountServiceAccountToken(false)
                .build(), KubeOptions.of(cluster, this, namespace));

        new AppNetworkPolicies(name + "-network", new AppNetworkPolicies.Options(
                ns, options.selectorLabels(), HTTP_PORT, options.egress().metricsPort(), edge.dataPlane(),
                options.serviceType() == AppSettings.ServiceType.LOAD_BALANCER, options.egress().monitoringNamespace(),
                database.peers(), database.port(), options.egress().tracingNamespace(),
                BackendPod.OTLP_PORTS, options.egress().externalHttps(),
                database.sidecar().filter(Database.Sidecar::cloudApis).map(sidecar -> cluster.network().cloudApis()).orElse(List.of())),
                cluster, namespace, ComponentResourceOptions.builder().parent(this).build());

        var waitFor = new ArrayList<Resource>();
        waitFor.add(namespace);
        waitFor.add(account);
        waitFor.add(database.ready());
        Optional<Resource> preloaded = options.image().sideLoad()
                ? Optional.of(cluster.imageLoader()
                        .orElseThrow(() -> new IllegalArgumentException("this cluster cannot take a locally built image"))
                        .load(name + "-load-app-image", options.image().reference(), this))
                : Optional.empty();
        preloaded.ifPresent(waitFor::add);
        // A pod naming a PriorityClass that does not exist yet is refused at admission.
        var scheduling = platform.scheduling();
        waitFor.add(scheduling.ready(Scheduling.Tier.BACKEND));
        this.deployment = new Deployment(name + "-deployment", DeploymentArgs.builder()
                // DATABASE_URL is read at start: a rotated password in its Secret reaches the pods by a rolling restart.
                .metadata(ObjectMetaArgs.builder(metadata(DEPLOYMENT, options))
                        .annotations(platform.reloads().onChangeOf(List.of(database.secretName())))
                        .build())
                .spec(deploymentSpec(options, cluster, preloaded.isPresent(), scheduling.priorityClass(Scheduling.Tier.BACKEND), database))
                .build(), KubeOptions.of(cluster, this, waitFor.toArray(Resource[]::new)));

        this.service = new Service(name + "-service", ServiceArgs.builder()
                .metadata(metadata(SERVICE, options))
                .spec(ServiceSpecArgs.builder()
                        .type(options.serviceType().kubernetesName())
                        .selector(options.selectorLabels())
                        .ports(ServicePortArgs.builder()
                                .name(BackendPod.HTTP_PORT_NAME)
                                .port(SERVICE_PORT)
                                .targetPort(BackendPod.HTTP_PORT_NAME)
                                .protocol("TCP")
                                .build(),
                                // The port Prometheus scrapes by name; on the HTTP port unless metricsPort says otherwise.
                                ServicePortArgs.builder()
                                .name(METRICS_PORT_NAME)
                                .port(options.egress().metricsPort())
                                .targetPort(options.egress().metricsPort() == HTTP_PORT ? BackendPod.HTTP_PORT_NAME : BackendPod.METRICS_PORT_NAME)
                                .protocol("TCP")
                                .build())
                        .build())
                .build(), KubeOptions.of(cluster, this, namespace));

        var host = options.edge().host();
        this.route = host.isEmpty() ? Optional.empty() : Optional.of(edge.route(
                new Route(ROUTE, ns, options.labels(), host, SERVICE, BackendPod.HTTP_PORT_NAME, SERVICE_PORT), this, namespace));

        this.autoscaler = options.scaling().autoscale()
                ? Optional.of(autoscaler(name, options, cluster))
                : Optional.empty();
        this.disruptionBudget = options.scaling().autoscale() || options.scaling().floor() > 1
                ? Optional.of(disruptionBudget(name, options, cluster))
                : Optional.empty();

        this.observability = new BackendObservability(name + "-observability", new BackendObservability.Options(ns,
                options.labels(), options.labels(), METRICS_PORT_NAME, options.observed().metricsPath(),
                options.observed().sloPercent(), options.observed().latencyP95Ms(),
                options.scaling().autoscale() ? Optional.of(HPA) : Optional.empty(), options.observed().runbookUrl()),
                platform.monitoring(), service, namespace, ComponentResourceOptions.builder().parent(this).build());

        this.url = Output.of((options.edge().https() ? "https://" : "http://") + host);
        registerOutputs(Map.of("url", url));
    }

    private DeploymentSpecArgs deploymentSpec(Options options, ClusterInfo cluster, boolean preloaded, String priorityClass,
                                              Database.Connection database) {
        var spec = DeploymentSpecArgs.builder()
                .selector(LabelSelectorArgs.builder().matchLabels(options.selectorLabels()).build())
                // Surge one pod and never go below the desired count: capacity holds during a rollout.
                .strategy(DeploymentStrategyArgs.builder()
                        .type("RollingUpdate")
                        .rollingUpdate(RollingUpdateDeploymentArgs.builder().maxUnavailable(0).maxSurge(1).build())
                        .build())
                .revisionHistoryLimit(REVISION_HISTORY)
                .minReadySeconds(5)
                .progressDeadlineSeconds(600)
                .template(BackendPod.template(options,
                        options.imagePullPolicy(preloaded), cluster.multiZone(), priorityClass, database));
        if (!options.scaling().autoscale()) {
            // With the HPA on, spec.replicas is left out: the HPA owns the field, and a value here would
            // reset the live count to it on every `pulumi up` (server-side apply would take it back).
            spec.replicas(options.scaling().replicas());
        }
        return spec.build();
    }

    private HorizontalPodAutoscaler autoscaler(String name, Options options, ClusterInfo cluster) {
        var scaling = options.scaling();
        return new HorizontalPodAutoscaler(name + "-hpa", HorizontalPodAutoscalerArgs.builder()
                .metadata(metadata(HPA, options))
                .spec(HorizontalPodAutoscalerSpecArgs.builder()
                        .scaleTargetRef(CrossVersionObjectReferenceArgs.builder()
                                .apiVersion("apps/v1")
                                .kind("Deployment")
                                .name(DEPLOYMENT)
                                .build())
                        .minReplicas(scaling.minReplicas())
                        .maxReplicas(scaling.maxReplicas())
                        .metrics(utilisation("cpu", scaling.cpuUtilization()), utilisation("memory", scaling.memoryUtilization()))
                        .behavior(HorizontalPodAutoscalerBehaviorArgs.builder()
                                .scaleDown(HPAScalingRulesArgs.builder()
                                        .stabilizationWindowSeconds(scaling.scaleDownStabilizationSeconds())
                                        .build())
                                .build())
                        .build())
                .build(), KubeOptions.of(cluster, this, namespace));
    }

    private static MetricSpecArgs utilisation(String resource, int percent) {
        return MetricSpecArgs.builder()
                .type("Resource")
                .resource(ResourceMetricSourceArgs.builder()
                        .name(resource)
                        .target(MetricTargetArgs.builder().type("Utilization").averageUtilization(percent).build())
                        .build())
                .build();
    }

    /**
     * One pod at a time may be evicted: node drains and upgrades proceed, the rest keeps serving, and
     * with pods spread over zones a zone loss plus a drain still leaves capacity.
     */
    private PodDisruptionBudget disruptionBudget(String name, Options options, ClusterInfo cluster) {
        return new PodDisruptionBudget(name + "-pdb", PodDisruptionBudgetArgs.builder()
                .metadata(metadata(PDB, options))
                .spec(PodDisruptionBudgetSpecArgs.builder()
                        .selector(LabelSelectorArgs.builder().matchLabels(options.selectorLabels()).build())
                        .maxUnavailable(1)
                        // A crash-looping pod must not block a drain that might be the fix.
                        .unhealthyPodEvictionPolicy("AlwaysAllow")
                        .build())
                .build(), KubeOptions.of(cluster, this, namespace));
    }

    private static ObjectMetaArgs metadata(String objectName, Options options) {
        return ObjectMetaArgs.builder().name(objectName).namespace(options.namespace()).labels(options.labels()).build();
    }

    /** https://host, or http://host with TLS off. */
    public Output<String> url() {
        return url;
    }

    /** The app namespace; namespaced objects declared elsewhere (RBAC) wait for it. */
    public Namespace namespace() {
        return namespace;
    }

    public Deployment deployment() {
        return deployment;
    }

    public Service service() {
        return service;
    }

    /** The edge's routing object for the API host; empty without a host. */
    public Optional<Resource> route() {
        return route;
    }

    public Optional<HorizontalPodAutoscaler> autoscaler() {
        return autoscaler;
    }

    public Optional<PodDisruptionBudget> disruptionBudget() {
        return disruptionBudget;
    }

    /** The backend's ServiceMonitor, alerts and dashboard. */
    public BackendObservability observability() {
        return observability;
    }
}
