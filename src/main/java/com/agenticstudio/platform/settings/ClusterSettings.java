package com.agenticstudio.platform.settings;

import java.util.List;
import java.util.Optional;

/**
 * What the cluster layer needs: a name, a Kubernetes minor, where it runs ({@link Placement}),
 * how big its node pools may grow, the address plan and who may reach the API endpoint.
 *
 * @param apiAllowedCidrs the only networks that may reach the public Kubernetes API endpoint (EKS
 *                        public access CIDRs, GKE master authorized networks); empty means the
 *                        cloud's default, open to the internet, which only staging and dev accept
 */
public record ClusterSettings(
        String name,
        String kubernetesVersion,
        Placement placement,
        NodePools nodes,
        Network network,
        List<Cidr> apiAllowedCidrs) {

    public ClusterSettings {
        apiAllowedCidrs = List.copyOf(apiAllowedCidrs);
    }

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

    /**
     * @param projectNumber the project's number, which names GKE's service agent (the identity that
     *                      encrypts Secrets with the cluster's KMS key); no look-up is made, so it is a
     *                      setting, required where Secrets are encrypted with a KMS key (prod)
     */
    public record Gcp(String project, Optional<String> projectNumber, String region, List<String> zones, String machineType)
            implements Placement {
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
