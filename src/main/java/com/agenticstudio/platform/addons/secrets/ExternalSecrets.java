package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.addons.scheduling.PlatformScheduling;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.MetricsEndpoint;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * external-secrets: copies entries of the cloud's secret manager into Kubernetes Secrets, so that
 * staging and prod credentials never pass through Pulumi state. Cloud clusters only; dev reads its
 * secrets from Pulumi's encrypted config.
 *
 * <p>The operator's service account holds one cloud permission, declared here: read the entries named
 * {@code <clusterName>-*} and nothing else. One ClusterSecretStore points at the cloud's secret
 * manager through that identity; workloads get Secrets from it through {@link SecretStore}.
 */
public final class ExternalSecrets extends HelmAddon implements SecretStore {
    public static final String TYPE = "studio:platform:ExternalSecrets";
    public static final AddonId<ExternalSecrets> ID = AddonId.of("external-secrets", ExternalSecrets.class);

    static final AddonNamespace NAMESPACE = new AddonNamespace(ID.name(), PodSecurity.RESTRICTED,
            "controller, webhook and cert controller run as uid 1000 without privilege escalation, capabilities"
                    + " or host namespaces, with RuntimeDefault seccomp");
    static final int WEBHOOK_PORT = 10250;
    static final int METRICS_PORT = 8080;
    static final String SECRET_ACCESSOR = "roles/secretmanager.secretAccessor";

    static final String METRICS_SERVICE = ID.name() + "-metrics";
    static final String METRICS_PORT_NAME = "metrics";

    /**
     * Where Prometheus scrapes the controller: the metrics Service that metrics.service.enabled renders
     * (templates/service.yaml at helm-chart-2.9.0), selected by the chart's selector labels.
     */
    public static List<MetricsEndpoint> metrics() {
        return List.of(MetricsEndpoint.service(ID.name(), NAMESPACE.name(), ExternalSecretsValues.Part.CONTROLLER.pods(ID.name()),
                METRICS_PORT_NAME, METRICS_PORT, "/metrics"));
    }

    /**
     * @param serviceAccount      the controller's service account, named so that the cloud identity can trust it
     * @param storeName           the ClusterSecretStore that ExternalSecrets refer to
     * @param secretPrefix        the only secret-manager names the operator may read
     * @param replicas            pods of each of the three deployments; more than one gets PDBs and leader election
     * @param spreadAcrossZones   spread each deployment's pods over the cluster's zones
     * @param monitoringNamespace where Prometheus scrapes the metrics from
     * @param extraReads          entries outside the prefix the operator must read too (the managed
     *                            database's credentials, which the cloud names itself)
     */
    public record Options(
            String serviceAccount,
            String storeName,
            String secretPrefix,
            int replicas,
            boolean spreadAcrossZones,
            String monitoringNamespace,
            List<CloudPermission> extraReads) {

        public Options {
            Replicas.atLeastOne(ID.name(), replicas);
            extraReads = List.copyOf(extraReads);
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // In shared environments a missing webhook blocks every ExternalSecret change: run two of each.
            int replicas = settings.environment().isShared() ? 2 : 1;
            var extraReads = cluster.database().map(database -> database.credentials() instanceof
                    ManagedDatabase.Credentials.CloudSecret secret ? secret.readers() : List.<CloudPermission>of()).orElse(List.of());
            return new Options(ID.name(), settings.app().database().secretStore(),
                    settings.app().database().secretPrefix(), replicas, cluster.multiZone(),
                    settings.app().egress().monitoringNamespace(), extraReads);
        }
    }

    public static Addon<ExternalSecrets> addon(Options options) {
        return Addon.of(ID, List.of(PlatformScheduling.ID), context -> new ExternalSecrets(options, context));
    }

    private final Options options;
    private final Release release;
    private final KubernetesCustomResource store;

    ExternalSecrets(Options options, AddonContext context) {
        super(TYPE, context, ExternalSecretsValues.chart(), NAMESPACE);
        this.options = options;
        var location = cluster().location();
        var permissions = new ArrayList<>(permissions(location, options.secretPrefix()));
        permissions.addAll(options.extraReads());
        var annotations = cloudIdentity(options.serviceAccount(), permissions);
        var scheduling = context.require(PlatformScheduling.ID);
        this.release = install(ExternalSecretsValues.of(options, annotations, scheduling.priorityClass(Scheduling.Tier.PLATFORM)).toMap(),
                flows(cluster().network(), options), scheduling.ready(Scheduling.Tier.PLATFORM));
        // The release installs the ClusterSecretStore CRD (installCRDs) and the webhook that validates it.
        this.store = new KubernetesCustomResource(options.storeName(), ObjectMetaArgs.builder()
                .name(options.storeName())
                .labels(Map.of("app.kubernetes.io/managed-by", "pulumi"))
                .build(), storeSpec(location, options), kubeOptions(release));
        registerOutputs(Map.of());
    }

    /** Read the secret manager entries whose names start with {@code prefix}, and nothing else. */
    static List<CloudPermission> permissions(ClusterLocation location, String prefix) {
        if (location instanceof ClusterLocation.Aws aws) {
            var arn = "arn:" + aws.partition() + ":secretsmanager:" + aws.region() + ":" + aws.accountId() + ":secret:" + prefix + "*";
            return List.of(new CloudPermission.AwsPolicy("read-secrets", PolicyDocument.of(PolicyDocument.Statement.allow(
                    List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), List.of(arn)))));
        }
        if (location instanceof ClusterLocation.Gcp) {
            // Secret versions are named projects/NUMBER/secrets/ID/versions/V in IAM conditions. The project
            // number is not in the settings (no look-up is made), so the condition extracts the secret id.
            return List.of(new CloudPermission.GcpProjectRole(SECRET_ACCESSOR, Optional.of(new CloudPermission.GcpCondition(
                    "secrets " + prefix + "*", "Only secrets whose id starts with " + prefix,
                    "resource.name.extract(\"/secrets/{secret}/\").startsWith(" + CloudPermission.GcpCondition.celString(prefix) + ")"))));
        }
        throw noSecretManager(location);
    }

    static List<Flow> flows(ClusterNetwork network, Options options) {
        var flows = new ArrayList<Flow>();
        flows.add(Flow.apiServer(network, Map.of()));
        flows.add(Flow.webhook(network, ExternalSecretsValues.Part.WEBHOOK.pods(ID.name()), WEBHOOK_PORT));
        flows.addAll(Flow.cloudApis(network, ExternalSecretsValues.Part.CONTROLLER.pods(ID.name())));
        flows.add(Flow.scrape(options.monitoringNamespace(), Map.of(), METRICS_PORT));
        return flows;
    }

    /** The cloud's secret manager, read with the operator's own service account token. */
    static ClusterSecretStoreSpec storeSpec(ClusterLocation location, Options options) {
        var account = new ClusterSecretStoreSpec.ServiceAccountRef(options.serviceAccount(), NAMESPACE.name());
        if (location instanceof ClusterLocation.Aws aws) {
            return new ClusterSecretStoreSpec.AwsSecretsManager(aws.region(), account);
        }
        if (location instanceof ClusterLocation.Gcp gcp) {
            return new ClusterSecretStoreSpec.GcpSecretManager(gcp.project(), gcp.region(), gcp.clusterName(), account);
        }
        throw noSecretManager(location);
    }

    private static IllegalArgumentException noSecretManager(ClusterLocation location) {
        return new IllegalArgumentException("external-secrets needs a cloud secret manager; a "
                + location.cloud().id() + " cluster has none (dev reads secrets from Pulumi config)");
    }

    /** An ExternalSecret on this add-on's store; it waits for the store, which waits for the CRDs and the webhook. */
    @Override
    public Resource sync(SecretSync sync, Resource parent, Resource... after) {
        return externalSecret(sync.name(), sync.namespace(), sync.labels(), new ExternalSecretSpec(options.storeName(),
                sync.secretName(), sync.keys(), sync.refreshInterval(), sync.plainKeys()), parent, after);
    }

    /** An ExternalSecret whose template composes the Secret from one entry's properties. */
    @Override
    public Resource compose(SecretComposition composition, Resource parent, Resource... after) {
        return externalSecret(composition.name(), composition.namespace(), composition.labels(),
                ExternalSecretSpec.composed(options.storeName(), composition.secretName(), new ExternalSecretSpec.Composed(
                        composition.remoteKey(), composition.properties(), composition.templates()), composition.refreshInterval()),
                parent, after);
    }

    /** Named after the Secret it writes, in the Secret's namespace. */
    private Resource externalSecret(String name, String namespace, java.util.Map<String, String> labels, ExternalSecretSpec spec,
                                    Resource parent, Resource... after) {
        var waitFor = new ArrayList<Resource>(List.of(after));
        waitFor.add(store);
        return new KubernetesCustomResource(name, ObjectMetaArgs.builder()
                .name(spec.targetSecret())
                .namespace(namespace)
                .labels(labels)
                .build(), spec, KubeOptions.of(cluster(), parent, waitFor.toArray(Resource[]::new)));
    }

    public String storeName() {
        return options.storeName();
    }

    public Resource store() {
        return store;
    }

    public Release release() {
        return release;
    }
}
