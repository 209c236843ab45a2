package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.services.Database;
import com.pulumi.kubernetes.core.v1.inputs.AffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.CapabilitiesArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeAffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorRequirementArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorTermArgs;
import com.pulumi.kubernetes.core.v1.inputs.PreferredSchedulingTermArgs;
import com.pulumi.kubernetes.core.v1.inputs.TolerationArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerPortArgs;
import com.pulumi.kubernetes.core.v1.inputs.EmptyDirVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ExecActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.HTTPGetActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.LifecycleArgs;
import com.pulumi.kubernetes.core.v1.inputs.LifecycleHandlerArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ProbeArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecretKeySelectorArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.TopologySpreadConstraintArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backend's pod template: one hardened container that passes Pod Security {@code restricted},
 * probed on /health, drained gracefully, spread over zones and nodes.
 */
final class BackendPod {
    static final String CONTAINER = "backend";
    static final String HTTP_PORT_NAME = "http";
    static final String METRICS_PORT_NAME = "metrics";
    static final String HEALTH_PATH = "/health";

    /** Any non-root id; the image must not rely on a named user (restricted forbids root anyway). */
    static final int RUN_AS = 10001;
    /** Long enough for the edge proxies to drop the endpoint before uvicorn stops accepting. */
    static final int PRE_STOP_SLEEP_SECONDS = 10;
    /** The pre-stop sleep plus time for in-flight requests to finish. */
    static final int TERMINATION_GRACE_SECONDS = PRE_STOP_SLEEP_SECONDS + 30;
    /**
     * The OTLP collector's Service in the tracing namespace: Jaeger's (addons/tracing, the jaeger chart's
     * fullname), which listens on 4317 (gRPC) and 4318 (HTTP); tracingPort picks one.
     */
    static final String COLLECTOR_SERVICE = "jaeger";
    static final List<Integer> OTLP_PORTS = List.of(4317, 4318);
    static final int OTLP_GRPC_PORT = 4317;

    private BackendPod() {
    }

    static PodTemplateSpecArgs template(FastapiBackend.Options options, String imagePullPolicy, boolean multiZone,
                                        String priorityClass, Database.Connection database) {
        var capacity = options.onSpot() ? Capacity.SPOT_PREFERRED : Capacity.ON_DEMAND;
        var spec = PodSpecArgs.builder()
                        .serviceAccountName(FastapiBackend.SERVICE_ACCOUNT)
                        // The app never calls the Kubernetes API; no token means nothing to steal.
                        .automountServiceAccountToken(false)
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                                .runAsNonRoot(true)
                                .runAsUser(RUN_AS)
                                .runAsGroup(RUN_AS)
                                .fsGroup(RUN_AS)
                                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                                .build())
                        .terminationGracePeriodSeconds(TERMINATION_GRACE_SECONDS)
                        .topologySpreadConstraints(spread(options.selectorLabels(), multiZone))
                        .priorityClassName(priorityClass)
                        .containers(containers(options, imagePullPolicy, database))
                        .volumes(VolumeArgs.builder()
                                .name("tmp")
                                .emptyDir(EmptyDirVolumeSourceArgs.builder().sizeLimit("64Mi").build())
                                .build());
        // On-demand by default: the spot pool is tainted, and prod's API must not lose pods to reclaims.
        // dev and staging may opt in (appOnSpot): spot preferred, on-demand as the fallback.
        if (capacity == Capacity.SPOT_PREFERRED) {
            spec.tolerations(tolerations(capacity)).affinity(affinity(capacity));
        }
        return PodTemplateSpecArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .labels(options.podLabels())
                        .annotations(scrapeAnnotations(options))
                        .build())
                .spec(spec.build())
                .build();
    }

    private static List<TolerationArgs> tolerations(Capacity capacity) {
        return capacity.tolerations().stream().map(t -> TolerationArgs.builder()
                .key((String) t.get("key"))
                .operator((String) t.get("operator"))
                .value((String) t.get("value"))
                .effect((String) t.get("effect"))
                .build()).toList();
    }

    /** A strong preference for spot nodes. */
    private static AffinityArgs affinity(Capacity capacity) {
        return AffinityArgs.builder().nodeAffinity(NodeAffinityArgs.builder()
                .preferredDuringSchedulingIgnoredDuringExecution(PreferredSchedulingTermArgs.builder()
                        .weight(100)
                        .preference(NodeSelectorTermArgs.builder()
                                .matchExpressions(NodeSelectorRequirementArgs.builder()
                                        .key(Capacity.LABEL).operator("In").values(Capacity.SPOT).build())
                                .build())
                        .build())
                .build()).build();
    }

    private static ContainerArgs container(FastapiBackend.Options options, String imagePullPolicy, Database.Connection database) {
        var ports = new ArrayList<ContainerPortArgs>();
        ports.add(port(HTTP_PORT_NAME, FastapiBackend.HTTP_PORT));
        if (options.egress().metricsPort() != FastapiBackend.HTTP_PORT) {
            ports.add(port(METRICS_PORT_NAME, options.egress().metricsPort()));
        }
        var compute = options.compute();
        return ContainerArgs.builder()
                .name(CONTAINER)
                .image(options.image().reference())
                .imagePullPolicy(imagePullPolicy)
                .ports(ports)
                .env(env(options, database))
                .resources(ResourceRequirementsArgs.builder()
                        .requests(Map.of("cpu", compute.cpuRequest(), "memory", compute.memoryRequest()))
                        .limits(Map.of("cpu", compute.cpuLimit(), "memory", compute.memoryLimit()))
                        .build())
                // Python imports and migrations can take a while: up to 5 s x 30 before liveness starts,
                // which replaces the ADR's fixed 30 s initial delay without killing a slow first start.
                .startupProbe(health(5, 30))
                .readinessProbe(health(5, 3))
                .livenessProbe(health(10, 3))
                .lifecycle(LifecycleArgs.builder()
                        .preStop(LifecycleHandlerArgs.builder()
                                .exec(ExecActionArgs.builder()
                                        .command("sleep", String.valueOf(PRE_STOP_SLEEP_SECONDS))
                                        .build())
                                .build())
                        .build())
                .securityContext(SecurityContextArgs.builder()
                        .allowPrivilegeEscalation(false)
                        .privileged(false)
                        .readOnlyRootFilesystem(true)
                        .runAsNonRoot(true)
                        .capabilities(CapabilitiesArgs.builder().drop("ALL").build())
                        .build())
                .volumeMounts(VolumeMountArgs.builder().name("tmp").mountPath("/tmp").build())
                .build();
    }

    /** The app, and the database's connector beside it when the database needs one. */
    private static List<ContainerArgs> containers(FastapiBackend.Options options, String imagePullPolicy, Database.Connection database) {
        var containers = new ArrayList<ContainerArgs>();
        containers.add(container(options, imagePullPolicy, database));
        database.sidecar().ifPresent(sidecar -> containers.add(sidecar(sidecar)));
        return containers;
    }

    /**
     * The database's connector, restricted like the app. A plain second container: the Kubernetes SDK
     * served here (4.0.0) has no init-container restartPolicy for a native sidecar, so the connector
     * outlives the app's shutdown by waiting for its connections to close (its own flags).
     */
    static ContainerArgs sidecar(Database.Sidecar sidecar) {
        return ContainerArgs.builder()
                .name(sidecar.name())
                .image(sidecar.image())
                .args(sidecar.args())
                .ports(port("db-health", sidecar.healthPort()))
                .resources(ResourceRequirementsArgs.builder()
                        .requests(Map.of("cpu", sidecar.resources().cpuRequest(), "memory", sidecar.resources().memoryRequest()))
                        .limits(Map.of("cpu", sidecar.resources().cpuLimit().orElseThrow(), "memory", sidecar.resources().memoryLimit()))
                        .build())
                .startupProbe(probe(sidecar.startupPath(), sidecar.healthPort(), 1, 30))
                .livenessProbe(probe(sidecar.livenessPath(), sidecar.healthPort(), 10, 3))
                .readinessProbe(probe(sidecar.readinessPath(), sidecar.healthPort(), 5, 3))
                .securityContext(SecurityContextArgs.builder()
                        .allowPrivilegeEscalation(false)
                        .privileged(false)
                        .readOnlyRootFilesystem(true)
                        .runAsNonRoot(true)
                        .runAsUser(sidecar.runAsUser())
                        .runAsGroup(sidecar.runAsUser())
                        .capabilities(CapabilitiesArgs.builder().drop("ALL").build())
                        .build())
                .build();
    }

    private static ProbeArgs probe(String path, int port, int periodSeconds, int failureThreshold) {
        return ProbeArgs.builder()
                .httpGet(HTTPGetActionArgs.builder().path(path).port(port).build())
                .periodSeconds(periodSeconds)
                .timeoutSeconds(2)
                .failureThreshold(failureThreshold)
                .build();
    }

    private static ContainerPortArgs port(String name, int number) {
        return ContainerPortArgs.builder().name(name).containerPort(number).protocol("TCP").build();
    }

    private static List<EnvVarArgs> env(FastapiBackend.Options options, Database.Connection database) {
        var egress = options.egress();
        return List.of(
                EnvVarArgs.builder()
                        .name("DATABASE_URL")
                        .valueFrom(EnvVarSourceArgs.builder()
                                .secretKeyRef(SecretKeySelectorArgs.builder()
                                        .name(database.secretName())
                                        .key(database.urlKey())
                                        .build())
                                .build())
                        .build(),
                plain("OTEL_SERVICE_NAME", FastapiBackend.DEPLOYMENT),
                plain("OTEL_EXPORTER_OTLP_ENDPOINT",
                        "http://" + COLLECTOR_SERVICE + "." + egress.tracingNamespace() + ".svc:" + egress.tracingPort()),
                plain("OTEL_EXPORTER_OTLP_PROTOCOL", egress.tracingPort() == OTLP_GRPC_PORT ? "grpc" : "http/protobuf"),
                plain("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=" + options.environment().id()),
                // Head sampling per stack, honouring the caller's decision: every trace in dev, fewer where traffic is real.
                plain("OTEL_TRACES_SAMPLER", "parentbased_traceidratio"),
                plain("OTEL_TRACES_SAMPLER_ARG", samplingRatio(options.environment())));
    }

    /** The share of new traces sampled: all in dev, half in staging, one in ten in prod. */
    static String samplingRatio(com.agenticstudio.platform.settings.Environment environment) {
        return switch (environment) {
            case DEV -> "1.0";
            case STAGING -> "0.5";
            case PROD -> "0.1";
        };
    }

    private static EnvVarArgs plain(String name, String value) {
        return EnvVarArgs.builder().name(name).value(value).build();
    }

    private static ProbeArgs health(int periodSeconds, int failureThreshold) {
        return ProbeArgs.builder()
                .httpGet(HTTPGetActionArgs.builder().path(HEALTH_PATH).port(HTTP_PORT_NAME).build())
                .periodSeconds(periodSeconds)
                .timeoutSeconds(2)
                .failureThreshold(failureThreshold)
                .build();
    }

    private static Map<String, String> scrapeAnnotations(FastapiBackend.Options options) {
        return Map.of(
                "prometheus.io/scrape", "true",
                "prometheus.io/port", String.valueOf(options.egress().metricsPort()),
                "prometheus.io/path", options.observed().metricsPath());
    }

    /**
     * Zones first (hard: losing a zone must not take every replica, but only where there are zones),
     * then nodes (soft: a small cluster may have fewer nodes than replicas). pod-template-hash keeps a
     * rollout's new pods spread among themselves rather than around the old ones.
     */
    private static List<TopologySpreadConstraintArgs> spread(Map<String, String> selector, boolean multiZone) {
        var constraints = new ArrayList<TopologySpreadConstraintArgs>();
        if (multiZone) {
            constraints.add(spreadOver("topology.kubernetes.io/zone", "DoNotSchedule", selector));
        }
        constraints.add(spreadOver("kubernetes.io/hostname", "ScheduleAnyway", selector));
        return constraints;
    }

    private static TopologySpreadConstraintArgs spreadOver(String topologyKey, String whenUnsatisfiable, Map<String, String> selector) {
        return TopologySpreadConstraintArgs.builder()
                .topologyKey(topologyKey)
                .maxSkew(1)
                .whenUnsatisfiable(whenUnsatisfiable)
                .labelSelector(LabelSelectorArgs.builder().matchLabels(selector).build())
                .matchLabelKeys("pod-template-hash")
                .build();
    }
}
