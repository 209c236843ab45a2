package com.agenticstudio.platform.addons.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.testing.Graphs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudNativePgTest {
    static final ContainerResources SMALL = ContainerResources.of("100m", "256Mi", "512Mi");

    static PostgresClusterSpec spec(String image) {
        return new PostgresClusterSpec(1, image, "studio", "studio", "2Gi", "standard", SMALL);
    }

    @Test
    void aClusterIsANamespacedCnpgV1Kind() {
        assertEquals("kubernetes:postgresql.cnpg.io/v1:Cluster", PostgresClusterSpec.KIND.typeToken());
        assertTrue(PostgresClusterSpec.KIND.namespaced());
    }

    @Test
    void theClusterBootstrapsTheAppsDatabaseWithoutSuperuserAccessOnASmallVolume() {
        var wire = spec("ghcr.io/cloudnative-pg/postgresql:17.11-standard-trixie").toWire();
        assertEquals(1, wire.get("instances"));
        assertEquals(false, wire.get("enableSuperuserAccess"));
        assertEquals(Map.of("initdb", Map.of("database", "studio", "owner", "studio")), wire.get("bootstrap"));
        assertEquals(Map.of("size", "2Gi", "storageClass", "standard"), wire.get("storage"));
        assertEquals(SMALL.toMap(), wire.get("resources"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres:17", "ghcr.io/cloudnative-pg/postgresql:latest", "ghcr.io/cloudnative-pg/postgresql:17"})
    void anImageThatDoesNotPinAMinorIsRefused(String image) {
        assertThrows(IllegalArgumentException.class, () -> spec(image));
    }

    @Test
    void theImageRunsTheMajorEveryTargetRuns() {
        for (var major : List.of("16", "17")) {
            assertEquals(major, spec(CloudNativePg.Options.IMAGES.get(major)).major());
        }
    }

    @Test
    void theChartIsCloudnativePg0290AndOnlyCheckedKeysAreSet() {
        var chart = CloudNativePgValues.chart();
        assertEquals(List.of("cloudnative-pg", "https://cloudnative-pg.github.io/charts", "0.29.0"),
                List.of(chart.chart(), chart.repository(), chart.version()));
        var values = new CloudNativePgValues(1, SMALL).toMap();
        assertEquals(List.of(), chart.uncheckedKeys(values));
    }

    @Test
    void theDatabasePodsAdmitTheAppTheOperatorAndPrometheusAndNothingElse() {
        var settings = Graphs.settings("dev", Map.of());
        var options = CloudNativePg.Options.from(settings, Graphs.offlineCluster(com.agenticstudio.platform.settings.Cloud.KIND), null);
        var flows = CloudNativePg.instanceFlows(Graphs.network(com.agenticstudio.platform.settings.Cloud.KIND), options,
                Map.of("app", "backend"));
        assertEquals(List.of("allow-postgres-from-app", "allow-postgres-status", "allow-postgres-scrape", "allow-postgres-peers",
                "allow-postgres-peers-out", "allow-postgres-api-server", "allow-postgres-dns"), flows.stream().map(f -> f.name()).toList());
        assertTrue(flows.stream().allMatch(f -> f.pods().equals(Map.of("cnpg.io/cluster", "studio-db"))));
    }

    @Test
    void theAlertsLinkTheirRunbooks() {
        var settings = Graphs.settings("dev", Map.of());
        var options = CloudNativePg.Options.from(settings, Graphs.offlineCluster(com.agenticstudio.platform.settings.Cloud.KIND), null);
        var alerts = CloudNativePg.alerts(options);
        assertEquals(List.of("DatabaseDown", "DatabaseConnectionsNearLimit", "DatabaseStorageLow"), alerts.stream().map(a -> a.name()).toList());
        assertTrue(alerts.stream().allMatch(a -> a.runbook().endsWith("#" + a.name().toLowerCase(java.util.Locale.ROOT))));
    }
}
