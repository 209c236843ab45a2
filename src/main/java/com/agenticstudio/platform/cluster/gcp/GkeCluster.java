package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.CloudAccount;
import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.Kubeconfig;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.cluster.StorageClasses;
import com.agenticstudio.platform.settings.AccessSettings;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.DatabaseSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.ProviderArgs;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.container.ClusterArgs;
import com.pulumi.gcp.container.inputs.ClusterAuthenticatorGroupsConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterClusterAutoscalingArgs;
import com.pulumi.gcp.container.inputs.ClusterDatabaseEncryptionArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterLoggingConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyDailyMaintenanceWindowArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs;
import com.pulumi.gcp.container.inputs.ClusterPrivateClusterConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.gcp.container.inputs.ClusterWorkloadIdentityConfigArgs;
import com.pulumi.gcp.kms.CryptoKey;
import com.pulumi.gcp.kms.CryptoKeyArgs;
import com.pulumi.gcp.kms.CryptoKeyIAMMember;
import com.pulumi.gcp.kms.CryptoKeyIAMMemberArgs;
import com.pulumi.gcp.kms.KeyRing;
import com.pulumi.gcp.kms.KeyRingArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regional GKE cluster with private nodes: its network, a node service account with only the roles
 * nodes need, the control plane (workload identity, Dataplane V2 so NetworkPolicies are enforced, a
 * public endpoint only the allowed networks reach, in prod Secrets encrypted with its own Cloud KMS
 * key), autoscaled node pools, a Kubernetes provider that waits for the nodes, and the platform's
 * pd-balanced StorageClass.
 */
public final class GkeCluster extends ComponentResource implements ClusterComponent {
    public static final String TYPE = "studio:cluster:Gke";

    /**
     * The private control plane's /28. There is no setting for it: it only has to stay clear of the
     * node, pod and service ranges, which {@link Options} checks.
     */
    public static final Cidr CONTROL_PLANE_CIDR = Cidr.of("172.16.0.0/28");
    /**
     * The workload whose identity logs in to Cloud SQL: its name in the program (StudioPlatform), under
     * which it binds its workload identity; the database user is that Google service account.
     */
    static final String DATABASE_CLIENT = "fastapi-backend";

    /**
     * REGULAR, not STABLE: Regular offers both minors the settings allow (1.33-1.36 in mid-2026, 1.35
     * its default since July 2026), while Stable lags the minor: mid-2026 it offered 1.33-1.35 with a
     * 1.34 default and no 1.36 (GKE release notes: the Regular and Stable channel feeds and the
     * "current versions" table). minMasterVersion keeps the cluster at least at the settings' minor.
     */
    static final String RELEASE_CHANNEL = "REGULAR";

    /** The Secrets key turns over every 90 days; old versions stay to decrypt what they encrypted. */
    static final String KEY_ROTATION_PERIOD = (90 * 24 * 60 * 60) + "s";
    static final String ENCRYPTER_DECRYPTER = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

    /**
     * The platform's StorageClass. Not the default: GKE ships and manages its own default class,
     * standard-rwo (pd-balanced as well), and the platform does not fight it over that mark; stateful
     * add-ons name this class explicitly through ClusterInfo.storageClass().
     */
    public static final String STORAGE_CLASS = "studio-balanced";

    /** What a node needs: write logs and metrics, read monitoring config. Nothing else. */
    static final List<String> NODE_ROLES = List.of(
            "roles/logging.logWriter",
            "roles/monitoring.metricWriter",
            "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer");

    /**
     * @param projectNumber   names GKE's service agent, which the Secrets key is granted to; required with {@code protect}
     * @param apiAllowedCidrs the master authorized networks; empty leaves the public endpoint open
     * @param protect         refuse to delete the cluster, its network and subnetwork, and the Secrets key;
     *                        also GKE's own deletion protection; encrypt Secrets with the cluster's own KMS key;
     *                        released volumes keep their disks
     */
    public record Options(
            String clusterName,
            String kubernetesVersion,
            String environment,
            String project,
            Optional<String> projectNumber,
            String region,
            List<String> zones,
            String machineType,
            ClusterSettings.NodePools nodes,
            ClusterSettings.Network network,
            List<Cidr> apiAllowedCidrs,
            AccessSettings access,
            boolean protect,
            Optional<DatabaseSettings> database) {

        public Options {
            zones = List.copyOf(zones);
            apiAllowedCidrs = List.copyOf(apiAllowedCidrs);
            if (protect && projectNumber.isEmpty()) {
                throw new IllegalArgumentException("encrypting Secrets with a KMS key needs the project number of " + project);
            }
            if (zones.isEmpty()) {
                throw new IllegalArgumentException("a GKE cluster needs at least one node zone");
            }
            for (var range : List.of(network.nodes(), network.pods(), network.services())) {
                if (range.overlaps(CONTROL_PLANE_CIDR)) {
                    throw new IllegalArgumentException("address range " + range + " overlaps the GKE control plane range "
                            + CONTROL_PLANE_CIDR);
                }
            }
        }

        public static Options from(Settings settings, ClusterSettings.Gcp placement) {
            var cluster = settings.cluster();
            return new Options(cluster.name(), cluster.kubernetesVersion(), settings.environment().id(),
                    placement.project(), placement.projectNumber(), placement.region(), placement.zones(),
                    placement.machineType(), cluster.nodes(), cluster.network(), cluster.apiAllowedCidrs(), settings.access(),
                    settings.environment().protectsData(), Optional.of(settings.database()).filter(DatabaseSettings::managed));
        }

        /** Application-layer Secrets encryption with the cluster's own key: prod, whose data must be kept. */
        public boolean encryptsSecretsWithOwnKey() {
            return protect;
        }

        /** GKE's service agent, which encrypts and decrypts Secrets with the key. */
        public Optional<String> serviceAgent() {
            return projectNumber.map(number -> "serviceAccount:service-" + number + "@container-engine-robot.iam.gserviceaccount.com");
        }

        /**
         * Google Groups for RBAC: when the access groups are Google Groups (e-mail addresses) of one domain,
         * GKE must look them up under gke-security-groups@ that domain. Plain Kubernetes group names need nothing.
         */
        public Optional<String> securityGroup() {
            var groups = List.of(access.deployerGroup(), access.developerGroup());
            var domains = groups.stream()
                    .map(g -> g.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? g.substring(g.indexOf('@') + 1) : "")
                    .distinct().toList();
            return domains.size() == 1 && !domains.get(0).isEmpty()
                    ? Optional.of("gke-security-groups@" + domains.get(0))
                    : Optional.empty();
        }
    }

    private final ClusterInfo info;
    private final CloudAccount account;

    public GkeCluster(String name, Options options, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);

        var gcp = new Provider(name + "-gcp", ProviderArgs.builder()
                .project(options.project())
                .region(options.region())
                .defaultLabels(Map.of(
                        "studio-cluster", options.clusterName(),
                        "studio-environment", options.environment(),
                        "managed-by", "pulumi"))
                .build(), CustomResourceOptions.builder().parent(this).version(CloudPlugins.GCP).build());

        var network = new GcpNetwork(name + "-network", new GcpNetwork.Options(options.clusterName(), options.region(),
                options.network().nodes(), options.network().pods(), options.network().services(), CONTROL_PLANE_CIDR,
                options.protect()), gcp, ComponentResourceOptions.builder().parent(this).build());

        // The default compute service account is project Editor; nodes get their own, minimal one.
        var nodeAccount = new Account(name + "-nodes", AccountArgs.builder()
                .accountId(ServiceAccountIds.derive(options.clusterName() + "-nodes"))
                .displayName("GKE nodes of " + options.clusterName())
                .build(), plain(gcp));
        for (var role : NODE_ROLES) {
            new IAMMember(name + "-nodes-" + role.substring(role.indexOf('/') + 1), IAMMemberArgs.builder()
                    .project(options.project())
                    .role(role)
                    .member(nodeAccount.member())
                    .build(), plain(gcp));
        }

        var clusterArgs = ClusterArgs.builder()
                .name(options.clusterName())
                .location(options.region()) // regional: the control plane is replicated across the region's zones
                .nodeLocations(options.zones())
                .network(network.networkId())
                .subnetwork(network.subnetworkId())
                .networkingMode("VPC_NATIVE")
                .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder()
                        .clusterSecondaryRangeName(GcpNetwork.POD_RANGE)
                        .servicesSecondaryRangeName(GcpNetwork.SERVICE_RANGE)
                        .build())
                // Node pools are separate resources, so they can change without replacing the cluster.
                .removeDefaultNodePool(true)
                .initialNodeCount(1)
                .releaseChannel(ClusterReleaseChannelArgs.builder().channel(RELEASE_CHANNEL).build())
                .minMasterVersion(options.kubernetesVersion())
                .workloadIdentityConfig(ClusterWorkloadIdentityConfigArgs.builder()
                        .workloadPool(workloadPool(options.project()))
                        .build())
                .privateClusterConfig(ClusterPrivateClusterConfigArgs.builder()
                        .enablePrivateNodes(true)
                        .enablePrivateEndpoint(false) // CI and people reach the API from outside, from the authorized networks
                        .masterIpv4CidrBlock(CONTROL_PLANE_CIDR.toString())
                        .build())
                .datapathProvider("ADVANCED_DATAPATH") // Dataplane V2 enforces NetworkPolicies
                .enableShieldedNodes(true)
                .loggingConfig(ClusterLoggingConfigArgs.builder()
                        .enableComponents("SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "CONTROLLER_MANAGER", "SCHEDULER")
                        .build())
                // Google Cloud Managed Service for Prometheus' managed collection is on by default on new
                // clusters (1.27+); it collects only what PodMonitoring objects name, and the platform declares
                // none, because kube-prometheus-stack (addons/monitoring) is the one collector. Off, so that no
                // collector runs on every node for nothing and nothing is ever scraped and billed twice. Cloud
                // Monitoring keeps the system components' metrics.
                .monitoringConfig(com.pulumi.gcp.container.inputs.ClusterMonitoringConfigArgs.builder()
                        .enableComponents("SYSTEM_COMPONENTS")
                        .managedPrometheus(com.pulumi.gcp.container.inputs.ClusterMonitoringConfigManagedPrometheusArgs.builder()
                                .enabled(false).build())
                        .build())
                .maintenancePolicy(ClusterMaintenancePolicyArgs.builder()
                        .dailyMaintenanceWindow(ClusterMaintenancePolicyDailyMaintenanceWindowArgs.builder()
                                .startTime("03:00").build())
                        .build())
                // Node pools autoscale within their own bounds; the profile says how eagerly GKE removes nodes.
                .clusterAutoscaling(ClusterClusterAutoscalingArgs.builder()
                        .autoscalingProfile(autoscalingProfile(options))
                        .build())
                .deletionProtection(options.protect());
        options.securityGroup().ifPresent(group -> clusterArgs.authenticatorGroupsConfig(
                ClusterAuthenticatorGroupsConfigArgs.builder().securityGroup(group).build()));
        authorizedNetworks(options).ifPresent(clusterArgs::masterAuthorizedNetworksConfig);
        var clusterNeeds = new ArrayList<Resource>();
        if (options.encryptsSecretsWithOwnKey()) {
            var grant = secretsKey(name, options, gcp);
            clusterArgs.databaseEncryption(ClusterDatabaseEncryptionArgs.builder()
                    .state("ENCRYPTED")
                    .keyName(grant.cryptoKeyId())
                    .build());
            clusterNeeds.add(grant); // GKE checks it may use the key when the cluster is created
        }
        var cluster = new Cluster(name + "-gke", clusterArgs.build(), CustomResourceOptions.builder()
                .parent(this).provider(gcp).version(CloudPlugins.GCP).protect(options.protect())
                .dependsOn(clusterNeeds)
                .build());

        var pools = GkeNodePools.create(name, options, cluster.name(), nodeAccount.email(), gcp, this);

        var kubeconfig = Kubeconfig.secret(options.clusterName(),
                cluster.endpoint().applyValue(endpoint -> "https://" + endpoint),
                cluster.masterAuth().applyValue(auth -> auth.clusterCaCertificate().orElseThrow()),
                new Kubeconfig.Exec("gke-gcloud-auth-plugin", List.of(), true,
                        "Install gke-gcloud-auth-plugin: https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin"));

        var kubernetes = KubernetesProviders.create(name + "-k8s", kubeconfig, this, List.<Resource>copyOf(pools));

        // GKE installs and runs the Compute Engine PD CSI driver itself; the provider already waits for the nodes.
        StorageClasses.create(name + "-storage-class", storageClass(options), kubernetes, this, List.of());

        var identity = new GkeWorkloadIdentity(
                new GkeWorkloadIdentity.Target(options.clusterName(), options.project(), cluster), gcp);

        // Cloud SQL on the cluster's VPC, through Private Service Access; its one user is the backend's identity.
        var database = options.database().map(settings -> new CloudSqlDatabase(name + "-database", new CloudSqlDatabase.Options(
                options.clusterName() + "-db", options.clusterName(), options.project(), options.region(), DATABASE_CLIENT,
                List.of(options.network().nodes(), options.network().pods(), options.network().services()), settings,
                !options.environment().equals("dev"), options.protect()), gcp, network.networkId(),
                ComponentResourceOptions.builder().parent(this).build()).database());

        this.info = new ClusterInfo(options.clusterName(), options.kubernetesVersion(),
                new ClusterLocation.Gcp(options.project(), options.region(), options.clusterName()), options.zones(),
                kubernetes, kubeconfig, identity, network(options), Optional.empty(), STORAGE_CLASS,
                Optional.of(new GcsBackupStorage(new GcsBackupStorage.Target(options.clusterName(), options.project(),
                        options.region(), options.protect()), gcp)), database);

        this.account = new CloudAccount.Gcp(gcp, this, options.project(), options.region(), options.clusterName());

        registerOutputs(Map.of(
                "clusterName", cluster.name(),
                "endpoint", cluster.endpoint(),
                "network", network.networkId(),
                "nodeServiceAccount", nodeAccount.email(),
                "kubeconfig", kubeconfig));
    }

    @Override
    public ClusterInfo info() {
        return info;
    }

    @Override
    public Optional<CloudAccount> account() {
        return Optional.of(account);
    }

    /**
     * Pods reach the private control plane's endpoint in its /28, which is also where webhook calls
     * come from. With workload identity, Google credentials come from the GKE metadata server
     * (169.254.169.254:80 and 169.254.169.252:988 under Dataplane V2), and Google APIs are public endpoints.
     */
    static ClusterNetwork network(Options options) {
        var controlPlane = List.of(CONTROL_PLANE_CIDR);
        return new ClusterNetwork(List.of(options.network().nodes()), ClusterNetwork.Endpoints.of(controlPlane, 443), controlPlane,
                List.of(ClusterNetwork.Endpoints.internet(443),
                        ClusterNetwork.Endpoints.of(List.of(Cidr.of("169.254.169.254/32")), 80),
                        ClusterNetwork.Endpoints.of(List.of(Cidr.of("169.254.169.252/32")), 988)));
    }

    /**
     * The only networks the public endpoint answers, or none (GKE's default: open) when the list is
     * empty. Google Cloud's own public addresses (Cloud Shell, Cloud Build) get no pass either.
     */
    static Optional<ClusterMasterAuthorizedNetworksConfigArgs> authorizedNetworks(Options options) {
        if (options.apiAllowedCidrs().isEmpty()) {
            return Optional.empty();
        }
        var blocks = new ArrayList<ClusterMasterAuthorizedNetworksConfigCidrBlockArgs>();
        for (int i = 0; i < options.apiAllowedCidrs().size(); i++) {
            blocks.add(ClusterMasterAuthorizedNetworksConfigCidrBlockArgs.builder()
                    .cidrBlock(options.apiAllowedCidrs().get(i).toString())
                    .displayName("studio-platform:apiAllowedCidrs[" + i + "]")
                    .build());
        }
        return Optional.of(ClusterMasterAuthorizedNetworksConfigArgs.builder()
                .cidrBlocks(blocks)
                .gcpPublicCidrsAccessEnabled(false)
                .build());
    }

    /**
     * The key that encrypts Secrets in etcd, in a key ring in the cluster's region (GKE wants the key
     * where the cluster is), and GKE's service agent's permission to use it. Cloud KMS never deletes
     * key rings and keys (destroying one only drops it from the state and its versions are scheduled
     * for destruction), which is also why only prod, which keeps its cluster, has one.
     */
    private CryptoKeyIAMMember secretsKey(String name, Options options, Provider gcp) {
        var kept = CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(options.protect()).build();
        var ring = new KeyRing(name + "-key-ring", KeyRingArgs.builder()
                .name(options.clusterName())
                .location(options.region())
                .build(), kept);
        var key = new CryptoKey(name + "-secrets-key", CryptoKeyArgs.builder()
                .name(options.clusterName() + "-secrets")
                .keyRing(ring.id())
                .purpose("ENCRYPT_DECRYPT")
                .rotationPeriod(KEY_ROTATION_PERIOD)
                .build(), kept);
        return new CryptoKeyIAMMember(name + "-secrets-key-gke", CryptoKeyIAMMemberArgs.builder()
                .cryptoKeyId(key.id())
                .role(ENCRYPTER_DECRYPTER)
                .member(options.serviceAgent().orElseThrow())
                .build(), plain(gcp));
    }

    /** Zonal pd-balanced disks in the zone of the pod that first uses them; prod keeps a released disk. */
    static StorageClasses.Spec storageClass(Options options) {
        return new StorageClasses.Spec(STORAGE_CLASS, "pd.csi.storage.gke.io", Map.of("type", "pd-balanced"),
                false, options.protect());
    }

    /**
     * OPTIMIZE_UTILIZATION outside prod: GKE removes underused nodes sooner and packs pods tighter,
     * which is what a cost-bound staging wants. Prod keeps BALANCED (GKE's default), which keeps spare
     * nodes a little longer so that the backend's scale-ups land on warm capacity.
     */
    static String autoscalingProfile(Options options) {
        return options.environment().equals("prod") ? "BALANCED" : "OPTIMIZE_UTILIZATION";
    }

    static String workloadPool(String project) {
        return project + ".svc.id.goog";
    }

    private CustomResourceOptions plain(Provider gcp) {
        return CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).build();
    }
}
