package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.pulumi.aws.Provider;
import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Maps the access groups onto the cluster. Each group gets an IAM role that principals of the account
 * may be allowed to assume, and an EKS access entry that signs that role in as the Kubernetes group.
 * The entries carry no access policy: what a group may do is decided by the RBAC bindings on the group
 * name (security/AccessControl), in one place, on every cloud.
 */
final class EksAccess {
    /** A Kubernetes group and the short word its IAM role is named after. */
    record Group(String role, String kubernetesGroup) {
    }

    private EksAccess() {
    }

    static List<AccessEntry> create(String name, EksCluster.Options options, Output<String> clusterName,
                                    Output<String> clusterArn, Provider aws, Resource parent) {
        var resourceOptions = CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS).build();
        return groups(options).stream().map(group -> {
            var role = new Role(name + "-" + group.role() + "-role", RoleArgs.builder()
                    .name(Irsa.roleName(options.clusterName(), group.role()))
                    .description("Signs in to " + options.clusterName() + " as Kubernetes group " + group.kubernetesGroup())
                    .assumeRolePolicy(accountTrust(options).toJson())
                    .build(), resourceOptions);
            // Enough to run `aws eks update-kubeconfig`; everything else is RBAC inside the cluster.
            new RolePolicy(name + "-" + group.role() + "-describe", RolePolicyArgs.builder()
                    .role(role.name())
                    .policy(clusterArn.applyValue(arn -> PolicyDocument.of(PolicyDocument.Statement.allow(
                            List.of("eks:DescribeCluster"), List.of(arn))).toJson()))
                    .build(), resourceOptions);
            return new AccessEntry(name + "-" + group.role(), AccessEntryArgs.builder()
                    .clusterName(clusterName)
                    .principalArn(role.arn())
                    .type("STANDARD")
                    .kubernetesGroups(group.kubernetesGroup())
                    .build(), resourceOptions);
        }).toList();
    }

    static List<Group> groups(EksCluster.Options options) {
        return List.of(
                new Group("deployer", options.access().deployerGroup()),
                new Group("developer", options.access().developerGroup()));
    }

    /** The account decides who may assume the role (its IAM policies), not this program. */
    static PolicyDocument accountTrust(EksCluster.Options options) {
        return PolicyDocument.of(PolicyDocument.Statement.trust("sts:AssumeRole", "AWS",
                "arn:" + options.partition() + ":iam::" + options.accountId() + ":root", Map.of()));
    }
}
