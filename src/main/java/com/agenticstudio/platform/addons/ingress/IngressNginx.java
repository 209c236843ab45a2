package com.agenticstudio.platform.addons.ingress;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import java.util.Map;

/**
 * The ingress-nginx controller and the cluster's default IngressClass. How traffic reaches it
 * depends on the cloud ({@link Exposure}); everything else is the same everywhere.
 */
public final class IngressNginx extends ComponentResource {
    public static final String TYPE = "studio:platform:IngressNginx";
    public static final String NAME = "ingress-nginx";
    /** The IngressClass this controller serves. */
    public static final String CLASS_NAME = "nginx";

    static final HelmChart CHART = new HelmChart("ingress-nginx", "https://kubernetes.github.io/ingress-nginx", "4.10.1");

    /**
     * @param replicas  controller pods
     * @param exposure  how traffic from outside reaches them
     * @param multiZone whether zone spreading can be a hard rule
     */
    public record Options(int replicas, Exposure exposure, boolean multiZone) {
        public Options {
            if (replicas < 1) {
                throw new IllegalArgumentException("ingress-nginx needs at least one replica, got " + replicas);
            }
            if (exposure instanceof Exposure.HostPorts && replicas != 1) {
                throw new IllegalArgumentException("host ports are mapped on one node only, so exactly one controller fits, got " + replicas);
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // The settings refuse more than one controller on kind: only the ingress-ready node has
            // ports 80/443 mapped to the host, so a second one could never be scheduled.
            return new Options(settings.edge().ingressReplicas(), Exposure.forCloud(cluster.cloud()), cluster.multiZone());
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new IngressNginx(NAME, options, context));
    }

    private final Release release;

    IngressNginx(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        var cluster = context.cluster();
        var installed = CHART.installInOwnNamespace(NAME, NAME, options.exposure().podSecurity(),
                IngressNginxValues.of(options).toMap(), cluster, this);
        this.release = installed.release();
        registerOutputs(Map.of(
                "ingressClassName", Output.of(CLASS_NAME),
                "namespace", installed.namespace()));
    }

    public String className() {
        return CLASS_NAME;
    }

    /** The controller runs in a namespace named after the add-on. */
    public String namespaceName() {
        return NAME;
    }

    /** Ingress objects wait for this: the controller's admission webhook must answer before they are admitted. */
    public Release release() {
        return release;
    }
}
