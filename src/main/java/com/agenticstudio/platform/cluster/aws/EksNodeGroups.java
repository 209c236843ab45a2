package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.NodeCapacity;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ec2.LaunchTemplate;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingEbsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMetadataOptionsArgs;
import com.pulumi.aws.eks.NodeGroup;
import com.pulumi.aws.eks.NodeGroupArgs;
import com.pulumi.aws.eks.inputs.NodeGroupLaunchTemplateArgs;
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
 *
 * <p>Each group launches from its own launch template, which is where the node hardening lives:
 * <ul>
 *   <li>the instance metadata service answers IMDSv2 (session tokens) only, with a hop limit of 1, so
 *       a pod that is not on the host network cannot reach it and borrow the node role; pods get AWS
 *       credentials through IRSA instead (AL2023's own default for managed node groups, made explicit);</li>
 *   <li>the root volume is an encrypted gp3 volume.</li>
 * </ul>
 * With a launch template EKS refuses a disk size on the node group: the size lives in the template's
 * block device mapping. The template names no image, so the node group keeps its AL2023 AMI type.
 * (docs.aws.amazon.com/eks/latest/userguide/launch-templates.html, .../al2023.html)
 */
final class EksNodeGroups {
    static final String CAPACITY_LABEL = NodeCapacity.LABEL;
    static final int ROOT_VOLUME_GB = 50;
    /** The root device of the EKS-optimized AL2023 AMIs. */
    static final String ROOT_DEVICE = "/dev/xvda";
    /** Only the node itself reaches the metadata service; a container's extra network hop does not. */
    static final int METADATA_HOP_LIMIT = 1;

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
        plans.add(new Plan(NodeCapacity.ON_DEMAND, "ON_DEMAND", List.of(type), InstanceTypes.amiType(type),
                nodes.minPerZone() * zones, nodes.maxPerZone() * zones, Optional.empty()));
        if (nodes.spotEnabled()) {
            plans.add(new Plan(NodeCapacity.SPOT, "SPOT", InstanceTypes.spotTypes(type), InstanceTypes.amiType(type),
                    0, nodes.spotMaxPerZone() * zones, Optional.of(NodeCapacity.SPOT)));
        }
        return plans;
    }

    static List<NodeGroup> create(String name, EksCluster.Options options, Output<String> clusterName,
                                  Output<String> nodeRoleArn, List<Output<String>> subnetIds,
                                  Provider aws, Resource parent, List<Resource> dependsOn) {
        var groups = new ArrayList<NodeGroup>();
        for (var plan : plan(options)) {
            var template = launchTemplate(name + "-" + plan.kind(), options.clusterName() + "-" + plan.kind(), aws, parent);
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
                    // The latest version: a changed template rolls the group onto it.
                    .launchTemplate(NodeGroupLaunchTemplateArgs.builder()
                            .id(template.id())
                            .version(template.latestVersion().applyValue(String::valueOf))
                            .build())
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
                    .provider(aws).version(CloudPlugins.AWS)
                    // The node role's policies must outlive the nodes, or deleting the group hangs.
                    .dependsOn(dependsOn)
                    // The cluster autoscaler owns the current size; Pulumi owns only the bounds.
                    .ignoreChanges("scalingConfig.desiredSize")
                    .build()));
        }
        return groups;
    }

    /** The hardened launch template of one node group: IMDSv2 only, hop limit 1, an encrypted gp3 root volume. */
    static LaunchTemplate launchTemplate(String logicalName, String namePrefix, Provider aws, Resource parent) {
        return new LaunchTemplate(logicalName + "-template", LaunchTemplateArgs.builder()
                .namePrefix(namePrefix + "-")
                .description("Nodes of the " + namePrefix + " node group: IMDSv2 only, encrypted root volume")
                .metadataOptions(LaunchTemplateMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(METADATA_HOP_LIMIT)
                        .build())
                .blockDeviceMappings(LaunchTemplateBlockDeviceMappingArgs.builder()
                        .deviceName(ROOT_DEVICE)
                        .ebs(LaunchTemplateBlockDeviceMappingEbsArgs.builder()
                                .volumeSize(ROOT_VOLUME_GB)
                                .volumeType("gp3")
                                .encrypted("true") // with the account's default EBS key
                                .deleteOnTermination("true")
                                .build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(parent).provider(aws).version(CloudPlugins.AWS).build());
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
