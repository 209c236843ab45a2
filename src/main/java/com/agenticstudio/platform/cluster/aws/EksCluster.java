package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.Kubeconfig;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.settings.AccessSettings;
import com.agenticstudio.platform.settings.ClusterSettings;
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
 * secrets and all control-plane logs, an OIDC provider for IRSA, managed node groups, access entries
 * for the access groups, and a Kubernetes provider that waits for the nodes.
 */
public final class EksCluster extends ComponentResource implements ClusterComponent {
    public static final String TYPE = "studio:cluster:Eks";

    static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
    static final int LOG_RETENTION_DAYS = 90;
    /** First vpc-cni release that enforces NetworkPolicies (enableNetworkPolicy); supports Kubernetes 1.23-1.28. */
    static final String VPC_CNI_VERSION = "v1.14.1-eksbuild.1";

    /**
     * @param natGatewayPerZone prod keeps egress alive through a zone outage with one NAT gateway per
     *                          zone; staging shares one (a NAT gateway is billed per hour and per zone)
     *                          and accepts losing egress with that one zone
     * @param protect           refuse to delete the cluster, its VPC and subnets, and its secrets key
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
            AccessSettings access,
            boolean natGatewayPerZone,
            boolean protect) {

        public Options {
            zones = List.copyOf(zones);
            if (zones.size() < 2) {
                throw new IllegalArgumentException("EKS needs subnets in at least two availability zones, got " + zones);
            }
        }

        public static Options from(Settings settings, ClusterSettings.Aws placement) {
            var cluster = settings.cluster();
            return new Options(cluster.name(), cluster.kubernetesVersion(), settings.environment().id(),
                    placement.region(), placement.accountId(), placement.zones(), placement.instanceType(),
                    cluster.nodes(), cluster.network(), settings.access(),
                    settings.environment().survivesZoneLoss(),
                    settings.environment().protectsData());
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

    public EksCluster(String name, Options options, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);

        var aws = new Provider(name + "-aws", ProviderArgs.builder()
                .region(options.region())
                .allowedAccountIds(options.accountId()) // credentials for another account fail before any change
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(Map.of(
                        "studio.platform/cluster", options.clusterName(),
                        "studio.platform/environment", options.environment(),
                        "managed-by", "pulumi")).build())
                .build(), CustomResourceOptions.builder().parent(this).build());

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

        var cluster = new Cluster(name + "-eks", ClusterArgs.builder()
                .name(options.clusterName())
                .version(options.kubernetesVersion())
                .roleArn(controlPlaneRole.arn())
                .vpcConfig(ClusterVpcConfigArgs.builder()
                        .subnetIds(Output.all(network.privateSubnetIds()))
                        .endpointPrivateAccess(true) // nodes reach the API server inside the VPC
                        .endpointPublicAccess(true)  // CI and people run Pulumi and kubectl from outside
                        .build())
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
                .parent(this).provider(aws).protect(options.protect())
                // The role's policies and the log group outlive the cluster, or EKS cannot clean up.
                .dependsOn(controlPlaneNeeds)
                .build());

        var issuer = cluster.identities().applyValue(ids -> ids.get(0).oidcs().get(0).issuer().orElseThrow());
        var oidc = new OpenIdConnectProvider(name + "-oidc", OpenIdConnectProviderArgs.builder()
                .url(issuer)
                .clientIdLists(Irsa.AUDIENCE)
                .build(), plain(aws));

        // The managed add-on with its network policy agent on: without it EKS ignores NetworkPolicies.
        var cni = new Addon(name + "-vpc-cni", AddonArgs.builder()
                .clusterName(cluster.name())
                .addonName("vpc-cni")
                .addonVersion(VPC_CNI_VERSION)
                .configurationValues(vpcCniConfiguration())
                .resolveConflictsOnCreate("OVERWRITE") // take over the self-managed copy EKS bootstraps
                .resolveConflictsOnUpdate("OVERWRITE")
                .build(), plain(aws));

        var nodeRole = role(name + "-nodes", options.clusterName() + "-nodes", "ec2.amazonaws.com", aws);
        var nodePolicies = attach(name + "-nodes", nodeRole, List.of(
                options.managedPolicy("AmazonEKSWorkerNodePolicy"),
                options.managedPolicy("AmazonEKS_CNI_Policy"),
                options.managedPolicy("AmazonEC2ContainerRegistryReadOnly"),
                options.managedPolicy("AmazonSSMManagedInstanceCore")), aws); // shell access without SSH keys
        var nodeGroups = EksNodeGroups.create(name, options, cluster.name(), nodeRole.arn(),
                network.privateSubnetIds(), aws, this, nodePolicies);

        EksAccess.create(name, options, cluster.name(), cluster.arn(), aws, this);

        var kubeconfig = Kubeconfig.secret(options.clusterName(), cluster.endpoint(),
                cluster.certificateAuthority().applyValue(ca -> ca.data().orElseThrow()),
                new Kubeconfig.Exec("aws",
                        List.of("eks", "get-token", "--cluster-name", options.clusterName(),
                                "--region", options.region(), "--output", "json"),
                        false,
                        "Install the AWS CLI v2: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html"));

        var readiness = new ArrayList<Resource>(nodeGroups);
        readiness.add(cni);
        var kubernetes = KubernetesProviders.create(name + "-k8s", kubeconfig, this, readiness);

        var identity = new Irsa(new Irsa.Target(options.clusterName(), options.partition(), options.region(),
                options.accountId(), oidc.arn(), oidc.url().applyValue(url -> url.replaceFirst("^https://", ""))), aws);

        this.info = new ClusterInfo(options.clusterName(), options.kubernetesVersion(),
                new ClusterLocation.Aws(options.region(), options.accountId(), network.vpcId()), options.zones(),
                kubernetes, kubeconfig, identity, network(options), Optional.empty());

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
        return CustomResourceOptions.builder().parent(this).provider(aws).protect(protect).build();
    }
}
