package com.agenticstudio.platform.addons.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.settings.Environment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ECK spec records: their wire form and what they refuse before the API server would. */
class ElasticSpecsTest {
    static final ContainerResources NODE = ContainerResources.of("500m", "4Gi", "4Gi");

    static ElasticsearchSpec.NodeSet nodes(int count, List<String> roles) {
        return new ElasticsearchSpec.NodeSet("default", count, roles, NODE, "10Gi", "standard", false, "critical", Map.of());
    }

    static ElasticsearchSpec cluster(List<ElasticsearchSpec.NodeSet> nodeSets) {
        return new ElasticsearchSpec("9.4.3", "http-tls", List.of("user"), "roles", false, nodeSets);
    }

    @Test
    void aClusterWithAnEvenNumberOfMastersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> cluster(List.of(nodes(2, List.of("master", "data")))));
        assertEquals(3, ((Map<?, ?>) ((List<?>) cluster(List.of(nodes(3, List.of("master", "data")))).toWire().get("nodeSets")).get(0))
                .get("count"), "the twin: three master-eligible nodes");
    }

    @Test
    void aNodeWhoseMemoryRequestIsBelowItsLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ElasticsearchSpec.NodeSet("default", 1, List.of("master"),
                ContainerResources.of("500m", "2Gi", "4Gi"), "10Gi", "standard", false, "critical", Map.of()));
    }

    @Test
    void unknownRolesVersionsAndVolumeSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> nodes(1, List.of("master", "coordinator")));
        assertThrows(IllegalArgumentException.class, () -> new ElasticsearchSpec("8.19.0", "t", List.of(), "r", false, List.of(nodes(1, List.of("master")))));
        assertThrows(IllegalArgumentException.class, () -> new ElasticsearchSpec.NodeSet("default", 1, List.of("master"), NODE, "10G",
                "standard", false, "critical", Map.of()));
    }

    @Test
    void theWireFormKeepsTlsNamesTheUsersAndTurnsMmapOff() {
        var wire = cluster(List.of(nodes(1, List.of("master", "data")))).toWire();
        assertEquals(Map.of("tls", Map.of("certificate", Map.of("secretName", "http-tls"))), wire.get("http"));
        assertEquals(List.of(Map.of("secretName", "user")), ((Map<?, ?>) wire.get("auth")).get("fileRealm"));
        var config = (Map<?, ?>) ((Map<?, ?>) ((List<?>) wire.get("nodeSets")).get(0)).get("config");
        assertEquals(false, config.get("node.store.allow_mmap"));
        assertEquals("DeleteOnScaledownAndClusterDeletion", wire.get("volumeClaimDeletePolicy"));
    }

    @Test
    void kibanaServesPlainHttpBehindTheEdgeAndRefusesAPlainPublicUrl() {
        var kibana = new KibanaSpec("9.4.3", 2, "elasticsearch", "logging", Optional.of("https://kibana.example.com"),
                ContainerResources.of("100m", "1Gi", "1Gi"), "best-effort", Capacity.SPOT_PREFERRED, Map.of()).toWire();
        assertEquals(Map.of("tls", Map.of("selfSignedCertificate", Map.of("disabled", true))), kibana.get("http"));
        assertThrows(IllegalArgumentException.class, () -> new KibanaSpec("9.4.3", 1, "elasticsearch", "logging",
                Optional.of("http://kibana.example.com"), ContainerResources.of("100m", "1Gi", "1Gi"), "best-effort", Capacity.ON_DEMAND, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new KibanaSpec("9.4.3", 0, "elasticsearch", "logging", Optional.empty(),
                ContainerResources.of("100m", "1Gi", "1Gi"), "best-effort", Capacity.ON_DEMAND, Map.of()));
    }

    @Test
    void filebeatLoadsItsLifecyclePolicyAndAddsPodMetadata() {
        var beat = new BeatSpec("9.4.3", "elasticsearch", "logging", "filebeat", "ilm", "studio-logs",
                ContainerResources.of("50m", "128Mi", "256Mi"), "critical", 0, Map.of());
        var config = beat.config();
        assertEquals("/usr/share/filebeat/ilm/ilm-policy.json", config.get("setup.ilm.policy_file"));
        assertEquals("studio-logs", config.get("setup.ilm.policy_name"));
        assertTrue(config.get("processors").toString().contains("add_kubernetes_metadata"));
        assertThrows(IllegalArgumentException.class, () -> new BeatSpec("9.4.3", "elasticsearch", "logging", "filebeat", "ilm", "studio-logs",
                ContainerResources.of("50m", "128Mi", "256Mi"), "critical", -1, Map.of()));
    }

    @Test
    void logsAreKeptAFewDaysInDevAndThirtyInProd() {
        assertEquals("3d", ElasticStack.Sizing.of(Environment.DEV).logRetention());
        assertEquals("30d", ElasticStack.Sizing.of(Environment.PROD).logRetention());
        assertTrue(Filebeat.ilmPolicy("30d").contains("\"delete\":{\"min_age\":\"30d\""));
        assertThrows(IllegalArgumentException.class, () -> new ElasticStack.Sizing(1, NODE, "10Gi", 1, NODE, NODE, "30 days", 0));
        assertThrows(IllegalArgumentException.class, () -> new ElasticStack.Sizing(1, NODE, "10Gi", 1, NODE, NODE, "3d", 1),
                "a replica on a one-node cluster could never be assigned");
    }

    @Test
    void theRolesReadLogsAndTracesOrWriteTracesOnly() {
        var roles = ElasticStack.rolesYaml();
        assertTrue(roles.contains("studio_logs_reader:\n  cluster: [\"monitor\"]\n  indices:\n    - names: [\"filebeat-*\", \"jaeger-*\"]\n"
                + "      privileges: [\"read\", \"view_index_metadata\"]"), roles);
        assertTrue(roles.contains("studio_traces_writer:"), roles);
    }
}
