package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.NodeCapacity;
import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.container.NodePool;
import com.pulumi.gcp.container.NodePoolArgs;
import com.pulumi.gcp.container.inputs.NodePoolAutoscalingArgs;
import com.pulumi.gcp.container.inputs.NodePoolManagementArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigTaintArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolUpgradeSettingsArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node pools: an on-demand pool for everything critical and, when enabled, a tainted spot pool for
 * work that tolerates interruption. Regional pools count nodes per zone.
 */
final class GkeNodePools {
    static final String CAPACITY_LABEL = NodeCapacity.LABEL;
    static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

    /** A pool's shape, decided from the options alone; counts are per zone. */
    record Plan(String kind, boolean spot, int minPerZone, int maxPerZone, String locationPolicy, Optional<String> taintValue) {
        Map<String, String> labels() {
            return Map.of(CAPACITY_LABEL, kind);
        }
    }

    private GkeNodePools() {
    }

    static List<Plan> plan(GkeCluster.Options options) {
        var nodes = options.nodes();
        var plans = new ArrayList<Plan>();
        // BALANCED keeps the critical pool even across zones; ANY lets spot go where capacity is.
        plans.add(new Plan(NodeCapacity.ON_DEMAND, false, nodes.minPerZone(), nodes.maxPerZone(), "BALANCED", Optional.empty()));
        if (nodes.spotEnabled()) {
            plans.add(new Plan(NodeCapacity.SPOT, true, 0, nodes.spotMaxPerZone(), "ANY", Optional.of(NodeCapacity.SPOT)));
        }
        return plans;
    }

    static List<NodePool> create(String name, GkeCluster.Options options, Output<String> clusterName,
                                 Output<String> serviceAccountEmail, Provider gcp, Resource parent) {
        var pools = new ArrayList<NodePool>();
        for (var plan : plan(options)) {
            var nodeConfig = NodePoolNodeConfigArgs.builder()
                    .machineType(options.machineType())
                    .imageType("COS_CONTAINERD")
                    .diskType("pd-balanced")
                    .diskSizeGb(100)
                    .spot(plan.spot())
                    .serviceAccount(serviceAccountEmail)
                    // Access is decided by the service account's IAM roles; the scope only has to not get in the way.
                    .oauthScopes(List.of(CLOUD_PLATFORM_SCOPE))
                    // Pods see the GKE metadata server: workload identity instead of the node's identity.
                    .workloadMetadataConfig(NodePoolNodeConfigWorkloadMetadataConfigArgs.builder().mode("GKE_METADATA").build())
                    .shieldedInstanceConfig(NodePoolNodeConfigShieldedInstanceConfigArgs.builder()
                            .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                    .labels(plan.labels());
            plan.taintValue().ifPresent(value -> nodeConfig.taints(List.of(NodePoolNodeConfigTaintArgs.builder()
                    .key(CAPACITY_LABEL).value(value).effect("NO_SCHEDULE").build())));
            pools.add(new NodePool(name + "-" + plan.kind(), NodePoolArgs.builder()
                    .cluster(clusterName)
                    .location(options.region())
                    .nodeLocations(options.zones())
                    // A prefix, not a name: replacing a pool (new machine type) creates the new one first.
                    .namePrefix(plan.kind() + "-")
                    .initialNodeCount(plan.minPerZone())
                    .autoscaling(NodePoolAutoscalingArgs.builder()
                            .minNodeCount(plan.minPerZone())
                            .maxNodeCount(plan.maxPerZone())
                            .locationPolicy(plan.locationPolicy())
                            .build())
                    .management(NodePoolManagementArgs.builder().autoRepair(true).autoUpgrade(true).build())
                    .upgradeSettings(NodePoolUpgradeSettingsArgs.builder().maxSurge(1).maxUnavailable(0).build())
                    .nodeConfig(nodeConfig.build())
                    .build(), CustomResourceOptions.builder()
                    .parent(parent)
                    .provider(gcp).version(CloudPlugins.GCP)
                    // The autoscaler owns the node count; a changed initial count would only force a replacement.
                    .ignoreChanges("initialNodeCount")
                    .build()));
        }
        return pools;
    }
}
