package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStore;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStoreArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.enums.ClusterSecretStoreAwsService;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsJwtAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpWorkloadIdentityArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpsmArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpsmAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreProviderArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreServiceAccountRefArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreSpecArgs;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.CloudAccess;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * external-secrets: copies entries of the cloud's secret manager into Kubernetes Secrets, so that
 * staging and prod credentials never pass through Pulumi state. Cloud clusters only; dev reads its
 * secrets from Pulumi's encrypted config.
 *
 * <p>The operator's service account gets a cloud identity that may read the entries named {@code <clusterName>-*}
 * and nothing else; one ClusterSecretStore points at the cloud's secret manager through that identity.
 */
public final class ExternalSecrets extends ComponentResource {
    public static final String TYPE = "studio:platform:ExternalSecrets";
    public static final String NAME = "external-secrets";

    static final HelmChart CHART = new HelmChart("external-secrets", "https://charts.external-secrets.io", "0.9.20");

    /**
     * All three deployments (controller, webhook, cert controller) run as non-root (uid 1000) with no
     * privilege escalation, all capabilities dropped and the RuntimeDefault seccomp profile, and use
     * no host namespaces or host paths (values.yaml securityContext L152-162, webhook L390, certController
     * L508; hostNetwork false; templates/*deployment.yaml mount only the webhook's cert Secret):
     * restricted admits them.
     */
    static final PodSecurity POD_SECURITY = PodSecurity.RESTRICTED;

    /**
     * @param namespace         namespace of the operator
     * @param serviceAccount    the controller's service account, named so that the cloud identity can trust it
     * @param storeName         the ClusterSecretStore that ExternalSecrets refer to
     * @param secretPrefix      the only secret-manager names the operator may read
     * @param replicas          pods of each of the three deployments; more than one gets PDBs and leader election
     * @param spreadAcrossZones spread each deployment's pods over the cluster's zones
     */
    public record Options(
            String namespace,
            String serviceAccount,
            String storeName,
            String secretPrefix,
            int replicas,
            boolean spreadAcrossZones) {

        public Options {
            if (replicas < 1) {
                throw new IllegalArgumentException("external-secrets needs at least one replica, got " + replicas);
            }
        }

        public static Options from(Settings settings, ClusterInfo cluster) {
            // In shared environments a missing webhook blocks every ExternalSecret change: run two of each.
            int replicas = settings.environment().isShared() ? 2 : 1;
            return new Options(NAME, NAME, settings.app().database().secretStore(),
                    settings.app().database().secretPrefix(), replicas, cluster.multiZone());
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new ExternalSecrets(NAME, options, context));
    }

    private final String storeName;
    private final Release release;
    private final ClusterSecretStore store;

    ExternalSecrets(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        var cluster = context.cluster();
        var annotations = cluster.identity().bind(NAME, options.namespace(), options.serviceAccount(),
                new CloudAccess.ReadSecrets(options.secretPrefix()), this);
        var installed = CHART.installInOwnNamespace(NAME, options.namespace(), POD_SECURITY,
                ExternalSecretsValues.of(options, annotations).toMap(), cluster, this);
        this.release = installed.release();
        this.storeName = options.storeName();
        // The release installs the ClusterSecretStore CRD (installCRDs) and the webhook that validates it.
        this.store = new ClusterSecretStore(options.storeName(), ClusterSecretStoreArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(options.storeName())
                        .labels(Map.of("app.kubernetes.io/managed-by", "pulumi"))
                        .build())
                .spec(ClusterSecretStoreSpecArgs.builder()
                        .provider(provider(cluster.location(), options))
                        .build())
                .build(), KubeOptions.of(cluster, this, release));
        registerOutputs(Map.of(
                "namespace", installed.namespace(),
                "storeName", Output.of(storeName)));
    }

    /** The cloud's secret manager, read with the operator's own service account token. */
    static ClusterSecretStoreProviderArgs provider(ClusterLocation location, Options options) {
        var serviceAccount = ClusterSecretStoreServiceAccountRefArgs.builder()
                .name(options.serviceAccount())
                .namespace(options.namespace())
                .build();
        if (location instanceof ClusterLocation.Aws aws) {
            return ClusterSecretStoreProviderArgs.builder()
                    .aws(ClusterSecretStoreAwsArgs.builder()
                            .service(ClusterSecretStoreAwsService.SecretsManager)
                            .region(aws.region())
                            .auth(ClusterSecretStoreAwsAuthArgs.builder()
                                    .jwt(ClusterSecretStoreAwsJwtAuthArgs.builder().serviceAccountRef(serviceAccount).build())
                                    .build())
                            .build())
                    .build();
        }
        if (location instanceof ClusterLocation.Gcp gcp) {
            return ClusterSecretStoreProviderArgs.builder()
                    .gcpsm(ClusterSecretStoreGcpsmArgs.builder()
                            .projectID(gcp.project())
                            .auth(ClusterSecretStoreGcpsmAuthArgs.builder()
                                    .workloadIdentity(ClusterSecretStoreGcpWorkloadIdentityArgs.builder()
                                            .clusterLocation(gcp.region())
                                            .clusterName(gcp.clusterName())
                                            .clusterProjectID(gcp.project())
                                            .serviceAccountRef(serviceAccount)
                                            .build())
                                    .build())
                            .build())
                    .build();
        }
        throw new IllegalArgumentException("external-secrets needs a cloud secret manager; a "
                + location.cloud().id() + " cluster has none (dev reads secrets from Pulumi config)");
    }

    /** The ClusterSecretStore's name, for ExternalSecrets' secretStoreRef. */
    public String storeName() {
        return storeName;
    }

    /** The ClusterSecretStore; ExternalSecrets wait for it. */
    public Resource store() {
        return store;
    }

    public Release release() {
        return release;
    }
}
