package com.agenticstudio.platform.services;

import java.util.Objects;
import java.util.Optional;

/**
 * What workloads may use from the platform layer: the edge that makes them reachable over HTTPS,
 * the monitoring that scrapes and alerts on them, and, on cloud clusters, the secret store that
 * copies secrets from the cloud's secret manager. Workloads see these contracts only, never the
 * add-ons behind them.
 *
 * @param secretStore empty on kind, where dev secrets come from Pulumi's encrypted config
 * @param scheduling  the platform's PriorityClasses
 * @param database    the backend's PostgreSQL: where its URL comes from and where its egress goes
 * @param reloads     what restarts the workload's pods when a Secret they read at start changes
 */
public record PlatformServices(Edge edge, Monitoring monitoring, Optional<SecretStore> secretStore, Scheduling scheduling,
                               Database database, SecretReloads reloads) {
    public PlatformServices {
        Objects.requireNonNull(reloads, "reloads");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(scheduling, "scheduling");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(secretStore, "secretStore");
    }
}
