package com.agenticstudio.platform.addons.reloader;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.services.SecretReloads;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stakater Reloader, on every cluster: rolls a Deployment's pods when a Secret it names changes. The
 * backend reads DATABASE_URL from db-secret at start; on EKS RDS rotates the password behind it (every
 * 7 days by default) and external-secrets rewrites the Secret within its refresh interval, after which
 * only a restart gives the pods the new password. Kept on kind as well, so dev behaves like prod.
 *
 * <p>It acts only on workloads that name their Secrets in {@link #SECRET_RELOAD} ({@link #RELOADS}),
 * never on every workload (autoReloadAll stays off). Its ClusterRole reads Secrets and patches
 * Deployments, DaemonSets and StatefulSets: ConfigMaps, Jobs and CronJobs are ignored, which drops
 * them from the role (see {@link ReloaderValues} for why it watches every namespace).
 *
 * <p>On on-demand nodes at the platform PriorityClass, as the other controllers: after a restart it
 * skips the Secrets' initial listing (syncAfterRestart off), so a change made while it was away is not
 * replayed and an interruption is worth avoiding.
 */
public final class Reloader extends HelmAddon {
    public static final String TYPE = "studio:platform:Reloader";
    public static final AddonId<Reloader> ID = AddonId.of("reloader", Reloader.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "one controller as uid 65534 (the chart's), non-root with a read-only root, no privilege escalation,"
                    + " all capabilities dropped, RuntimeDefault seccomp, no host access or volumes but an emptyDir /tmp");

    /** The workload annotation naming the Secrets to restart on (stakater/Reloader@v1.4.21 internal/pkg/options/flags.go:22, README "Named Resource Reload"). */
    public static final String SECRET_RELOAD = "secret.reloader.stakater.com/reload";

    /** The platform's {@link SecretReloads}: the Secrets' names, comma-separated, in one annotation on the workload's own metadata. */
    public static final SecretReloads RELOADS = Reloader::annotations;

    /** templates/_helpers.tpl reloader-labels.chart with fullnameOverride = the release name. */
    static final Map<String, String> PODS = Map.of("app.kubernetes.io/name", ID.name(), "app.kubernetes.io/instance", ID.name());
    /** The container's only port, http: /metrics, /live (templates/deployment.yaml). */
    static final String METRICS_PORT_NAME = "http";
    static final int METRICS_PORT = 9090;

    /** Prometheus scrapes the pods' http port: the chart's Service selects by its deployment.labels, not the pods' identity. */
    public static List<MetricsEndpoint> metrics() {
        return List.of(new MetricsEndpoint(ID.name(), NAMESPACE.name(), MetricsEndpoint.Target.PODS, PODS, METRICS_PORT_NAME,
                METRICS_PORT, "/metrics", false));
    }

    static Map<String, String> annotations(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a reload names at least one Secret");
        }
        for (var secret : secrets) {
            if (secret == null || !secret.matches("[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?")) {
                throw new IllegalArgumentException("a Secret name is a DNS subdomain, got '" + secret + "'");
            }
        }
        return Map.of(SECRET_RELOAD, String.join(",", secrets));
    }

    /**
     * @param monitoringNamespace where Prometheus scrapes the metrics from
     * @param scheduling          the PriorityClasses (platform)
     */
    public record Options(String monitoringNamespace, AddonId<? extends Scheduling> scheduling) {
        public Options {
            Objects.requireNonNull(monitoringNamespace, "monitoringNamespace");
            Objects.requireNonNull(scheduling, "scheduling");
        }

        public static Options from(Settings settings, AddonId<? extends Scheduling> scheduling) {
            return new Options(settings.app().egress().monitoringNamespace(), scheduling);
        }
    }

    public static Addon<Reloader> addon(Options options) {
        return Addon.of(ID, List.of(options.scheduling()), context -> new Reloader(options, context, context.require(options.scheduling())));
    }

    private final Release release;

    Reloader(Options options, AddonContext context, Scheduling scheduling) {
        super(TYPE, context, ReloaderValues.chart(), NAMESPACE);
        this.release = install(ReloaderValues.of(scheduling.priorityClass(Scheduling.Tier.PLATFORM)),
                flows(cluster().network(), options.monitoringNamespace()), scheduling.ready(Scheduling.Tier.PLATFORM));
        registerOutputs(Map.of());
    }

    static List<Flow> flows(ClusterNetwork network, String monitoringNamespace) {
        return List.of(
                // It watches Secrets and patches Deployments through the API server; nothing else.
                Flow.apiServer(network, PODS),
                Flow.scrape(monitoringNamespace, PODS, METRICS_PORT));
    }

    public Release release() {
        return release;
    }
}
