package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.CloudAccount;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.cluster.StorageClasses;
import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.Kubeconfig;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.settings.AccessSettings;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.DatabaseSettings;
import com.agenticstudio.platform.settings.Settings;
import com.google.gson.JsonObject;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.eks.Addon;
import com.pulumi.aws.eks.AddonArgs;
import com.pulumi.aws.eks.Cluster;
import com.pulumi.aws.eks.ClusterArgs;
import com.pulumi.aws.eks.inputs.ClusterAccessConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigProviderArgs;
import com.pulumi.aws.eks.inputs.ClusterKubernetesNetworkConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterVpcConfigArgs;
import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multi-zone EKS cluster from raw AWS resources: its VPC, the control plane with envelope-encrypted
 * secrets, all control-plane logs and a public endpoint only the allowed networks reach, an OIDC
 * provider for IRSA, the managed add-ons, managed node groups from hardened launch templates, access
 * entries for the access groups, a Kubernetes provider that waits for the nodes, and the default
 * encrypted gp3 StorageClass.
 */
public final class EksCluster extends ComponentResource implements ClusterComponent {
    public static final String TYPE = "studio:cluster:Eks";

    static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
    static final int LOG_RETENTION_DAYS = 90;
    /**
     * The EKS managed add-ons, none with a pinned version: created without addonVersion, EKS installs
     * "the version with True in the Defaultversion column" of describe-addon-versions for the
     * cluster's minor (docs.aws.amazon.com/eks/latest/userguide/creating-an-add-on.html). A pin would
     * have to move with every Kubernetes minor, and EKS itself validates an add-on version against
     * the cluster's. EKS does not move an installed add-on when the control plane is upgraded, so a
     * minor upgrade is followed by an update of each add-on (the EKS console or aws eks update-addon).
     *
     * <p>The DaemonSets (CNI, kube-proxy, Pod Identity agent) go in before the nodes join, so the
     * first node comes up with the managed, configured copies; CoreDNS and the EBS CSI controller are
     * Deployments that only become active once nodes run them, so they wait for the node groups.
     */
    static final String VPC_CNI = "vpc-cni";
    static final String KUBE_PROXY = "kube-proxy";
    static final String POD_IDENTITY_AGENT = "eks-pod-identity-agent";
    static final String COREDNS = "coredns";
    static final String EBS_CSI_DRIVER = "aws-ebs-csi-driver";
    /** The VolumeSnapshot CRDs and their controller, for CSI snapshots of EBS volumes (backups). */
    static final String SNAPSHOT_CONTROLLER = "snapshot-controller";

    /** The EBS CSI controller's service account and the AWS managed policy it needs (docs: ebs-csi.html). */
    static final String EBS_CSI_NAMESPACE = "kube-system";
    static final String EBS_CSI_SERVICE_ACCOUNT = "ebs-csi-controller-sa";
    static final CloudPermission EBS_CSI_POLICY = new CloudPermission.AwsManagedPolicy("service-role/AmazonEBSCSIDriverPolicy");

    /**
     * The platform's StorageClass, also the cluster's default: since Kubernetes 1.30 EKS no longer
     * marks its gp2 class as the default, so without one a claim that names no class stays pending.
     */
    public static final String STORAGE_CLASS = "gp3";

    /**
     * @param natGatewayPerZone prod keeps egress alive through a zone outage with one NAT gateway per
     *                          zone; staging shares one (a NAT gateway is billed per hour and per zone)
     *                          and accepts losing egress with that one zone
     * @param apiAllowedCidrs   the only networks the public API endpoint answers; empty keeps EKS's
     *                          default, 0.0.0.0/0 (the settings refuse that in prod)
     * @param protect           refuse to delete the cluster, its VPC and subnets, and its secrets key;
     *                          released volumes keep their disks
     * @param database          the managed database to declare beside the network (RDS); empty with an external one
     */
    public record Options(
            String clusterName,
            String kubernetesVersion,
            String environment,
            String region,
            String accountId,
            List<String> zones,
            String instanceType,
            ClusterSettings.NodePools nodes,
            ClusterSettings.Network network,
            List<Cidr> apiAllowedCidrs,
            AccessSettings access,
            boolean natGatewayPerZone,
            boolean protect,
            Optional<DatabaseSettings> database) {

        public Options {
            zones = List.copyOf(zones);
            apiAllowedCidrs = List.copyOf(apiAllowedCidrs);
            if (zones.size() < 2) {
                throw new IllegalArgumentException("EKS needs subnets in at least two availability zones, got " + zones);
            }
        }

        public static Options from(Settings settings, ClusterSettings.Aws placement) {
            var cluster = settings.cluster();
            return new Options(cluster.name(), cluster.kubernetesVersion(), settings.environment().id(),
                    placement.region(), placement.accountId(), placement.zones(), placement.instanceType(),
                    cluster.nodes(), cluster.network(), cluster.apiAllowedCidrs(), settings.access(),
                    settings.environment().survivesZoneLoss(),
                    settings.environment().protectsData(),
                    Optional.of(settings.database()).filter(DatabaseSettings::managed));
        }

        /** The ARN partition of the region (GovCloud and China have their own). */
        public String partition() {
            return ClusterLocation.Aws.partitionOf(region);
        }

        public SubnetPlan subnets() {
            return SubnetPlan.of(network.nodes(), zones);
        }

        String managedPolicy(String policyName) {
            return "arn:" + partition() + ":iam::aws:policy/" + policyName;
        }
    }

    private final ClusterInfo info;
    private final CloudAccount account;

    public EksCluster(String name, Options options, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);

        var aws = provider(name + "-aws", options.region(), options.accountId(), options.clusterName(), options.environment(), this);

        var network = new AwsNetwork(name + "-network", new AwsNetwork.Options(options.clusterName(),
                options.network().nodes(), options.subnets(), options.natGatewayPerZone(), options.protect()),
                aws, ComponentResourceOptions.builder().parent(this).build());

        var controlPlaneRole = role(name + "-control-plane", options.clusterName() + "-control-plane",
                "eks.amazonaws.com", aws);
        var controlPlanePolicies = attach(name + "-control-plane", controlPlaneRole,
                List.of(options.managedPolicy("AmazonEKSClusterPolicy")), aws);

        var secretsKey = new Key(name + "-secrets-key", KeyArgs.builder()
                .description("Envelope encryption of Kubernetes Secrets in " + options.clusterName())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .build(), kept(aws, options.protect()));
        var useKey = new RolePolicy(name + "-control-plane-secrets-key", RolePolicyArgs.builder()
                .role(controlPlaneRole.name())
                .policy(secretsKey.arn().applyValue(arn -> PolicyDocument.of(PolicyDocument.Statement.allow(
                        List.of("kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"), List.of(arn))).toJson()))
                .build(), plain(aws));

        // EKS would create this group itself, keeping logs forever; declared first, it gets a retention.
        var logs = new LogGroup(name + "-control-plane-logs", LogGroupArgs.builder()
                .name("/aws/eks/" + options.clusterName() + "/cluster")
                .retentionInDays(LOG_RETENTION_DAYS)
                .build(), plain(aws));
        var controlPlaneNeeds = new ArrayList<Resource>(controlPlanePolicies);
        controlPlaneNeeds.add(useKey);
        controlPlaneNeeds.add(logs);

        var endpoint = ClusterVpcConfigArgs.builder()
                .subnetIds(Output.all(network.privateSubnetIds()))
                .endpointPrivateAccess(true) // nodes reach the API server inside the VPC, whatever the public list says
                .endpointPublicAccess(true); // CI and people run Pulumi and kubectl from outside...
        if (!options.apiAllowedCidrs().isEmpty()) {  // ...but only from these networks
            endpoint.publicAccessCidrs(options.apiAllowedCidrs().stream().map(Cidr::toString).toList());
        }
        var cluster = new Cluster(name + "-eks", ClusterArgs.builder()
                .name(options.clusterName())
                .version(options.kubernetesVersion())
                .roleArn(controlPlaneRole.arn())
                .vpcConfig(endpoint.build())
                .kubernetesNetworkConfig(ClusterKubernetesNetworkConfigArgs.builder()
                        .ipFamily("ipv4")
                        .serviceIpv4Cidr(options.network().services().toString())
                        .build())
                .accessConfig(ClusterAccessConfigArgs.builder()
                        .authenticationMode("API_AND_CONFIG_MAP")
                        // Pulumi deploys the add-ons as the identity that created the cluster.
                        .bootstrapClusterCreatorAdminPermissions(true)
                        .build())
                .encryptionConfig(ClusterEncryptionConfigArgs.builder()
                        .resources("secrets")
                        .provider(ClusterEncryptionConfigProviderArgs.builder().keyArn(secretsKey.arn()).build())
                        .build())
                .enabledClusterLogTypes(LOG_TYPES)
                .build(), CustomResourceOptions.builder()
                .parent(this).provider(aws).version(CloudPlugins.AWS).protect(options.protect())
                // The role's policies and the log group outlive the cluster, or EKS cannot clean up.
                .dependsOn(controlPlaneNeeds)
                .build());

        var issuer = cluster.identities().applyValue(ids -> ids.get(0).oidcs().get(0).issuer().orElseThrow());
        var oidc = new OpenIdConnectProvider(name + "-oidc", OpenIdConnectProviderArgs.builder()
                .url(issuer)
                .clientIdLists(Irsa.AUDIENCE)
                .build(), plain(aws));

        var identity = new Irsa(new Irsa.Target(options.clusterName(), options.partition(), options.region(),
                options.accountId(), oidc.arn(), oidc.url().applyValue(url -> url.replaceFirst("^https://", ""))), aws);

        // The CNI with its network policy agent on: without it EKS ignores NetworkPolicies.
        var cni = addon(name, VPC_CNI, cluster, plain(aws), args -> args.configurationValues(vpcCniConfiguration()));
        var kubeProxy = addon(name, KUBE_PROXY, cluster, plain(aws), args -> { });
        var podIdentityAgent = addon(name, POD_IDENTITY_AGENT, cluster, plain(aws), args -> { });

        var nodeRole = role(name + "-nodes", options.clusterName() + "-nodes", "ec2.amazonaws.com", aws);
        var nodePolicies = attach(name + "-nodes", nodeRole, List.of(
                options.managedPolicy("AmazonEKSWorkerNodePolicy"),
                options.managedPolicy("AmazonEKS_CNI_Policy"),
                options.managedPolicy("AmazonEC2ContainerRegistryReadOnly"),
                options.managedPolicy("AmazonSSMManagedInstanceCore")), aws); // shell access without SSH keys
        // Nodes join with the aws-node and kube-proxy EKS bootstraps with every cluster; the managed add-ons
        // take those over (OVERWRITE) in parallel, and only the Kubernetes provider waits for them.
        var nodeGroups = EksNodeGroups.create(name, options, cluster.name(), nodeRole.arn(),
                network.privateSubnetIds(), aws, this, nodePolicies);
        // CoreDNS, the EBS CSI controller and the snapshot controller are Deployments: without nodes their
        // add-ons stay DEGRADED and the create times out, so they wait for the node groups.
        var afterNodes = CustomResourceOptions.builder().parent(this).provider(aws).version(CloudPlugins.AWS)
                .dependsOn(List.<Resource>copyOf(nodeGroups)).build();

        addon(name, COREDNS, cluster, afterNodes, args -> { });
        // The EBS CSI controller gets its own IRSA role with the managed policy, like any add-on's service account.
        var ebsCsiRole = identity.roleArn(EBS_CSI_DRIVER, EBS_CSI_NAMESPACE, EBS_CSI_SERVICE_ACCOUNT, List.of(EBS_CSI_POLICY), this);
        var ebsCsi = addon(name, EBS_CSI_DRIVER, cluster, afterNodes, args -> args.serviceAccountRoleArn(ebsCsiRole));
        // A Deployment like CoreDNS; only what takes snapshots waits for it, not the provider.
        var snapshotController = addon(name, SNAPSHOT_CONTROLLER, cluster, afterNodes, args -> { });

        EksAccess.create(name, options, cluster.name(), cluster.arn(), aws, this);

        var kubeconfig = Kubeconfig.secret(options.clusterName(), cluster.endpoint(),
                cluster.certificateAuthority().applyValue(ca -> ca.data().orElseThrow()),
                new Kubeconfig.Exec("aws",
                        List.of("eks", "get-token", "--cluster-name", options.clusterName(),
                                "--region", options.region(), "--output", "json"),
                        false,
                        "Install the AWS CLI v2: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html"));

        // Nothing above starts before the nodes and the network policy agent: an add-on's NetworkPolicies
        // would be ignored until the CNI enforces them.
        var readiness = new ArrayList<Resource>(nodeGroups);
        readiness.addAll(List.of(cni, kubeProxy, podIdentityAgent));
        var kubernetes = KubernetesProviders.create(name + "-k8s", kubeconfig, this, readiness);

        StorageClasses.create(name + "-storage-class", storageClass(options), kubernetes, this, List.of(ebsCsi));

        // The database lives beside the network, in its reserved block, and waits for nothing of the cluster.
        var database = options.database().map(settings -> new RdsDatabase(name + "-database", new RdsDatabase.Options(
                options.clusterName() + "-db", options.clusterName(), options.environment(), options.partition(), options.region(),
                options.accountId(), options.network().nodes(),
                options.subnets().zones().stream().map(SubnetPlan.Zone::privateSubnet).toList(), options.zones(), settings,
                !options.environment().equals("dev"), options.protect()), aws, network.vpcId(),
                ComponentResourceOptions.builder().parent(this).build()).database());

        this.info = new ClusterInfo(options.clusterName(), options.kubernetesVersion(),
                new ClusterLocation.Aws(options.region(), options.accountId(), network.vpcId()), options.zones(),
                kubernetes, kubeconfig, identity, network(options), Optional.empty(), STORAGE_CLASS,
                Optional.of(new S3BackupStorage(new S3BackupStorage.Target(options.clusterName(), options.partition(),
                        options.region(), options.accountId(), options.protect()), aws, snapshotController)), database);

        this.account = new CloudAccount.Aws(aws, this, options.partition(), options.region(), options.accountId(),
                options.clusterName(), cluster.name());

        registerOutputs(Map.of(
                "clusterName", cluster.name(),
                "endpoint", cluster.endpoint(),
                "oidcProviderArn", oidc.arn(),
                "vpcId", network.vpcId(),
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
     * The control plane's network interfaces live in the cluster's subnets: pods reach the API server
     * there on 443, and webhook calls come from there. Cloud APIs (STS, Secrets Manager, ELB, EC2)
     * are public endpoints reached through the NAT gateways.
     */
    static ClusterNetwork network(Options options) {
        var vpc = List.of(options.network().nodes());
        return new ClusterNetwork(vpc, ClusterNetwork.Endpoints.of(vpc, 443), vpc,
                List.of(ClusterNetwork.Endpoints.internet(443)));
    }

    /**
     * The cluster's default class: encrypted gp3 EBS volumes through the EBS CSI driver (encrypted with
     * the account's default EBS key). Prod keeps a volume's disk when its claim goes.
     */
    static StorageClasses.Spec storageClass(Options options) {
        return new StorageClasses.Spec(STORAGE_CLASS, "ebs.csi.aws.com",
                Map.of("type", "gp3", "encrypted", "true"), true, options.protect());
    }

    /**
     * The explicit aws provider of one region of the stack: only the stack's account, and every resource
     * tagged with its cluster and environment (the deploy identity's KMS grants name keys by that tag).
     */
    static Provider provider(String name, String region, String accountId, String clusterName, String environment, Resource parent) {
        return new Provider(name, ProviderArgs.builder()
                .region(region)
                .allowedAccountIds(accountId) // credentials for another account fail before any change
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(Map.of(
                        "studio.platform/cluster", clusterName,
                        "studio.platform/environment", environment,
                        "managed-by", "pulumi")).build())
                .build(), CustomResourceOptions.builder().parent(parent).version(CloudPlugins.AWS).build());
    }

    /** A managed add-on at EKS's default version for the cluster's minor, taking over any self-managed copy. */
    private Addon addon(String name, String addonName, Cluster cluster, CustomResourceOptions options,
                        java.util.function.Consumer<AddonArgs.Builder> configure) {
        var args = AddonArgs.builder()
                .clusterName(cluster.name())
                .addonName(addonName)
                // EKS bootstraps self-managed vpc-cni, kube-proxy and CoreDNS; the managed add-on takes them over.
                .resolveConflictsOnCreate("OVERWRITE")
                // All configuration is in configurationValues, so an update may overwrite hand edits.
                .resolveConflictsOnUpdate("OVERWRITE");
        configure.accept(args);
        return new Addon(name + "-" + addonName, args.build(), options);
    }

    static String vpcCniConfiguration() {
        var values = new JsonObject();
        values.addProperty("enableNetworkPolicy", "true"); // a string in the add-on's configuration schema
        return values.toString();
    }

    private Role role(String logicalName, String roleName, String service, Provider aws) {
        return new Role(logicalName + "-role", RoleArgs.builder()
                .name(roleName)
                .assumeRolePolicy(PolicyDocument.of(PolicyDocument.Statement.trust(
                        "sts:AssumeRole", "Service", service, Map.of())).toJson())
                .build(), plain(aws));
    }

    private List<Resource> attach(String logicalName, Role role, List<String> policyArns, Provider aws) {
        var attachments = new ArrayList<Resource>();
        for (var arn : policyArns) {
            var policyName = arn.substring(arn.lastIndexOf('/') + 1);
            attachments.add(new RolePolicyAttachment(logicalName + "-" + policyName, RolePolicyAttachmentArgs.builder()
                    .role(role.name())
                    .policyArn(arn)
                    .build(), plain(aws)));
        }
        return attachments;
    }

    private CustomResourceOptions plain(Provider aws) {
        return kept(aws, false);
    }

    private CustomResourceOptions kept(Provider aws, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(aws).version(CloudPlugins.AWS).protect(protect).build();
    }
}
