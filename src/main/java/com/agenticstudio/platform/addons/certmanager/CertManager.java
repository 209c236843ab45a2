package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.ingress.IngressNginx;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/** cert-manager with its CRDs, and the ClusterIssuers that sign the platform's certificates. */
public final class CertManager extends ComponentResource {
    public static final String TYPE = "studio:platform:CertManager";
    public static final String NAME = "cert-manager";

    static final HelmChart CHART = new HelmChart("cert-manager", "https://charts.jetstack.io", "v1.14.5");

    /**
     * Controller, webhook, cainjector and the startupapicheck job all run as non-root with the
     * RuntimeDefault seccomp profile, no privilege escalation and all capabilities dropped
     * (values.yaml securityContext / containerSecurityContext L260-273, and the same per component):
     * restricted admits them.
     */
    static final PodSecurity POD_SECURITY = PodSecurity.RESTRICTED;

    /**
     * @param replicas pods of each of controller, webhook and cainjector; more than one gets PDBs
     * @param issuers  the ClusterIssuers this cluster offers
     */
    public record Options(int replicas, ClusterIssuers issuers) {
        public Options {
            if (replicas < 1) {
                throw new IllegalArgumentException("cert-manager needs at least one replica, got " + replicas);
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // While the webhook is down no Certificate or Issuer can be changed; shared environments keep two.
            int replicas = settings.environment().isShared() ? 2 : 1;
            ClusterIssuers issuers = cluster.cloud() == Cloud.KIND
                    ? new ClusterIssuers.LocalCa()
                    : new ClusterIssuers.LetsEncrypt(settings.edge().tls().acmeEmail(), IngressNginx.CLASS_NAME);
            return new Options(replicas, issuers);
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new CertManager(NAME, options, context));
    }

    private final Release release;
    private final List<Resource> issuers;

    CertManager(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        var cluster = context.cluster();
        var installed = CHART.installInOwnNamespace(NAME, NAME, POD_SECURITY, CertManagerValues.of(NAME, options).toMap(), cluster, this);
        this.release = installed.release();
        this.issuers = options.issuers().declare(cluster, this, release, NAME);
        registerOutputs(Map.of("namespace", installed.namespace()));
    }

    /** The release that installs cert-manager's CRDs: a custom resource of cert-manager.io waits for it. */
    public Release release() {
        return release;
    }

    /** The ClusterIssuers (and, on kind, the CA Certificate behind one of them). */
    public List<Resource> issuers() {
        return issuers;
    }
}
