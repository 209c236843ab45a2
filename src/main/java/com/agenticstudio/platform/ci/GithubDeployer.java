package com.agenticstudio.platform.ci;

import com.agenticstudio.platform.cluster.CloudAccount;
import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.cluster.PolicyDocument.Statement;
import com.agenticstudio.platform.cluster.gcp.ServiceAccountIds;
import com.agenticstudio.platform.settings.CiSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.eks.AccessPolicyAssociation;
import com.pulumi.aws.eks.AccessPolicyAssociationArgs;
import com.pulumi.aws.eks.inputs.AccessPolicyAssociationAccessScopeArgs;
import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.gcp.iam.WorkloadIdentityPool;
import com.pulumi.gcp.iam.WorkloadIdentityPoolArgs;
import com.pulumi.gcp.iam.WorkloadIdentityPoolProvider;
import com.pulumi.gcp.iam.WorkloadIdentityPoolProviderArgs;
import com.pulumi.gcp.iam.inputs.WorkloadIdentityPoolProviderOidcArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity GitHub Actions deploys this stack as, trusted through GitHub's OIDC tokens only (no stored
 * cloud key): on AWS an IAM role behind the account's GitHub OIDC provider, signed in to the cluster as
 * an admin by an EKS access entry; on GCP a service account behind a workload identity pool and provider.
 * Either trusts one subject: this repository's deploy environment ({@code repo:<owner>/<name>:environment:<env>}),
 * whose deployment branch policy admits main only; on GCP the provider's condition also requires
 * {@code refs/heads/main}. Declared under the cluster component, on the provider the cluster layer built.
 */
public final class GithubDeployer extends ComponentResource {
    public static final String TYPE = "studio:ci:GithubDeployer";
    public static final String ISSUER = "https://token.actions.githubusercontent.com";
    static final String ISSUER_HOST = "token.actions.githubusercontent.com";
    /** The audience configure-aws-credentials asks GitHub for. */
    public static final String AWS_AUDIENCE = "sts.amazonaws.com";
    public static final String MAIN = "refs/heads/main";
    /** The longest session deploy.yml asks the AWS role for. */
    public static final int SESSION_SECONDS = 7200;

    /** Stack outputs the workflows' repository variables are set from. */
    public static final String AWS_ROLE_ARN = "ciAwsRoleArn";
    public static final String GCP_PROVIDER = "ciGcpWorkloadIdentityProvider";
    public static final String GCP_SERVICE_ACCOUNT = "ciGcpServiceAccount";

    /**
     * AWS managed policies the program attaches to its roles; the deployer may attach these and no other.
     */
    static final List<String> ATTACHABLE_POLICIES = List.of("AmazonEKSClusterPolicy", "AmazonEKSWorkerNodePolicy",
            "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly", "AmazonSSMManagedInstanceCore",
            "service-role/AmazonEBSCSIDriverPolicy");

    /** Service-linked roles EKS and its node groups create on first use. */
    static final List<String> SERVICE_LINKED = List.of("eks.amazonaws.com", "eks-nodegroup.amazonaws.com",
            "autoscaling.amazonaws.com", "elasticloadbalancing.amazonaws.com", "spot.amazonaws.com");

    /**
     * What `pulumi up` of a GKE stack changes, as predefined roles on the project; see the README for why
     * each is as broad as it is.
     */
    static final List<String> GCP_ROLES = List.of(
            "roles/container.admin",                    // clusters, node pools, and the Kubernetes API of the project's clusters
            "roles/compute.networkAdmin",               // network, subnetwork, router, Cloud NAT
            "roles/compute.securityAdmin",              // firewall rules
            "roles/iam.serviceAccountAdmin",            // node and workload service accounts, their workload identity bindings
            "roles/iam.serviceAccountUser",             // node pools run as the node service account
            "roles/resourcemanager.projectIamAdmin",    // the node and workload roles on the project
            "roles/cloudkms.admin",                     // prod's Secrets key ring, key and its grant
            "roles/storage.admin",                      // the backup bucket
            "roles/iam.workloadIdentityPoolAdmin");     // this pool and provider

    /**
     * @param repository         {@code owner/name}
     * @param environment        the GitHub environment of the deploy job
     * @param awsOidcProviderArn an existing GitHub OIDC provider of the account to trust instead of declaring one
     */
    public record Options(String repository, String environment, Optional<String> awsOidcProviderArn) {
        public Options {
            // The settings refuse these already; the component refuses them again, whoever builds it.
            for (var part : List.of(repository, environment)) {
                if (part.isEmpty() || part.contains("*") || part.contains("?") || part.contains(":")) {
                    throw new IllegalArgumentException("a CI trust names one repository and one environment, without"
                            + " wildcards or ':': " + repository + " " + environment);
                }
            }
            if (!repository.matches("[^/]+/[^/]+")) {
                throw new IllegalArgumentException("the repository is owner/name: " + repository);
            }
        }

        public static Optional<Options> from(Settings settings) {
            return settings.ci().map(Options::of);
        }

        static Options of(CiSettings ci) {
            return new Options(ci.repository(), ci.environment(), ci.awsOidcProviderArn());
        }

        /** The one OIDC subject trusted: a job of this repository in this environment. */
        public String subject() {
            return "repo:" + repository + ":environment:" + environment;
        }
    }

    private final Map<String, Output<String>> outputs = new LinkedHashMap<>();

    public GithubDeployer(String name, Options options, CloudAccount account) {
        super(TYPE, name, ComponentResourceOptions.builder().parent(account.owner()).build());
        if (account instanceof CloudAccount.Aws aws) {
            aws(name, options, aws);
        } else if (account instanceof CloudAccount.Gcp gcp) {
            gcp(name, options, gcp);
        }
        registerOutputs(Map.copyOf(outputs));
    }

    /** Stack output name to value: the role ARN on AWS, the provider's resource name and service account on GCP. */
    public Map<String, Output<String>> outputs() {
        return Map.copyOf(outputs);
    }

    private void aws(String name, Options options, CloudAccount.Aws account) {
        var resourceOptions = CustomResourceOptions.builder().parent(this).provider(account.provider()).version(CloudPlugins.AWS).build();
        var providerArn = options.awsOidcProviderArn().map(Output::of).orElseGet(() -> new OpenIdConnectProvider(
                name + "-github-oidc", OpenIdConnectProviderArgs.builder()
                .url(ISSUER)
                .clientIdLists(AWS_AUDIENCE)
                .build(), resourceOptions).arn());
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(roleName(account.clusterName()))
                .description("pulumi up of " + account.clusterName() + " from " + options.subject())
                // configure-aws-credentials hands out keys that do not refresh; an EKS upgrade with its node
                // groups outlasts the default hour, so deploy.yml asks for two (role-duration-seconds).
                .maxSessionDuration(SESSION_SECONDS)
                .assumeRolePolicy(providerArn.applyValue(arn -> trustPolicy(arn, options.subject()).toJson()))
                .build(), resourceOptions);
        new RolePolicy(name + "-deploy", RolePolicyArgs.builder()
                .role(role.name())
                .policy(deployPolicy(account, options.awsOidcProviderArn().isEmpty()).toJson())
                .build(), resourceOptions);
        // Pulumi installs CRDs, ClusterRoles and webhooks: the deployer is a cluster admin, like its bootstrapper.
        var entry = new AccessEntry(name + "-access", AccessEntryArgs.builder()
                .clusterName(account.eksClusterName())
                .principalArn(role.arn())
                .type("STANDARD")
                .build(), resourceOptions);
        new AccessPolicyAssociation(name + "-cluster-admin", AccessPolicyAssociationArgs.builder()
                .clusterName(entry.clusterName())
                .principalArn(entry.principalArn())
                .policyArn("arn:" + account.partition() + ":eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy")
                .accessScope(AccessPolicyAssociationAccessScopeArgs.builder().type("cluster").build())
                .build(), resourceOptions);
        outputs.put(AWS_ROLE_ARN, role.arn());
    }

    static String roleName(String clusterName) {
        return clusterName + "-github-deploy"; // cluster names have at most 32 characters, IAM allows 64
    }

    /** Only GitHub's tokens for this one subject and the STS audience: StringEquals, no pattern. */
    public static PolicyDocument trustPolicy(String providerArn, String subject) {
        if (subject.contains("*") || subject.contains("?")) {
            throw new IllegalArgumentException("a CI trust admits one subject, not a pattern: " + subject);
        }
        return PolicyDocument.of(Statement.trust("sts:AssumeRoleWithWebIdentity", "Federated", providerArn,
                Map.of("StringEquals", Map.of(
                        ISSUER_HOST + ":sub", subject,
                        ISSUER_HOST + ":aud", AWS_AUDIENCE))));
    }

    /**
     * What `pulumi up` of an EKS stack does, scoped to the cluster's names where AWS lets a policy say so
     * (EKS, IAM roles, OIDC providers, KMS by tag, log group, buckets) and to the region where it does not (EC2).
     */
    static PolicyDocument deployPolicy(CloudAccount.Aws a, boolean managesGithubProvider) {
        var cluster = a.clusterName();
        var region = a.region();
        var oidcProviders = new java.util.ArrayList<>(List.of(
                a.arn("iam", "", "oidc-provider/oidc.eks." + region + ".amazonaws.com/id/*")));
        if (managesGithubProvider) {
            oidcProviders.add(a.arn("iam", "", "oidc-provider/" + ISSUER_HOST));
        }
        return new PolicyDocument(List.of(
                // VPC, subnets, gateways, routes, addresses, launch templates, security groups: EC2 has no
                // name-based scoping for most of these, so the whole service in the cluster's region.
                Statement.allow(List.of("ec2:*"), List.of("*"),
                        Map.of("StringEquals", Map.of("aws:RequestedRegion", List.of(region)))),
                Statement.allow(List.of("eks:*"), List.of(
                        a.arn("eks", region, "cluster/" + cluster),
                        a.arn("eks", region, "nodegroup/" + cluster + "/*"),
                        a.arn("eks", region, "addon/" + cluster + "/*"),
                        a.arn("eks", region, "access-entry/" + cluster + "/*"))),
                Statement.allow(List.of("eks:DescribeAddonVersions", "eks:DescribeAddonConfiguration", "eks:ListClusters",
                        "eks:ListAccessPolicies"), List.of("*")),
                Statement.allow(List.of("iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:UpdateRole",
                        "iam:UpdateRoleDescription", "iam:UpdateAssumeRolePolicy", "iam:TagRole", "iam:UntagRole",
                        "iam:ListRoleTags", "iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy",
                        "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole",
                        "iam:PassRole"), List.of(a.arn("iam", "", "role/" + cluster + "-*"))),
                Statement.allow(List.of("iam:AttachRolePolicy", "iam:DetachRolePolicy"),
                        List.of(a.arn("iam", "", "role/" + cluster + "-*")),
                        Map.of("ArnEquals", Map.of("iam:PolicyARN", ATTACHABLE_POLICIES.stream()
                                .map(p -> "arn:" + a.partition() + ":iam::aws:policy/" + p).toList()))),
                Statement.allow(List.of("iam:CreateServiceLinkedRole"), List.of(a.arn("iam", "", "role/aws-service-role/*")),
                        Map.of("StringEquals", Map.of("iam:AWSServiceName", SERVICE_LINKED))),
                Statement.allow(List.of("iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider",
                        "iam:GetOpenIDConnectProvider", "iam:TagOpenIDConnectProvider", "iam:UntagOpenIDConnectProvider",
                        "iam:UpdateOpenIDConnectProviderThumbprint", "iam:AddClientIDToOpenIDConnectProvider",
                        "iam:RemoveClientIDFromOpenIDConnectProvider"), oidcProviders),
                Statement.allow(List.of("iam:ListOpenIDConnectProviders", "iam:GetPolicy", "iam:GetPolicyVersion"),
                        List.of("*")),
                // Keys carry the provider's default tag studio.platform/cluster: created with it, managed by it.
                Statement.allow(List.of("kms:CreateKey", "kms:TagResource"), List.of("*"),
                        Map.of("StringEquals", Map.of("aws:RequestTag/studio.platform/cluster", List.of(cluster)))),
                Statement.allow(List.of("kms:*"), List.of(a.arn("kms", region, "key/*")),
                        Map.of("StringEquals", Map.of("aws:ResourceTag/studio.platform/cluster", List.of(cluster)))),
                Statement.allow(List.of("kms:ListKeys", "kms:ListAliases"), List.of("*")),
                Statement.allow(List.of("logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:PutRetentionPolicy",
                        "logs:DeleteRetentionPolicy", "logs:TagResource", "logs:UntagResource", "logs:ListTagsForResource",
                        "logs:TagLogGroup", "logs:ListTagsLogGroup"),
                        List.of(a.arn("logs", region, "log-group:/aws/eks/" + cluster + "/*"))),
                Statement.allow(List.of("logs:DescribeLogGroups"), List.of("*")),
                // The backup bucket, <cluster>-<name>-<account>-<region>.
                Statement.allow(List.of("s3:*"), List.of("arn:" + a.partition() + ":s3:::" + cluster + "-*-"
                        + a.accountId() + "-" + region))));
    }

    private void gcp(String name, Options options, CloudAccount.Gcp account) {
        var resourceOptions = CustomResourceOptions.builder().parent(this).provider(account.provider()).version(CloudPlugins.GCP).build();
        var pool = new WorkloadIdentityPool(name + "-pool", WorkloadIdentityPoolArgs.builder()
                .project(account.project())
                .workloadIdentityPoolId(poolId(account.clusterName()))
                .displayName("GitHub Actions")
                .description("GitHub Actions of " + options.repository() + " deploying " + account.clusterName())
                .build(), resourceOptions);
        var provider = new WorkloadIdentityPoolProvider(name + "-provider", WorkloadIdentityPoolProviderArgs.builder()
                .project(account.project())
                .workloadIdentityPoolId(pool.workloadIdentityPoolId())
                .workloadIdentityPoolProviderId("github")
                .displayName("GitHub")
                .attributeMapping(ATTRIBUTE_MAPPING)
                .attributeCondition(attributeCondition(options))
                .oidc(WorkloadIdentityPoolProviderOidcArgs.builder().issuerUri(ISSUER).build())
                .build(), resourceOptions);
        var serviceAccount = new Account(name + "-sa", AccountArgs.builder()
                .project(account.project())
                .accountId(ServiceAccountIds.derive(account.clusterName() + "-github-deploy"))
                .displayName("GitHub deploy of " + account.clusterName())
                .description("pulumi up from " + options.subject())
                .build(), resourceOptions);
        new com.pulumi.gcp.serviceaccount.IAMMember(name + "-workload-identity-user",
                com.pulumi.gcp.serviceaccount.IAMMemberArgs.builder()
                        .serviceAccountId(serviceAccount.name())
                        .role("roles/iam.workloadIdentityUser")
                        .member(pool.name().applyValue(pool_ -> principalSet(pool_, options)))
                        .build(), resourceOptions);
        for (var role : GCP_ROLES) {
            new com.pulumi.gcp.projects.IAMMember(name + "-" + role.substring(role.indexOf('/') + 1).replace('.', '-'),
                    com.pulumi.gcp.projects.IAMMemberArgs.builder()
                            .project(account.project())
                            .role(role)
                            .member(serviceAccount.member())
                            .build(), resourceOptions);
        }
        outputs.put(GCP_PROVIDER, provider.name());
        outputs.put(GCP_SERVICE_ACCOUNT, serviceAccount.email());
    }

    /** The claims the condition and the binding read. */
    static final Map<String, String> ATTRIBUTE_MAPPING = Map.of(
            "google.subject", "assertion.sub",
            "attribute.repository", "assertion.repository",
            "attribute.environment", "assertion.environment",
            "attribute.ref", "assertion.ref");

    /** Only this repository's main branch in its deploy environment gets a token from the provider at all. */
    static String attributeCondition(Options options) {
        return "assertion.repository == '" + options.repository() + "' && assertion.ref == '" + MAIN
                + "' && assertion.environment == '" + options.environment() + "'";
    }

    /** Everyone the pool admits with this environment (which the condition has narrowed to the repository's main). */
    static String principalSet(String poolName, Options options) {
        return "principalSet://iam.googleapis.com/" + poolName + "/attribute.environment/" + options.environment();
    }

    /** 4 to 32 characters of a-z, 0-9 and '-', not starting gcp- (Google's); a deleted pool's id stays taken for 30 days. */
    static String poolId(String clusterName) {
        var id = ServiceAccountIds.derive(clusterName + "-github");
        return id.startsWith("gcp-") ? ServiceAccountIds.derive("gh-" + clusterName) : id;
    }
}
