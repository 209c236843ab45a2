package com.agenticstudio.platform.cluster.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.eks.NodeGroup;
import com.pulumi.aws.eks.NodeGroupArgs;
import com.pulumi.aws.eks.inputs.NodeGroupScalingConfigArgs;
import com.pulumi.aws.eks.inputs.NodeGroupTaintArgs;
import com.pulumi.aws.eks.inputs.NodeGroupUpdateConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The managed node groups: an on-demand group for everything critical and, when enabled, a tainted
 * spot group for work that tolerates interruption. The cluster autoscaler owns their sizes.
 */
final class EksNodeGroups {
    static final String CAPACITY_LABEL = "studio.platform/capacity";
    private static final int DISK_GB = 50;

    /** A node group's shape, decided from the options alone. */
    record Plan(String kind, String capacityType, List<String> instanceTypes, String amiType,
                int minSize, int maxSize, Optional<String> taintValue) {
        Map<String, String> labels() {
            return Map.of(CAPACITY_LABEL, kind);
        }
    }

    private EksNodeGroups() {
    }

    static List<Plan> plan(EksCluster.Options options) {
        int zones = options.zones().size();
        var nodes = options.nodes();
        var type = options.instanceType();
        var plans = new ArrayList<Plan>();
        // One group across all zones: EKS spreads it over the subnets, so sizes are per zone times zones.
        plans.add(new Plan("on-demand", "ON_DEMAND", List.of(type), InstanceTypes.amiType(type),
                nodes.minPerZone() * zones, nodes.maxPerZone() * zones, Optional.empty()));
        if (nodes.spotEnabled()) {
            plans.add(new Plan("spot", "SPOT", InstanceTypes.spotTypes(type), InstanceTypes.amiType(type),
                    0, nodes.spotMaxPerZone() * zones, Optional.of("spot")));
        }
        return plans;
    }

    static List<NodeGroup> create(String name, EksCluster.Options options, Output<String> clusterName,
                                  Output<String> nodeRoleArn, List<Output<String>> subnetIds,
                                  Provider aws, Resource parent, List<Resource> dependsOn) {
        var groups = new ArrayList<NodeGroup>();
        for (var plan : plan(options)) {
            var args = NodeGroupArgs.builder()
                    .clusterName(clusterName)
                    // A prefix, not a name: replacing a group (new instance types) creates the new one first.
                    .nodeGroupNamePrefix(plan.kind() + "-")
                    .nodeRoleArn(nodeRoleArn)
                    .subnetIds(Output.all(subnetIds))
                    .version(options.kubernetesVersion())
                    .amiType(plan.amiType())
                    .capacityType(plan.capacityType())
                    .instanceTypes(plan.instanceTypes())
                    .diskSize(DISK_GB)
                    .scalingConfig(NodeGroupScalingConfigArgs.builder()
                            .minSize(plan.minSize())
                            .maxSize(plan.maxSize())
                            .desiredSize(plan.minSize())
                            .build())
                    .updateConfig(NodeGroupUpdateConfigArgs.builder().maxUnavailablePercentage(33).build())
                    .labels(plan.labels())
                    .tags(tags(options.clusterName(), plan.kind()));
            plan.taintValue().ifPresent(value -> args.taints(NodeGroupTaintArgs.builder()
                    .key(CAPACITY_LABEL).value(value).effect("NO_SCHEDULE").build()));
            groups.add(new NodeGroup(name + "-" + plan.kind(), args.build(), CustomResourceOptions.builder()
                    .parent(parent)
                    .provider(aws)
                    // The node role's policies must outlive the nodes, or deleting the group hangs.
                    .dependsOn(dependsOn)
                    // The cluster autoscaler owns the current size; Pulumi owns only the bounds.
                    .ignoreChanges("scalingConfig.desiredSize")
                    .build()));
        }
        return groups;
    }

    /** Auto-discovery tags of the cluster autoscaler (EKS also puts them on the group's Auto Scaling group). */
    static Map<String, String> tags(String clusterName, String kind) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("Name", clusterName + "-" + kind);
        tags.put("k8s.io/cluster-autoscaler/enabled", "true");
        tags.put("k8s.io/cluster-autoscaler/" + clusterName, "owned");
        return tags;
    }
}
