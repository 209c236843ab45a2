package com.agenticstudio.platform.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The backend's PostgreSQL. {@code managed} (the default): the platform declares it, RDS on EKS, Cloud SQL
 * on GKE, CloudNativePG on kind. {@code external}: today's behaviour, the URL comes from the cloud's
 * secret manager (or a Pulumi secret in dev) and {@code databaseCidr} says where it lives
 * ({@link AppSettings.Database}).
 *
 * @param engineVersion       the PostgreSQL major version, the same on every target
 * @param instanceClass       the RDS instance class (EKS)
 * @param tier                the Cloud SQL machine tier (GKE)
 * @param storageGb           allocated storage; RDS grows it up to {@code maxStorageGb}, Cloud SQL likewise
 * @param backupRetentionDays automated backups kept (staging at least 7, prod at least 30)
 * @param maintenanceWindow   when the cloud may patch the instance, in UTC
 * @param drRegion            the region of the cross-region read replica (required in prod for a managed database)
 */
public record DatabaseSettings(Mode mode, String engineVersion, String instanceClass, String tier, int storageGb,
                               int maxStorageGb, int backupRetentionDays, MaintenanceWindow maintenanceWindow,
                               Optional<String> drRegion) {

    /**
     * PostgreSQL majors all three targets run in standard support, as read on 2026-11-30: RDS' notice of
     * May 2026 retiring 16.5-16.8 and 17.1-17.4 for 16.11 and 17.7 or newer (quoted in
     * github.com/saayam-for-all/database wiki "AWS RDS instances - Health Checks", 2026-05-30; RDS's
     * release calendar is docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html),
     * Cloud SQL's POSTGRES_16 and POSTGRES_17, and CloudNativePG's 16.14 and 17.11 images. 17 is the
     * default: the newest major with a year of minors behind it on all three.
     */
    public static final List<String> ENGINE_VERSIONS = List.of("16", "17");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public enum Mode {
        MANAGED, EXTERNAL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean managed() {
        return mode == Mode.MANAGED;
    }

    /**
     * One hour in a week, starting on the hour (Cloud SQL's maintenance window is an hour of a day).
     *
     * @param day  mon..sun
     * @param hour 0..23, UTC
     */
    public record MaintenanceWindow(String day, int hour) {
        /** RDS' form, ddd:hh24:mi-ddd:hh24:mi. */
        public String rds() {
            var endDay = hour == 23 ? DAYS.get((DAYS.indexOf(day) + 1) % 7) : day;
            return String.format("%s:%02d:00-%s:%02d:00", day, hour, endDay, (hour + 1) % 24);
        }

        /** Cloud SQL's day, 1 (Monday) to 7 (Sunday). */
        public int isoDay() {
            return DAYS.indexOf(day) + 1;
        }

        /** A daily backup window ending an hour before the maintenance starts, in RDS' form hh24:mi-hh24:mi. */
        public String backupWindow() {
            return String.format("%02d:00-%02d:30", (hour + 21) % 24, (hour + 21) % 24);
        }
    }

    static DatabaseSettings read(SettingsReader in, Environment env, ClusterSettings.Placement placement) {
        var mode = in.oneOf("databaseMode", Mode.class, Mode::id);
        var version = in.string("databaseEngineVersion");
        if (!ENGINE_VERSIONS.contains(version)) {
            in.problem("databaseEngineVersion", version, "must be a PostgreSQL major version in standard support on RDS,"
                    + " Cloud SQL and CloudNativePG: one of " + String.join(", ", ENGINE_VERSIONS));
        }
        var instanceClass = in.matching("databaseInstanceClass", "db\\.[a-z0-9]+\\.[a-z0-9]+",
                "must be an RDS instance class such as db.m7g.large");
        if (env.protectsData() && instanceClass.startsWith("db.t")) {
            in.problem("databaseInstanceClass", instanceClass, "prod needs a class with steady CPU, not a burstable db.t*");
        }
        var tier = in.matching("databaseTier", "db-custom-[0-9]+-[0-9]+|db-perf-optimized-N-[0-9]+|db-f1-micro|db-g1-small",
                "must be a Cloud SQL tier such as db-custom-2-7680");
        if (env.isShared() && (tier.equals("db-f1-micro") || tier.equals("db-g1-small"))) {
            in.problem("databaseTier", tier, env.id() + " needs a dedicated-core tier (shared-core tiers have no SLA)");
        }
        var storage = in.integer("databaseStorageGb", 20, 65536);
        var maxStorage = in.integer("databaseMaxStorageGb", 20, 65536);
        if (storage != null && maxStorage != null && maxStorage < storage) {
            in.problem("databaseMaxStorageGb", maxStorage, "must be at least studio-platform:databaseStorageGb (" + storage + ")");
        }
        var retention = in.integer("databaseBackupRetentionDays", 1, 35);
        int minimum = env.protectsData() ? 30 : env.isShared() ? 7 : 1;
        if (retention != null && retention < minimum) {
            in.problem("databaseBackupRetentionDays", retention, env.id() + " keeps backups at least " + minimum + " days");
        }
        var window = maintenanceWindow(in);
        var drRegion = drRegion(in, env, placement, mode != Mode.EXTERNAL);
        return new DatabaseSettings(mode == null ? Mode.MANAGED : mode, version, instanceClass, tier, n(storage), n(maxStorage),
                n(retention), window, drRegion);
    }

    private static MaintenanceWindow maintenanceWindow(SettingsReader in) {
        var raw = in.string("databaseMaintenanceWindow");
        var matcher = java.util.regex.Pattern.compile("(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):00").matcher(raw);
        if (!matcher.matches()) {
            in.problem("databaseMaintenanceWindow", raw, "must be the start of a one-hour window in UTC, ddd:hh:00, such as sun:03:00");
            return new MaintenanceWindow("sun", 3);
        }
        return new MaintenanceWindow(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** The DR region of the cluster's cloud; the other cloud's key is not read, as with the other per-cloud settings. */
    private static Optional<String> drRegion(SettingsReader in, Environment env, ClusterSettings.Placement placement, boolean managed) {
        String key;
        String primary;
        String pattern;
        String example;
        if (placement instanceof ClusterSettings.Aws aws) {
            key = "awsDrRegion";
            primary = aws.region();
            pattern = "[a-z]{2}(-gov)?-[a-z]+-\\d";
            example = "eu-central-1";
        } else if (placement instanceof ClusterSettings.Gcp gcp) {
            key = "gcpDrRegion";
            primary = gcp.region();
            pattern = "[a-z]+-[a-z]+\\d+";
            example = "europe-west3";
        } else {
            return Optional.empty();
        }
        var region = in.optional(key);
        if (region.isPresent() && !region.get().matches(pattern)) {
            in.problem(key, region.get(), "must be a region such as " + example);
        } else if (region.isPresent() && region.get().equals(primary)) {
            in.problem(key, region.get(), "must differ from the cluster's region (" + primary + "): the replica is there for a region loss");
        } else if (region.isEmpty() && managed && env.protectsData()) {
            in.problem(key, "", env.id() + " replicates its database to another region; set one such as " + example);
        }
        return region;
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
