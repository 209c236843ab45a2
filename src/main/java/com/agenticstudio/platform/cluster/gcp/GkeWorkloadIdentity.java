package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.projects.inputs.IAMMemberConditionArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.serviceaccount.IAMMember;
import com.pulumi.gcp.serviceaccount.IAMMemberArgs;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * GKE workload identity: each bound Kubernetes service account gets its own Google service account,
 * which only that Kubernetes service account may impersonate.
 */
public final class GkeWorkloadIdentity implements WorkloadIdentity {
    public static final String ANNOTATION = "iam.gke.io/gcp-service-account";

    /** @param cluster the workload pool exists only once the cluster does; bindings to it wait for it */
    public record Target(String clusterName, String project, Resource cluster) {
        String workloadPool() {
            return GkeCluster.workloadPool(project);
        }
    }

    private final Target target;
    private final Provider gcp;

    public GkeWorkloadIdentity(Target target, Provider gcp) {
        this.target = target;
        this.gcp = gcp;
    }

    @Override
    public Output<Map<String, String>> bind(String name, String namespace, String serviceAccount,
                                            List<CloudPermission> permissions, Resource parent) {
        var options = CustomResourceOptions.builder().parent(parent).provider(gcp).version(CloudPlugins.GCP).build();
        var account = new Account(name + "-gsa", AccountArgs.builder()
                .accountId(ServiceAccountIds.derive(target.clusterName() + "-" + name))
                .displayName(namespace + "/" + serviceAccount + " on " + target.clusterName())
                .build(), options);

        var impersonation = new IAMMember(name + "-workload-identity", IAMMemberArgs.builder()
                .serviceAccountId(account.name())
                .role("roles/iam.workloadIdentityUser")
                .member(member(target.workloadPool(), namespace, serviceAccount))
                .build(), CustomResourceOptions.builder()
                // The member names the pool by a plain string; the pool exists once the cluster does.
                .parent(parent).provider(gcp).version(CloudPlugins.GCP).dependsOn(target.cluster())
                .build());

        Output<String> ready = impersonation.id();
        for (var permission : permissions) {
            var grant = permission.accept(new CloudPermission.Grants<CustomResource>() {
                @Override
                public CustomResource awsPolicy(CloudPermission.AwsPolicy policy) {
                    throw new IllegalArgumentException(name + " asks for the AWS policy " + policy.name() + " on a GKE cluster");
                }

                @Override
                public CustomResource awsManagedPolicy(CloudPermission.AwsManagedPolicy policy) {
                    throw new IllegalArgumentException(name + " asks for the AWS policy " + policy.policyName() + " on a GKE cluster");
                }

                @Override
                public CustomResource gcpProjectRole(CloudPermission.GcpProjectRole role) {
                    var args = com.pulumi.gcp.projects.IAMMemberArgs.builder()
                            .project(target.project())
                            .role(role.role())
                            .member(account.member());
                    role.condition().ifPresent(c -> args.condition(IAMMemberConditionArgs.builder()
                            .title(c.title()).description(c.description()).expression(c.expression()).build()));
                    var shortName = role.role().substring(role.role().lastIndexOf('/') + 1).replace('.', '-');
                    return new com.pulumi.gcp.projects.IAMMember(name + "-" + shortName, args.build(), options);
                }

                @Override
                public CustomResource gcpSelfRole(CloudPermission.GcpSelfRole role) {
                    var shortName = role.role().substring(role.role().lastIndexOf('/') + 1).replace('.', '-');
                    return new IAMMember(name + "-self-" + shortName, IAMMemberArgs.builder()
                            .serviceAccountId(account.name())
                            .role(role.role())
                            .member(account.member())
                            .build(), options);
                }

                @Override
                public CustomResource gcpSqlIamUser(CloudPermission.GcpSqlIamUser user) {
                    // Named from the account's email, so it waits for the account; PostgreSQL's user is the email
                    // without .gserviceaccount.com.
                    return new com.pulumi.gcp.sql.User(name + "-sql-user", com.pulumi.gcp.sql.UserArgs.builder()
                            .name(account.email().applyValue(GkeWorkloadIdentity::sqlUser))
                            .instance(user.instance())
                            .type("CLOUD_IAM_SERVICE_ACCOUNT")
                            .build(), options);
                }
            });
            ready = Output.tuple(ready, grant.id()).applyValue(t -> t.t1);
        }
        // Hand out the annotation only once the bindings exist, so no pod starts without them.
        return Output.tuple(ready, account.email()).applyValue(t -> Map.of(ANNOTATION, t.t2));
    }

    /** The PostgreSQL user of a Google service account: its email without the .gserviceaccount.com suffix. */
    public static String sqlUser(String email) {
        return email.replaceFirst("\\.gserviceaccount\\.com$", "");
    }

    /** The one Kubernetes service account allowed to act as the Google service account. */
    static String member(String workloadPool, String namespace, String serviceAccount) {
        return "serviceAccount:" + workloadPool + "[" + namespace + "/" + serviceAccount + "]";
    }
}
