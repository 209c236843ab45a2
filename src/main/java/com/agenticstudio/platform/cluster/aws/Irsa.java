package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.pulumi.aws.Provider;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * IAM roles for service accounts: each bound service account gets its own role, which only the
 * cluster's OIDC issuer may hand out, and only to that one service account, holding exactly the
 * permissions its owner declared.
 */
public final class Irsa implements WorkloadIdentity {
    public static final String ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";
    static final String AUDIENCE = "sts.amazonaws.com";
    private static final int MAX_ROLE_NAME = 64;

    /**
     * @param oidcProviderArn the IAM OIDC provider of the cluster's issuer
     * @param issuerHost      the issuer without its scheme, as IAM names the condition keys
     */
    public record Target(String clusterName, String partition, String region, String accountId,
                         Output<String> oidcProviderArn, Output<String> issuerHost) {
    }

    private final Target target;
    private final Provider aws;

    public Irsa(Target target, Provider aws) {
        this.target = target;
        this.aws = aws;
    }

    @Override
    public Output<Map<String, String>> bind(String name, String namespace, String serviceAccount,
                                            List<CloudPermission> permissions, Resource parent) {
        return roleArn(name, namespace, serviceAccount, permissions, parent)
                .applyValue(arn -> Map.of(ROLE_ARN_ANNOTATION, arn));
    }

    /**
     * The same binding as {@link #bind}, for a service account the platform does not annotate itself
     * (an EKS managed add-on's, which takes the role as serviceAccountRoleArn): the role's ARN,
     * resolved only once every permission is attached.
     */
    public Output<String> roleArn(String name, String namespace, String serviceAccount,
                                  List<CloudPermission> permissions, Resource parent) {
        var subject = subject(namespace, serviceAccount);
        var trust = Output.tuple(target.oidcProviderArn(), target.issuerHost())
                .applyValue(t -> trustPolicy(t.t1, t.t2, subject).toJson());
        var role = new Role(name + "-irsa", RoleArgs.builder()
                .name(roleName(target.clusterName(), name))
                .description("IRSA role of " + namespace + "/" + serviceAccount + " on " + target.clusterName())
                .assumeRolePolicy(trust)
                .build(), options(parent));

        Output<String> ready = role.arn();
        for (var permission : permissions) {
            var grant = permission.accept(new CloudPermission.Grants<CustomResource>() {
                @Override
                public CustomResource awsPolicy(CloudPermission.AwsPolicy policy) {
                    return new RolePolicy(name + "-" + policy.name(), RolePolicyArgs.builder()
                            .role(role.name())
                            .policy(policy.document().toJson())
                            .build(), options(parent));
                }

                @Override
                public CustomResource awsManagedPolicy(CloudPermission.AwsManagedPolicy policy) {
                    var shortName = policy.policyName().substring(policy.policyName().lastIndexOf('/') + 1);
                    return new RolePolicyAttachment(name + "-" + shortName, RolePolicyAttachmentArgs.builder()
                            .role(role.name())
                            .policyArn("arn:" + target.partition() + ":iam::aws:policy/" + policy.policyName())
                            .build(), options(parent));
                }

                @Override
                public CustomResource gcpProjectRole(CloudPermission.GcpProjectRole role) {
                    throw new IllegalArgumentException(name + " asks for the GCP role " + role.role() + " on an EKS cluster");
                }

                @Override
                public CustomResource gcpSelfRole(CloudPermission.GcpSelfRole role) {
                    throw new IllegalArgumentException(name + " asks for the GCP role " + role.role() + " on an EKS cluster");
                }

                @Override
                public CustomResource gcpSqlIamUser(CloudPermission.GcpSqlIamUser user) {
                    throw new IllegalArgumentException(name + " asks for a Cloud SQL login on an EKS cluster");
                }
            });
            // Hand out the annotation only once every permission is attached, so no pod starts without it.
            ready = Output.tuple(ready, grant.id()).applyValue(t -> t.t1);
        }
        return ready;
    }

    static String subject(String namespace, String serviceAccount) {
        return "system:serviceaccount:" + namespace + ":" + serviceAccount;
    }

    /** Trust exactly one service account: StringEquals on sub (no wildcard) and on aud. */
    static PolicyDocument trustPolicy(String oidcProviderArn, String issuerHost, String subject) {
        return PolicyDocument.of(PolicyDocument.Statement.trust(
                "sts:AssumeRoleWithWebIdentity", "Federated", oidcProviderArn,
                Map.of("StringEquals", Map.of(
                        issuerHost + ":sub", subject,
                        issuerHost + ":aud", AUDIENCE))));
    }

    /** cluster-name; IAM caps role names at 64 characters, so a long one keeps a hash of the full name. */
    static String roleName(String clusterName, String name) {
        var full = (clusterName + "-" + name).replaceAll("[^\\w+=,.@-]", "-");
        if (full.length() <= MAX_ROLE_NAME) {
            return full;
        }
        var hash = shortHash(full);
        return full.substring(0, MAX_ROLE_NAME - hash.length() - 1) + "-" + hash;
    }

    static String shortHash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private CustomResourceOptions options(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS).build();
    }
}
