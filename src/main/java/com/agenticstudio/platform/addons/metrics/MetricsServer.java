package com.agenticstudio.platform.addons.metrics;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import java.util.Map;

/** metrics-server: the resource metrics API that HorizontalPodAutoscalers and kubectl top read. */
public final class MetricsServer extends ComponentResource {
    public static final String TYPE = "studio:platform:MetricsServer";
    public static final String NAME = "metrics-server";

    static final HelmChart CHART = new HelmChart("metrics-server", "https://kubernetes-sigs.github.io/metrics-server/", "3.12.1");

    /**
     * Its pods run as non-root (uid 1000) with no privilege escalation, all capabilities dropped and
     * the RuntimeDefault seccomp profile, and use no host namespaces (values.yaml securityContext
     * L54-63, hostNetwork.enabled false L75): restricted admits them.
     */
    static final PodSecurity POD_SECURITY = PodSecurity.RESTRICTED;

    /**
     * @param replicas           metrics-server pods; more than one gets a PodDisruptionBudget
     * @param kubeletInsecureTls skip verifying kubelet serving certificates
     */
    public record Options(int replicas, boolean kubeletInsecureTls) {
        public Options {
            if (replicas < 1) {
                throw new IllegalArgumentException("metrics-server needs at least one replica, got " + replicas);
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // Shared environments autoscale on these metrics, so an outage there stalls every HPA.
            int replicas = settings.environment().isShared() ? 2 : 1;
            // kind's kubelets serve self-signed certificates that no cluster CA has signed; EKS's are signed.
            return new Options(replicas, cluster.cloud() == Cloud.KIND);
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new MetricsServer(NAME, options, context));
    }

    private final Release release;

    MetricsServer(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        var cluster = context.cluster();
        var installed = CHART.installInOwnNamespace(NAME, NAME, POD_SECURITY, MetricsServerValues.of(options).toMap(), cluster, this);
        this.release = installed.release();
        registerOutputs(Map.of("namespace", installed.namespace()));
    }

    public Release release() {
        return release;
    }
}
