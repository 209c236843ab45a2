package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudAccess;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.projects.inputs.IAMMemberConditionArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.serviceaccount.IAMMember;
import com.pulumi.gcp.serviceaccount.IAMMemberArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * GKE workload identity: each bound Kubernetes service account gets its own Google service account,
 * which only that Kubernetes service account may impersonate.
 */
public final class GkeWorkloadIdentity implements WorkloadIdentity {
    public static final String ANNOTATION = "iam.gke.io/gcp-service-account";
    static final String SECRET_ACCESSOR = "roles/secretmanager.secretAccessor";

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
    public Output<Map<String, String>> bind(String name, String namespace, String serviceAccount, CloudAccess access, Resource parent) {
        var options = CustomResourceOptions.builder().parent(parent).provider(gcp).build();
        var account = new Account(name + "-gsa", AccountArgs.builder()
                .accountId(ServiceAccountIds.derive(target.clusterName() + "-" + name))
                .displayName(namespace + "/" + serviceAccount + " on " + target.clusterName())
                .build(), options);

        var impersonation = new IAMMember(name + "-workload-identity", IAMMemberArgs.builder()
                .serviceAccountId(account.name())
                .role("roles/iam.workloadIdentityUser")
                .member(member(target.workloadPool(), namespace, serviceAccount))
                .build(), CustomResourceOptions.builder()
                .parent(parent).provider(gcp).dependsOn(target.cluster())
                .build());

        Output<String> ready = impersonation.id();
        if (access instanceof CloudAccess.ReadSecrets read) {
            var secrets = new com.pulumi.gcp.projects.IAMMember(name + "-read-secrets",
                    com.pulumi.gcp.projects.IAMMemberArgs.builder()
                            .project(target.project())
                            .role(SECRET_ACCESSOR)
                            .member(account.member())
                            .condition(IAMMemberConditionArgs.builder()
                                    .title("secrets " + read.prefix() + "*")
                                    .description("Only secrets whose id starts with " + read.prefix())
                                    .expression(secretPrefixCondition(read.prefix()))
                                    .build())
                            .build(), options);
            ready = Output.tuple(ready, secrets.id()).applyValue(t -> t.t2);
        }
        // Hand out the annotation only once the bindings exist, so no pod starts without them.
        return Output.tuple(ready, account.email()).applyValue(t -> Map.of(ANNOTATION, t.t2));
    }

    /** The one Kubernetes service account allowed to act as the Google service account. */
    static String member(String workloadPool, String namespace, String serviceAccount) {
        return "serviceAccount:" + workloadPool + "[" + namespace + "/" + serviceAccount + "]";
    }

    /**
     * Secret versions are named projects/NUMBER/secrets/ID/versions/V in IAM conditions. The project
     * number is not in the settings (no look-up is made), so the condition extracts the secret id
     * instead of matching the whole name.
     */
    static String secretPrefixCondition(String prefix) {
        return "resource.name.extract(\"/secrets/{secret}/\").startsWith(" + celString(prefix) + ")";
    }

    static String celString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
