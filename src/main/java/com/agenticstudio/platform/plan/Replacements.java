package com.agenticstudio.platform.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which input changes force the engine to replace a resource (delete and create, or create and
 * delete), per type, as the providers mark them: Pulumi's "forces replacement". A path names the
 * input and everything below it. The table covers the types this program declares; for any other
 * type a changed input counts as an update, which errs on the side of silence, so add a row when the
 * program gains a type. Documented in the README's table.
 */
public final class Replacements {

    /** Cloud resources: the inputs the providers (aws 6.x, gcp 7.x, command 1.x) mark "forces new". */
    static final Map<String, List<String>> CLOUD = Map.ofEntries(
            Map.entry("aws:eks/cluster:Cluster", List.of("name", "roleArn", "kubernetesNetworkConfig", "bootstrapSelfManagedAddons",
                    "outpostConfig")),
            Map.entry("aws:eks/nodeGroup:NodeGroup", List.of("nodeGroupName", "nodeGroupNamePrefix", "clusterName", "nodeRoleArn",
                    "subnetIds", "amiType", "capacityType", "diskSize", "instanceTypes", "remoteAccess")),
            Map.entry("aws:eks/addon:Addon", List.of("addonName", "clusterName")),
            Map.entry("aws:eks/accessEntry:AccessEntry", List.of("clusterName", "principalArn", "type")),
            Map.entry("aws:ec2/vpc:Vpc", List.of("cidrBlock", "instanceTenancy", "ipv4IpamPoolId")),
            Map.entry("aws:ec2/subnet:Subnet", List.of("cidrBlock", "availabilityZone", "availabilityZoneId", "vpcId", "outpostArn")),
            Map.entry("aws:ec2/natGateway:NatGateway", List.of("allocationId", "subnetId", "connectivityType", "privateIp")),
            Map.entry("aws:ec2/eip:Eip", List.of("domain", "publicIpv4Pool", "customerOwnedIpv4Pool")),
            Map.entry("aws:ec2/routeTable:RouteTable", List.of("vpcId")),
            Map.entry("aws:ec2/routeTableAssociation:RouteTableAssociation", List.of("subnetId", "gatewayId")),
            Map.entry("aws:ec2/launchTemplate:LaunchTemplate", List.of("name", "namePrefix")),
            Map.entry("aws:kms/key:Key", List.of("customerMasterKeySpec", "keyUsage", "multiRegion", "xksKeyId",
                    "customKeyStoreId")),
            Map.entry("aws:iam/role:Role", List.of("name", "namePrefix", "path")),
            Map.entry("aws:iam/policy:Policy", List.of("name", "namePrefix", "path", "description")),
            Map.entry("aws:iam/rolePolicy:RolePolicy", List.of("name", "namePrefix", "role")),
            Map.entry("aws:iam/rolePolicyAttachment:RolePolicyAttachment", List.of("role", "policyArn")),
            Map.entry("aws:iam/openIdConnectProvider:OpenIdConnectProvider", List.of("url")),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", List.of("name", "namePrefix", "logGroupClass")),
            Map.entry("aws:s3/bucket:Bucket", List.of("bucket", "bucketPrefix")),
            Map.entry("aws:s3/bucketV2:BucketV2", List.of("bucket", "bucketPrefix", "objectLockEnabled")),
            Map.entry("aws:ebs/volume:Volume", List.of("availabilityZone", "encrypted", "kmsKeyId", "snapshotId", "outpostArn")),
            Map.entry("aws:opensearch/domain:Domain", List.of("domainName")),
            // The database (pulumi-aws / pulumi-gcp schemas: forces new).
            Map.entry("aws:rds/instance:Instance", List.of("identifier", "identifierPrefix", "engine", "dbName", "username",
                    "kmsKeyId", "storageEncrypted", "availabilityZone", "replicateSourceDb", "snapshotIdentifier",
                    "restoreToPointInTime", "characterSetName", "timezone")),
            Map.entry("aws:rds/subnetGroup:SubnetGroup", List.of("name", "namePrefix")),
            Map.entry("aws:rds/parameterGroup:ParameterGroup", List.of("name", "namePrefix", "family", "description")),
            Map.entry("aws:ec2/securityGroup:SecurityGroup", List.of("name", "namePrefix", "vpcId", "description")),
            Map.entry("gcp:sql/databaseInstance:DatabaseInstance", List.of("name", "region", "project", "masterInstanceName",
                    "encryptionKeyName", "replicaConfiguration")),
            Map.entry("gcp:sql/database:Database", List.of("name", "instance", "project")),
            Map.entry("gcp:sql/user:User", List.of("name", "instance", "project", "host", "type")),
            Map.entry("gcp:compute/globalAddress:GlobalAddress", List.of("name", "address", "prefixLength", "addressType", "purpose",
                    "network", "project")),
            Map.entry("gcp:servicenetworking/connection:Connection", List.of("network", "service")),
            Map.entry("aws:elasticsearch/domain:Domain", List.of("domainName")),
            Map.entry("gcp:container/cluster:Cluster", List.of("name", "location", "project", "network", "subnetwork",
                    "ipAllocationPolicy", "privateClusterConfig.enablePrivateEndpoint", "privateClusterConfig.masterIpv4CidrBlock")),
            Map.entry("gcp:container/nodePool:NodePool", List.of("name", "namePrefix", "cluster", "location", "project",
                    "nodeConfig.machineType", "nodeConfig.diskType", "nodeConfig.diskSizeGb", "nodeConfig.spot",
                    "nodeConfig.serviceAccount", "nodeConfig.oauthScopes", "nodeConfig.imageType", "networkConfig")),
            Map.entry("gcp:compute/network:Network", List.of("name", "project", "autoCreateSubnetworks", "mtu")),
            Map.entry("gcp:compute/subnetwork:Subnetwork", List.of("name", "network", "region", "project", "ipCidrRange",
                    "secondaryIpRanges")),
            Map.entry("gcp:compute/router:Router", List.of("name", "network", "region", "project")),
            Map.entry("gcp:compute/routerNat:RouterNat", List.of("name", "router", "region", "project")),
            Map.entry("gcp:compute/firewall:Firewall", List.of("name", "network", "project", "direction")),
            Map.entry("gcp:kms/keyRing:KeyRing", List.of("name", "location", "project")),
            Map.entry("gcp:kms/cryptoKey:CryptoKey", List.of("name", "keyRing", "purpose", "skipInitialVersionCreation",
                    "importOnly")),
            Map.entry("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember", List.of("cryptoKeyId", "role", "member", "condition")),
            Map.entry("gcp:projects/iAMMember:IAMMember", List.of("project", "role", "member", "condition")),
            Map.entry("gcp:serviceaccount/account:Account", List.of("accountId", "project")),
            Map.entry("gcp:serviceaccount/iAMMember:IAMMember", List.of("serviceAccountId", "role", "member", "condition")),
            Map.entry("gcp:storage/bucket:Bucket", List.of("name", "location", "project")),
            Map.entry("kubernetes:helm.sh/v3:Release", List.of("name", "namespace")),
            Map.entry("command:local:Command", List.of("triggers")));

    /** Kubernetes fields the API server refuses to change in place (the provider then replaces), by kind. */
    static final Map<String, List<String>> KUBERNETES = Map.ofEntries(
            Map.entry("Deployment", List.of("spec.selector")),
            Map.entry("DaemonSet", List.of("spec.selector")),
            Map.entry("ReplicaSet", List.of("spec.selector")),
            Map.entry("StatefulSet", List.of("spec.selector", "spec.serviceName", "spec.volumeClaimTemplates",
                    "spec.podManagementPolicy")),
            Map.entry("Job", List.of("spec.selector", "spec.template")),
            Map.entry("Service", List.of("spec.clusterIP", "spec.clusterIPs")),
            Map.entry("PersistentVolumeClaim", List.of("spec.accessModes", "spec.storageClassName", "spec.selector",
                    "spec.volumeName", "spec.volumeMode", "spec.dataSource")),
            Map.entry("PersistentVolume", List.of("spec.csi", "spec.storageClassName", "spec.volumeMode")),
            Map.entry("StorageClass", List.of("provisioner", "parameters", "reclaimPolicy", "volumeBindingMode")),
            Map.entry("Secret", List.of("type")),
            Map.entry("RoleBinding", List.of("roleRef")),
            Map.entry("ClusterRoleBinding", List.of("roleRef")),
            Map.entry("PodDisruptionBudget", List.of()));

    /** Every Kubernetes object: its identity. */
    static final List<String> KUBERNETES_IDENTITY = List.of("metadata.name", "metadata.namespace");

    /**
     * Types whose replacement or deletion loses data or takes the platform down: clusters, networks,
     * keys, buckets, volumes, search clusters, databases; and a namespace, which takes everything in it along.
     */
    public static final Set<String> DATA_HOLDING = Set.of(
            "aws:eks/cluster:Cluster", "gcp:container/cluster:Cluster",
            "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork",
            "aws:kms/key:Key", "gcp:kms/keyRing:KeyRing", "gcp:kms/cryptoKey:CryptoKey",
            "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2", "gcp:storage/bucket:Bucket",
            "aws:ebs/volume:Volume", "gcp:compute/disk:Disk",
            "aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain",
            "aws:rds/instance:Instance", "gcp:sql/databaseInstance:DatabaseInstance", "gcp:sql/database:Database",
            "kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch", "kubernetes:postgresql.cnpg.io/v1:Cluster",
            "kubernetes:core/v1:PersistentVolumeClaim", "kubernetes:core/v1:PersistentVolume",
            "kubernetes:apps/v1:StatefulSet", "kubernetes:core/v1:Namespace");

    private Replacements() {
    }

    /** The input paths whose change replaces a resource of this type. */
    public static List<String> forcing(String type) {
        var cloud = CLOUD.get(type);
        if (cloud != null) {
            return cloud;
        }
        if (type.startsWith("kubernetes:") && !type.startsWith("kubernetes:helm.sh")) {
            var kind = type.substring(type.lastIndexOf(':') + 1);
            var fields = new java.util.ArrayList<>(KUBERNETES_IDENTITY);
            fields.addAll(KUBERNETES.getOrDefault(kind, List.of()));
            return fields;
        }
        return List.of();
    }

    /** Whether a change at {@code path} (dotted, list indexes included) replaces a resource of {@code type}. */
    public static boolean forcesReplacement(String type, String path) {
        for (var field : forcing(type)) {
            if (path.equals(field) || path.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    public static boolean isDataHolding(String type) {
        return DATA_HOLDING.contains(type);
    }

    /** The whole table, for the README and `plan diff --replacement-table`: type, then the paths. */
    public static java.util.SortedMap<String, List<String>> table() {
        var table = new java.util.TreeMap<String, List<String>>(CLOUD);
        table.put("kubernetes:* (every object)", KUBERNETES_IDENTITY);
        KUBERNETES.forEach((kind, fields) -> {
            if (!fields.isEmpty()) {
                table.put("kubernetes:* " + kind, fields);
            }
        });
        return table;
    }
}
