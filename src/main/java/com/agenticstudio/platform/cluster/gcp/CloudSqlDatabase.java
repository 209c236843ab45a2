package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.DatabaseSettings;
import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.compute.GlobalAddress;
import com.pulumi.gcp.compute.GlobalAddressArgs;
import com.pulumi.gcp.servicenetworking.Connection;
import com.pulumi.gcp.servicenetworking.ConnectionArgs;
import com.pulumi.gcp.sql.Database;
import com.pulumi.gcp.sql.DatabaseArgs;
import com.pulumi.gcp.sql.DatabaseInstance;
import com.pulumi.gcp.sql.DatabaseInstanceArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsDatabaseFlagArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsInsightsConfigArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsIpConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsMaintenanceWindowArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backend's PostgreSQL on GKE: Cloud SQL with a private address only, through Private Service
 * Access on the cluster's VPC (a reserved global range and the service networking connection), TLS
 * required, automated backups with point-in-time recovery, Query Insights, REGIONAL (a standby in a
 * second zone) outside dev; prod adds deletion protection (Cloud SQL's and Pulumi's), {@code protect}
 * and a read replica in the disaster-recovery region.
 *
 * <p>No password exists: IAM database authentication is on, and the only application user is the
 * backend's Google service account (its workload identity), which logs in through the Cloud SQL Auth
 * Proxy beside it ({@code --auto-iam-authn}). The proxy dials the instance's private address on 3307.
 */
public final class CloudSqlDatabase extends ComponentResource {
    public static final String TYPE = "studio:cluster:CloudSqlDatabase";
    public static final String DATABASE = "studio";
    /** The Cloud SQL Auth Proxy's server-side port on the instance. */
    public static final int PROXY_PORT = 3307;
    /** The range Private Service Access allocates the instances' addresses from; apart from every cluster range. */
    public static final Cidr PRIVATE_SERVICES = Cidr.of("172.18.0.0/20");
    /** Transaction logs kept for point-in-time recovery (Cloud SQL allows 1 to 7 for Enterprise). */
    static final int LOG_RETENTION_DAYS = 7;

    /**
     * @param instance     the instance's name (Cloud SQL keeps a deleted name for up to a week)
     * @param client       the name the client's workload identity is bound under (WorkloadIdentity.bind), whose
     *                     Google service account becomes the one database user
     * @param ranges       the cluster's node, pod and service ranges, which the private range must not overlap
     * @param regional     a standby in another zone of the region (staging and prod)
     * @param protect      deletion protection and {@code protect} (prod)
     */
    public record Options(String instance, String clusterName, String project, String region, String client, List<Cidr> ranges,
                          DatabaseSettings settings, boolean regional, boolean protect) {
        public Options {
            ranges = List.copyOf(ranges);
            for (var range : ranges) {
                if (range.overlaps(PRIVATE_SERVICES)) {
                    throw new IllegalArgumentException("the cluster range " + range + " overlaps Cloud SQL's private range " + PRIVATE_SERVICES);
                }
            }
        }

        /** The database user of an IAM service account: its e-mail without .gserviceaccount.com. */
        String user() {
            // The account id GkeWorkloadIdentity gives the client's Google service account.
            return ServiceAccountIds.derive(clusterName + "-" + client) + "@" + project + ".iam";
        }
    }

    private final ManagedDatabase database;
    private final DatabaseInstance primary;
    private final Optional<DatabaseInstance> replica;

    public CloudSqlDatabase(String name, Options options, Provider gcp, Output<String> networkId,
                            ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var settings = options.settings();
        var range = new GlobalAddress(name + "-private-range", GlobalAddressArgs.builder()
                .name(options.instance() + "-psa")
                .purpose("VPC_PEERING")
                .addressType("INTERNAL")
                .address(PRIVATE_SERVICES.toString().substring(0, PRIVATE_SERVICES.toString().indexOf('/')))
                .prefixLength(PRIVATE_SERVICES.prefix())
                .network(networkId)
                .build(), kept(gcp, options.protect()));
        // Without the peering the instance has no address the cluster reaches: kept like the instance.
        var peering = new Connection(name + "-private-access", ConnectionArgs.builder()
                .network(networkId)
                .service("servicenetworking.googleapis.com")
                .reservedPeeringRanges(range.name().applyValue(List::of))
                .build(), kept(gcp, options.protect()));

        this.primary = new DatabaseInstance(name, DatabaseInstanceArgs.builder()
                .name(options.instance())
                .region(options.region())
                .databaseVersion("POSTGRES_" + settings.engineVersion())
                .deletionProtection(options.protect())
                .settings(instanceSettings(options, networkId, true))
                .build(), CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(options.protect())
                .dependsOn(peering).build());
        var database = new Database(name + "-db", DatabaseArgs.builder()
                .name(DATABASE)
                .instance(primary.name())
                .build(), CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(options.protect()).build());
        this.replica = settings.drRegion().map(region -> new DatabaseInstance(name + "-replica", DatabaseInstanceArgs.builder()
                .name(options.instance() + "-replica")
                .region(region)
                .databaseVersion("POSTGRES_" + settings.engineVersion())
                .masterInstanceName(primary.name())
                .deletionProtection(options.protect())
                .settings(instanceSettings(options, networkId, false))
                .build(), CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(options.protect()).build()));

        var credentials = new ManagedDatabase.Credentials.IamAuthentication(primary.connectionName(), options.client(), options.user(),
                // The login is declared with the client's Google service account (GkeWorkloadIdentity), which Cloud SQL
                // requires to exist first.
                List.of(new CloudPermission.GcpProjectRole("roles/cloudsql.client", Optional.empty()),
                        new CloudPermission.GcpProjectRole("roles/cloudsql.instanceUser", Optional.empty()),
                        new CloudPermission.GcpSqlIamUser(primary.name())),
                PROXY_PORT);
        this.database = new ManagedDatabase(primary.privateIpAddress(), 5432, DATABASE, credentials, List.of(PRIVATE_SERVICES),
                List.of(primary, database));
        registerOutputs(Map.of("connectionName", primary.connectionName(), "privateIpAddress", primary.privateIpAddress()));
    }

    /** The primary's settings; a replica has no backups of its own and one zone until it is promoted. */
    private static DatabaseInstanceSettingsArgs instanceSettings(Options options, Output<String> networkId, boolean primary) {
        var settings = options.settings();
        var window = settings.maintenanceWindow();
        var args = DatabaseInstanceSettingsArgs.builder()
                .tier(settings.tier())
                .edition("ENTERPRISE")
                .availabilityType(primary && options.regional() ? "REGIONAL" : "ZONAL")
                .diskType("PD_SSD")
                .diskSize(settings.storageGb())
                .diskAutoresize(true)
                .diskAutoresizeLimit(settings.maxStorageGb())
                .deletionProtectionEnabled(options.protect())
                .ipConfiguration(DatabaseInstanceSettingsIpConfigurationArgs.builder()
                        .ipv4Enabled(false) // no public address at all
                        .privateNetwork(networkId)
                        .requireSsl(true)
                        .build())
                .databaseFlags(DatabaseInstanceSettingsDatabaseFlagArgs.builder()
                        .name("cloudsql.iam_authentication").value("on").build())
                .insightsConfig(DatabaseInstanceSettingsInsightsConfigArgs.builder().queryInsightsEnabled(true).build())
                .maintenanceWindow(DatabaseInstanceSettingsMaintenanceWindowArgs.builder()
                        .day(window.isoDay()).hour(window.hour()).updateTrack("stable").build());
        if (primary) {
            args.backupConfiguration(DatabaseInstanceSettingsBackupConfigurationArgs.builder()
                    .enabled(true)
                    .pointInTimeRecoveryEnabled(true)
                    .transactionLogRetentionDays(Math.min(LOG_RETENTION_DAYS, settings.backupRetentionDays()))
                    .startTime(settings.maintenanceWindow().backupWindow().substring(0, 5))
                    .backupRetentionSettings(DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs.builder()
                            .retainedBackups(settings.backupRetentionDays())
                            .retentionUnit("COUNT")
                            .build())
                    .build());
        }
        return args.build();
    }

    public ManagedDatabase database() {
        return database;
    }

    public DatabaseInstance primary() {
        return primary;
    }

    public Optional<DatabaseInstance> replica() {
        return replica;
    }

    private CustomResourceOptions kept(Provider gcp, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(protect).build();
    }
}
