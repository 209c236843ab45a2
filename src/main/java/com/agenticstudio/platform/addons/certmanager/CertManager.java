package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.scheduling.PlatformScheduling;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.AcmeHttp01;
import com.agenticstudio.platform.services.Edge;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cert-manager with its CRDs, and the ClusterIssuers that sign the platform's certificates. It
 * requires the edge add-on: the ACME issuers solve HTTP-01 through the edge, and with a Gateway API
 * edge the controller starts only once the Gateway API CRDs exist.
 */
public final class CertManager extends HelmAddon {
    public static final String TYPE = "studio:platform:CertManager";
    public static final AddonId<CertManager> ID = AddonId.of("cert-manager", CertManager.class);

    /**
     * Controller, webhook, cainjector and the startupapicheck job run as non-root with the
     * RuntimeDefault seccomp profile, no privilege escalation and all capabilities dropped.
     */
    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "every pod runs as non-root with RuntimeDefault seccomp and no capabilities (values securityContext, containerSecurityContext)");

    static final int WEBHOOK_PORT = 10250;
    static final int METRICS_PORT = 9402;
    static final Map<String, String> CONTROLLER_PODS = Map.of(
            "app.kubernetes.io/name", "cert-manager",
            "app.kubernetes.io/instance", ID.name(),
            "app.kubernetes.io/component", "controller");
    static final Map<String, String> WEBHOOK_PODS = Map.of(
            "app.kubernetes.io/name", "webhook",
            "app.kubernetes.io/instance", ID.name(),
            "app.kubernetes.io/component", "webhook");

    /** The controller's metrics Service (templates/service.yaml at v1.21.1: rendered with prometheus.enabled). */
    static final Map<String, String> METRICS_SERVICE_LABELS = Map.of(
            "app.kubernetes.io/name", "cert-manager",
            "app.kubernetes.io/instance", ID.name(),
            "app.kubernetes.io/component", "controller");
    static final String METRICS_PORT_NAME = "http-metrics";

    /** Where Prometheus scrapes cert-manager: its controller's certificate and ACME metrics. */
    public static List<MetricsEndpoint> metrics() {
        return List.of(MetricsEndpoint.service(ID.name(), NAMESPACE.name(), METRICS_SERVICE_LABELS, METRICS_PORT_NAME,
                METRICS_PORT, "/metrics"));
    }

    /**
     * @param replicas            pods of each of controller, webhook and cainjector; more than one gets PDBs
     * @param issuers             the ClusterIssuers this cluster offers
     * @param monitoringNamespace where Prometheus scrapes the metrics from
     * @param edge                the add-on that serves the public edge
     */
    public record Options(int replicas, ClusterIssuers issuers, String monitoringNamespace, AddonId<? extends Edge> edge) {
        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
        }

        public static Options from(Settings settings, ClusterInfo cluster, AddonId<? extends Edge> edge) {
            // While the webhook is down no Certificate or Issuer can be changed; shared environments keep two.
            int replicas = settings.environment().isShared() ? 2 : 1;
            ClusterIssuers issuers = cluster.cloud() == Cloud.KIND
                    ? new ClusterIssuers.LocalCa()
                    : new ClusterIssuers.LetsEncrypt(settings.edge().tls().acmeEmail());
            return new Options(replicas, issuers, settings.app().egress().monitoringNamespace(), edge);
        }
    }

    public static Addon<CertManager> addon(Options options) {
        return Addon.of(ID, List.of(options.edge(), PlatformScheduling.ID),
                context -> new CertManager(options, context, context.require(options.edge())));
    }

    private final Release release;
    private final List<Resource> issuers;

    CertManager(Options options, AddonContext context, Edge edge) {
        super(TYPE, context, CertManagerValues.chart(), NAMESPACE);
        var solver = edge.acmeHttp01();
        var scheduling = context.require(PlatformScheduling.ID);
        var values = new CertManagerValues(NAMESPACE.name(), options.replicas(), solver instanceof AcmeHttp01.GatewayRoutes,
                scheduling.priorityClass(Scheduling.Tier.PLATFORM));
        var waitFor = new ArrayList<Resource>(edge.certManagerPrerequisites());
        waitFor.add(scheduling.ready(Scheduling.Tier.PLATFORM));
        this.release = install(values.toMap(), flows(options, cluster().network()), waitFor.toArray(Resource[]::new));
        this.issuers = options.issuers().declare(cluster(), this, release, NAMESPACE.name(), solver);
        registerOutputs(Map.of());
    }

    static List<Flow> flows(Options options, ClusterNetwork network) {
        var flows = new ArrayList<Flow>();
        flows.add(Flow.apiServer(network, Map.of()));
        flows.add(Flow.webhook(network, WEBHOOK_PODS, WEBHOOK_PORT));
        flows.add(Flow.scrape(options.monitoringNamespace(), Map.of(), METRICS_PORT));
        if (options.issuers() instanceof ClusterIssuers.LetsEncrypt) {
            // The ACME API on 443, and the HTTP-01 self-check against the public host on 80.
            flows.add(Flow.out("allow-acme", CONTROLLER_PODS, ClusterNetwork.Endpoints.internet(80, 443)));
        }
        return flows;
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
