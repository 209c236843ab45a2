package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.BackupStorage;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.pulumi.gcp.Provider;

import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleActionArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleConditionArgs;
import com.pulumi.gcp.storage.inputs.BucketVersioningArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backup storage on GKE: a regional GCS bucket per request, versioned, with uniform bucket-level
 * access (no object ACLs), public access prevention enforced, and old versions deleted after two
 * weeks; in prod protected and kept if the stack is destroyed. Google encrypts it at rest. Volume
 * snapshots go through the PD CSI driver, whose snapshot API GKE ships.
 */
final class GcsBackupStorage implements BackupStorage {
    static final int NONCURRENT_DAYS = 14;
    static final String PD_CSI = "pd.csi.storage.gke.io";
    static final String OBJECT_ADMIN = "roles/storage.objectAdmin";
    static final String TOKEN_CREATOR = "roles/iam.serviceAccountTokenCreator";

    record Target(String clusterName, String project, String region, boolean retain) {
        /** Globally unique and known in advance: project, cluster and purpose. */
        String bucketName(String name) {
            return project + "-" + clusterName + "-" + name;
        }
    }

    private final Target target;
    private final Provider gcp;

    GcsBackupStorage(Target target, Provider gcp) {
        this.target = target;
        this.gcp = gcp;
    }

    @Override
    public BackupStorage.Bucket bucket(String name, Resource parent) {
        var bucketName = target.bucketName(name);
        if (bucketName.length() > 63) {
            throw new IllegalArgumentException("GCS bucket names have at most 63 characters: " + bucketName);
        }
        var options = CustomResourceOptions.builder().parent(parent).provider(gcp).version(CloudPlugins.GCP);
        options.protect(target.retain());
        options.retainOnDelete(target.retain());
        var bucket = new com.pulumi.gcp.storage.Bucket(name + "-bucket", BucketArgs.builder()
                .name(bucketName)
                .location(target.region())
                .storageClass("STANDARD")
                .uniformBucketLevelAccess(true)
                .publicAccessPrevention("enforced")
                .versioning(BucketVersioningArgs.builder().enabled(true).build())
                .lifecycleRules(BucketLifecycleRuleArgs.builder()
                        .action(BucketLifecycleRuleActionArgs.builder().type("Delete").build())
                        .condition(BucketLifecycleRuleConditionArgs.builder()
                                .withState("ARCHIVED")
                                .daysSinceNoncurrentTime(NONCURRENT_DAYS)
                                .build())
                        .build())
                .forceDestroy(false)
                .build(), options.build());
        // Objects of this bucket only (the velero-plugin-for-gcp README grants objectAdmin on the bucket):
        // a project-level grant narrowed by an IAM condition on the bucket's resource name.
        var access = new CloudPermission.GcpProjectRole(OBJECT_ADMIN, Optional.of(new CloudPermission.GcpCondition(
                "bucket " + bucketName, "Objects of the " + bucketName + " bucket only",
                "resource.name.startsWith(" + CloudPermission.GcpCondition.celString("projects/_/buckets/" + bucketName + "/")
                        + ") || resource.name == " + CloudPermission.GcpCondition.celString("projects/_/buckets/" + bucketName))));
        // Velero's CLI downloads logs and backup details through signed URLs, which the Google service account
        // signs as itself (velero-plugin-for-gcp README: iam.serviceAccounts.signBlob); the bucket location
        // names that account (config.serviceAccount).
        var signAsItself = new CloudPermission.GcpSelfRole(TOKEN_CREATOR);
        return new BackupStorage.Bucket(bucketName, "gcp", Map.of(), List.of(access, signAsItself), List.of(bucket),
                Map.of("serviceAccount", GkeWorkloadIdentity.ANNOTATION));
    }

    @Override
    public CsiSnapshots snapshots() {
        return new CsiSnapshots(PD_CSI, List.of());
    }
}
