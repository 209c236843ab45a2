package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.BackupStorage;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.pulumi.aws.Provider;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Backup storage on EKS: an S3 bucket per request, versioned, encrypted with a KMS key of its own
 * (S3 Bucket Keys on, so KMS is called per bucket, not per object), ACLs off, public access blocked,
 * old versions expired; in prod the bucket and its key are protected and kept if the stack is
 * destroyed. Volume snapshots go through the EBS CSI driver and the snapshot-controller add-on.
 */
final class S3BackupStorage implements BackupStorage {
    /** Deleted or overwritten backups stay recoverable this long. */
    static final int NONCURRENT_DAYS = 14;
    static final int ABORT_UPLOADS_DAYS = 7;
    static final String EBS_CSI = "ebs.csi.aws.com";

    /** @param retain protect the bucket and its key, and keep them when the stack is destroyed (prod) */
    record Target(String clusterName, String partition, String region, String accountId, boolean retain) {
        /** Globally unique and known in advance: cluster, purpose, account and region. */
        String bucketName(String name) {
            return clusterName + "-" + name + "-" + accountId + "-" + region;
        }
    }

    private final Target target;
    private final Provider aws;
    private final Resource snapshotController;

    S3BackupStorage(Target target, Provider aws, Resource snapshotController) {
        this.target = target;
        this.aws = aws;
        this.snapshotController = snapshotController;
    }

    @Override
    public Bucket bucket(String name, Resource parent) {
        var bucketName = target.bucketName(name);
        if (bucketName.length() > 63) {
            throw new IllegalArgumentException("S3 bucket names have at most 63 characters: " + bucketName);
        }
        var key = new Key(name + "-bucket-key", KeyArgs.builder()
                .description("Encryption of the " + bucketName + " bucket")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .build(), kept(parent));
        var bucket = new BucketV2(name + "-bucket", BucketV2Args.builder()
                .bucket(bucketName)
                .forceDestroy(false) // a bucket with backups in it is never emptied by a destroy
                .build(), kept(parent));
        var ownership = new BucketOwnershipControls(name + "-bucket-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), plain(parent));
        var publicAccess = new BucketPublicAccessBlock(name + "-bucket-public-access", BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), plain(parent));
        var versioning = new BucketVersioningV2(name + "-bucket-versioning", BucketVersioningV2Args.builder()
                .bucket(bucket.id())
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), plain(parent));
        var encryption = new BucketServerSideEncryptionConfigurationV2(name + "-bucket-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                                .sseAlgorithm("aws:kms")
                                                .kmsMasterKeyId(key.arn())
                                                .build())
                                .bucketKeyEnabled(true)
                                .build())
                        .build(), plain(parent));
        // A lifecycle configuration on a bucket whose versioning is still being switched on may not apply.
        new BucketLifecycleConfigurationV2(name + "-bucket-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-old-versions")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(NONCURRENT_DAYS).build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(ABORT_UPLOADS_DAYS).build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS).dependsOn(versioning).build());
        return new Bucket(bucketName, "aws", Map.of("region", target.region()),
                List.of(new CloudPermission.AwsPolicy("backup-bucket", access(bucketName))),
                List.of(bucket, ownership, publicAccess, versioning, encryption), Map.of());
    }

    /**
     * Objects of this bucket (velero-plugin-for-aws v1.14.2 README, the S3 statements), and the bucket's
     * key only as S3 uses it for this bucket: the key's ARN is not known before it exists, so the grant
     * names the account's keys and is narrowed by kms:ViaService and the S3 encryption context.
     */
    PolicyDocument access(String bucketName) {
        var bucketArn = "arn:" + target.partition() + ":s3:::" + bucketName;
        return PolicyDocument.of(
                PolicyDocument.Statement.allow(List.of(
                        "s3:GetObject", "s3:DeleteObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
                        List.of(bucketArn + "/*")),
                PolicyDocument.Statement.allow(List.of("s3:ListBucket"), List.of(bucketArn)),
                PolicyDocument.Statement.allow(List.of("kms:GenerateDataKey", "kms:Decrypt"),
                        List.of("arn:" + target.partition() + ":kms:" + target.region() + ":" + target.accountId() + ":key/*"),
                        Map.of("StringEquals", Map.of("kms:ViaService", List.of("s3." + target.region() + ".amazonaws.com")),
                                "StringLike", Map.of("kms:EncryptionContext:aws:s3:arn", List.of(bucketArn, bucketArn + "/*")))));
    }

    @Override
    public CsiSnapshots snapshots() {
        return new CsiSnapshots(EBS_CSI, List.of(snapshotController));
    }

    private CustomResourceOptions kept(Resource parent) {
        var options = CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS);
        options.protect(target.retain());
        options.retainOnDelete(target.retain());
        return options.build();
    }

    private CustomResourceOptions plain(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS).build();
    }
}
