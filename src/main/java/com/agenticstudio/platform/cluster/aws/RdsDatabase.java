package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.DatabaseSettings;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
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
 * The backend's PostgreSQL on EKS: Amazon RDS beside the cluster, in subnets of its own carved from the
 * VPC's reserved block (private, no route out), reachable on 5432 only from the cluster's private
 * subnets (nodes and pods: the VPC CNI gives pods VPC addresses). Encrypted with a KMS key of its own,
 * TLS forced by its parameter group, automated backups and Performance Insights on, the master password
 * kept and rotated by RDS in Secrets Manager (encrypted with the same key), so no password passes
 * through Pulumi. Multi-AZ outside dev; prod adds deletion protection, a final snapshot, {@code protect}
 * and a read replica in the disaster-recovery region, on a provider and key of its own there.
 *
 * <p>Engine: the major version only ({@code engineVersion} "17"); RDS picks its default minor at creation
 * and applies newer minors in the maintenance window ({@code autoMinorVersionUpgrade}); a major upgrade
 * is a deliberate change of {@code databaseEngineVersion}. RDS Extended Support is refused, so a major
 * past its standard support is upgraded rather than billed.
 */
public final class RdsDatabase extends ComponentResource {
    public static final String TYPE = "studio:cluster:RdsDatabase";
    public static final int PORT = 5432;
    public static final String DATABASE = "studio";
    static final String MASTER_USER = "studio_admin";
    /** RDS' CA that its server certificates chain to (rds-ca-rsa2048-g1, valid to 2061). */
    static final String CA = "rds-ca-rsa2048-g1";
    static final int PERFORMANCE_INSIGHTS_DAYS = 7;

    /**
     * @param identifier      the instance's name, also its final snapshot's prefix
     * @param vpcCidr         the cluster's VPC, whose reserved block holds the database subnets
     * @param clients         the cluster's private subnets: the only sources admitted on 5432
     * @param zones           the cluster's zones; one database subnet each
     * @param multiAz         a synchronous standby in another zone (staging and prod)
     * @param protect         deletion protection, a final snapshot, {@code protect} and retain (prod)
     */
    public record Options(String identifier, String clusterName, String environment, String partition, String region,
                          String accountId, Cidr vpcCidr, List<Cidr> clients, List<String> zones,
                          DatabaseSettings settings, boolean multiAz, boolean protect) {
        public Options {
            clients = List.copyOf(clients);
            zones = List.copyOf(zones);
        }

        /** One small subnet per zone in the VPC's reserved eighth (SubnetPlan.reserved): eight slices, one per zone. */
        List<Cidr> subnets() {
            var reserved = SubnetPlan.reserved(vpcCidr);
            var subnets = new ArrayList<Cidr>();
            for (int i = 0; i < zones.size(); i++) {
                subnets.add(reserved.subnet(reserved.prefix() + 3, i));
            }
            return subnets;
        }

        String parameterFamily() {
            return "postgres" + settings.engineVersion();
        }

        String arn(String service, String region, String resource) {
            return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
        }
    }

    private final ManagedDatabase database;
    private final Instance primary;
    private final Optional<Instance> replica;

    public RdsDatabase(String name, Options options, Provider aws, Output<String> vpcId, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var settings = options.settings();
        var key = key(name + "-key", options, options.region(), aws);

        var subnetIds = new ArrayList<Output<String>>();
        var subnets = options.subnets();
        for (int i = 0; i < subnets.size(); i++) {
            var zone = options.zones().get(i);
            // No route table of their own: the VPC's main table routes inside the VPC only.
            subnetIds.add(subnet(name + "-" + zone, vpcId, zone, subnets.get(i), options.identifier() + "-" + zone,
                    kept(aws, options.protect())));
        }
        var subnetGroup = new SubnetGroup(name + "-subnets", SubnetGroupArgs.builder()
                .name(options.identifier())
                .description("Private subnets of the " + options.clusterName() + " database")
                .subnetIds(Output.all(subnetIds))
                .build(), plain(aws));
        var firewall = new SecurityGroup(name + "-sg", SecurityGroupArgs.builder()
                .name(options.identifier())
                .description("PostgreSQL from the " + options.clusterName() + " nodes and pods only")
                .vpcId(vpcId)
                .ingress(SecurityGroupIngressArgs.builder()
                        .description("PostgreSQL from the cluster's private subnets")
                        .protocol("tcp").fromPort(PORT).toPort(PORT)
                        .cidrBlocks(options.clients().stream().map(Cidr::toString).toList())
                        .build())
                .build(), plain(aws));
        var parameters = parameterGroup(name + "-params", options, aws);

        var instance = placed(InstanceArgs.builder()
                .identifier(options.identifier())
                .engine("postgres")
                .engineVersion(settings.engineVersion())
                .allowMajorVersionUpgrade(false)
                .engineLifecycleSupport("open-source-rds-extended-support-disabled")
                .allocatedStorage(settings.storageGb())
                .dbName(DATABASE)
                .username(MASTER_USER)
                .manageMasterUserPassword(true)
                .masterUserSecretKmsKeyId(key.arn())
                .port(PORT)
                .multiAz(options.multiAz())
                .backupRetentionPeriod(options.settings().backupRetentionDays())
                .backupWindow(settings.maintenanceWindow().backupWindow())
                .deleteAutomatedBackups(!options.protect())
                .enabledCloudwatchLogsExports(List.of("postgresql", "upgrade"))
                .applyImmediately(false), options, key, subnetGroup, firewall, parameters);
        if (options.protect()) {
            instance.skipFinalSnapshot(false).finalSnapshotIdentifier(options.identifier() + "-final");
        } else {
            instance.skipFinalSnapshot(true);
        }
        this.primary = new Instance(name, instance.build(), kept(aws, options.protect()));

        this.replica = settings.drRegion().map(region -> replica(name, options, region));

        var secretArn = primary.masterUserSecrets().applyValue(secrets -> secrets.get(0).secretArn().orElseThrow());
        var credentials = new ManagedDatabase.Credentials.CloudSecret(secretArn, "username", "password",
                List.of(new CloudPermission.AwsPolicy("read-database-secret", readSecret(options))));
        this.database = new ManagedDatabase(primary.address(), PORT, DATABASE, credentials, subnets, List.of(primary));
        registerOutputs(Map.of("address", primary.address(), "masterUserSecretArn", secretArn));
    }

    /**
     * The master user's secret, named rds!db-<uuid> by RDS, so it is found by the tag RDS puts on it
     * (aws:rds:primaryDBInstanceArn), and its key only as Secrets Manager uses it for such a secret.
     */
    static PolicyDocument readSecret(Options options) {
        var instanceArn = options.arn("rds", options.region(), "db:" + options.identifier());
        var secrets = options.arn("secretsmanager", options.region(), "secret:rds!db-*");
        return PolicyDocument.of(
                PolicyDocument.Statement.allow(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                        List.of(secrets),
                        Map.of("StringEquals", Map.of("aws:ResourceTag/aws:rds:primaryDBInstanceArn", List.of(instanceArn)))),
                PolicyDocument.Statement.allow(List.of("kms:Decrypt"),
                        List.of(options.arn("kms", options.region(), "key/*")),
                        Map.of("StringEquals", Map.of(
                                        "kms:ViaService", List.of("secretsmanager." + options.region() + ".amazonaws.com"),
                                        "aws:ResourceTag/studio.platform/database", List.of(options.identifier())),
                                "StringLike", Map.of("kms:EncryptionContext:SecretARN", List.of(secrets)))));
    }

    /** TLS only: rds.force_ssl refuses unencrypted connections (the default of PostgreSQL 15+ on RDS, stated anyway). */
    private ParameterGroup parameterGroup(String name, Options options, Provider provider) {
        return new ParameterGroup(name, ParameterGroupArgs.builder()
                .name(options.identifier() + "-" + options.parameterFamily())
                .family(options.parameterFamily())
                .description("TLS-only PostgreSQL for " + options.clusterName())
                .parameters(ParameterGroupParameterArgs.builder().name("rds.force_ssl").value("1").applyMethod("immediate").build())
                .build(), plain(provider));
    }

    private Key key(String name, Options options, String region, Provider provider) {
        return new Key(name, KeyArgs.builder()
                .description("Storage, snapshots, Performance Insights and master secret of the " + options.identifier()
                        + " database (" + region + ")")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                // The secret reader's Decrypt names keys by this tag (readSecret).
                .tags(Map.of("studio.platform/database", options.identifier()))
                .build(), kept(provider, options.protect()));
    }

    /**
     * A read replica in the DR region, on its own provider: its own key (a KMS key never leaves its
     * region), a small isolated VPC with a subnet in two zones, a parameter group of its own. No automated
     * backups: RDS takes none of a PostgreSQL read replica, so the runbook sets the retention when it promotes it.
     */
    private Instance replica(String name, Options options, String region) {
        var dr = EksCluster.provider(name + "-dr-aws", region, options.accountId(), options.clusterName(), options.environment(), this);
        var key = key(name + "-dr-key", options, region, dr);
        var network = SubnetPlan.reserved(options.vpcCidr());
        var vpc = new Vpc(name + "-dr-vpc", VpcArgs.builder()
                .cidrBlock(network.toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(Map.of("Name", options.identifier() + "-dr"))
                .build(), kept(dr, options.protect()));
        var subnetIds = new ArrayList<Output<String>>();
        for (var suffix : List.of("a", "b")) {
            var index = subnetIds.size();
            subnetIds.add(subnet(name + "-dr-" + region + suffix, vpc.id(), region + suffix,
                    network.subnet(network.prefix() + 3, index), options.identifier() + "-dr-" + region + suffix, kept(dr, options.protect())));
        }
        var subnetGroup = new SubnetGroup(name + "-dr-subnets", SubnetGroupArgs.builder()
                .name(options.identifier() + "-dr")
                .description("Subnets of the " + options.identifier() + " read replica")
                .subnetIds(Output.all(subnetIds))
                .build(), plain(dr));
        // Nothing reaches the replica until it is promoted and a cluster in this region is admitted (README runbook).
        var firewall = new SecurityGroup(name + "-dr-sg", SecurityGroupArgs.builder()
                .name(options.identifier() + "-dr")
                .description("The " + options.identifier() + " read replica; no client until promoted")
                .vpcId(vpc.id())
                .build(), plain(dr));
        var parameters = parameterGroup(name + "-dr-params", options, dr);
        return new Instance(name + "-replica", placed(InstanceArgs.builder()
                .identifier(options.identifier() + "-replica")
                // Across regions the source is named by its ARN.
                .replicateSourceDb(primary.arn())
                .skipFinalSnapshot(true), // a replica has no data of its own to keep; the primary's final snapshot holds it
                options, key, subnetGroup, firewall, parameters).build(), kept(dr, options.protect()));
    }

    /**
     * What the primary and its replica share: class and storage, their key, network, TLS parameters and
     * CA, minor upgrades in the maintenance window, Performance Insights, deletion protection.
     */
    private static InstanceArgs.Builder placed(InstanceArgs.Builder instance, Options options, Key key, SubnetGroup subnets,
                                               SecurityGroup firewall, ParameterGroup parameters) {
        var settings = options.settings();
        return instance
                .instanceClass(settings.instanceClass())
                .maxAllocatedStorage(settings.maxStorageGb())
                .storageType("gp3")
                .storageEncrypted(true)
                .kmsKeyId(key.arn())
                .autoMinorVersionUpgrade(true)
                .dbSubnetGroupName(subnets.name())
                .vpcSecurityGroupIds(firewall.id().applyValue(List::of))
                .publiclyAccessible(false)
                .parameterGroupName(parameters.name())
                .caCertIdentifier(CA)
                .maintenanceWindow(settings.maintenanceWindow().rds())
                .copyTagsToSnapshot(true)
                .performanceInsightsEnabled(true)
                .performanceInsightsKmsKeyId(key.arn())
                .performanceInsightsRetentionPeriod(PERFORMANCE_INSIGHTS_DAYS)
                .deletionProtection(options.protect());
    }

    private static Output<String> subnet(String name, Output<String> vpcId, String zone, Cidr cidr, String tag,
                                         CustomResourceOptions options) {
        return new Subnet(name, SubnetArgs.builder()
                .vpcId(vpcId)
                .availabilityZone(zone)
                .cidrBlock(cidr.toString())
                .tags(Map.of("Name", tag))
                .build(), options).id();
    }

    public ManagedDatabase database() {
        return database;
    }

    public Instance primary() {
        return primary;
    }

    public Optional<Instance> replica() {
        return replica;
    }

    private CustomResourceOptions plain(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider).version(CloudPlugins.AWS).build();
    }

    private CustomResourceOptions kept(Provider provider, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(provider).version(CloudPlugins.AWS).protect(protect).retainOnDelete(protect).build();
    }
}
