package com.agenticstudio.platform.settings;

/**
 * Every setting of a stack, parsed and validated once by {@link SettingsLoader}. Nothing else in the
 * program reads configuration.
 */
public record Settings(
        String stack,
        Environment environment,
        ClusterSettings cluster,
        EdgeSettings edge,
        AppSettings app,
        AccessSettings access,
        MonitoringSettings monitoring,
        LoggingSettings logging,
        java.util.Optional<CiSettings> ci,
        DatabaseSettings database) {

    public Cloud cloud() {
        return cluster.placement().cloud();
    }
}
