package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonInstaller;
import com.agenticstudio.platform.addons.certmanager.CertManager;
import com.agenticstudio.platform.addons.ingress.IngressNginx;
import com.agenticstudio.platform.addons.metrics.MetricsServer;
import com.agenticstudio.platform.addons.secrets.ExternalSecrets;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The platform layer: the add-ons every cluster runs, chosen per cloud, installed in parallel. */
public final class Platform extends ComponentResource {
    public static final String TYPE = "studio:platform:Platform";

    private final PlatformServices services;

    public Platform(String name, Settings settings, ClusterInfo cluster, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var installed = AddonInstaller.install(addons(settings, cluster), cluster, this);
        this.services = services(installed);
        registerOutputs(Map.of());
    }

    /** Which add-ons a cluster gets; each add-on's own options come from the settings here. */
    static List<Addon> addons(Settings settings, ClusterInfo cluster) {
        var addons = new ArrayList<Addon>();
        addons.add(IngressNginx.addon(IngressNginx.Options.from(settings, cluster)));
        addons.add(CertManager.addon(CertManager.Options.from(settings, cluster)));
        if (cluster.cloud() != Cloud.GCP) { // GKE ships its own metrics-server
            addons.add(MetricsServer.addon(MetricsServer.Options.from(settings, cluster)));
        }
        if (cluster.cloud() != Cloud.KIND) { // dev secrets come from Pulumi's encrypted config
            addons.add(ExternalSecrets.addon(ExternalSecrets.Options.from(settings, cluster)));
        }
        return addons;
    }

    private static PlatformServices services(Map<String, ComponentResource> installed) {
        var ingress = (IngressNginx) installed.get(IngressNginx.NAME);
        var secrets = Optional.ofNullable((ExternalSecrets) installed.get(ExternalSecrets.NAME))
                .map(eso -> new PlatformServices.SecretStore(eso.storeName(), eso.store()));
        return new PlatformServices(ingress.className(), ingress.namespaceName(), ingress.release(), secrets);
    }

    public PlatformServices services() {
        return services;
    }
}
