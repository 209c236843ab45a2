package com.agenticstudio.platform.settings;

import java.util.List;

/**
 * What the cluster layer needs: a name, a Kubernetes minor, where it runs ({@link Placement}),
 * how big its node pools may grow and the address plan.
 */
public record ClusterSettings(
        String name,
        String kubernetesVersion,
        Placement placement,
        NodePools nodes,
        Network network) {

    /** Where the cluster runs; one record per cloud, so nothing above can read another cloud's knobs. */
    public sealed interface Placement permits Kind, Aws, Gcp {
        Cloud cloud();

        /** Availability zones the cluster spans; empty for a single-host kind cluster. */
        List<String> zones();
    }

    /** A local kind cluster; the node image is pinned by digest. */
    public record Kind(
            String nodeImage,
            int workers,
            int httpPort,
            int httpsPort,
            List<ExtraMount> extraMounts) implements Placement {
        @Override
        public Cloud cloud() {
            return Cloud.KIND;
        }

        @Override
        public List<String> zones() {
            return List.of();
        }
    }

    /** A host folder mounted into every kind node. */
    public record ExtraMount(String hostPath, String containerPath, boolean readOnly) {
    }

    public record Aws(String region, List<String> zones, String accountId, String instanceType) implements Placement {
        @Override
        public Cloud cloud() {
            return Cloud.AWS;
        }
    }

    public record Gcp(String project, String region, List<String> zones, String machineType) implements Placement {
        @Override
        public Cloud cloud() {
            return Cloud.GCP;
        }
    }

    /**
     * Node counts per zone. The on-demand pool carries everything critical; the spot pool is tainted
     * so that only workloads that tolerate interruption land there.
     */
    public record NodePools(int minPerZone, int maxPerZone, boolean spotEnabled, int spotMaxPerZone) {
    }

    /** The address plan: node network, pod range and service range must not overlap. */
    public record Network(Cidr nodes, Cidr pods, Cidr services) {
    }
}
