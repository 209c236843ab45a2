package com.agenticstudio.platform.addons.autoscaler;

import com.agenticstudio.platform.cluster.PolicyDocument;
import java.util.List;
import java.util.Map;

/**
 * The Cluster Autoscaler's IAM permissions: the "Full Cluster Autoscaler Features Policy" of
 * kubernetes/autoscaler@cluster-autoscaler-chart-9.59.0 cluster-autoscaler/cloudprovider/aws/README.md
 * (lines 34-61), whose second block the README says to restrict "by resources or conditionals". Here
 * it is conditioned on the cluster's ownership tag, which the node groups carry
 * (k8s.io/cluster-autoscaler/&lt;cluster&gt;: owned): the autoscaler may resize and shrink only this
 * cluster's Auto Scaling groups. The describe calls take no resource-level scoping, so they stay on *.
 */
final class AutoscalerPolicy {
    static final List<String> DESCRIBE = List.of(
            "autoscaling:DescribeAutoScalingGroups",
            "autoscaling:DescribeAutoScalingInstances",
            "autoscaling:DescribeLaunchConfigurations",
            "autoscaling:DescribeScalingActivities",
            "ec2:DescribeImages",
            "ec2:DescribeInstanceTypes",
            "ec2:DescribeLaunchTemplateVersions",
            "ec2:GetInstanceTypesFromInstanceRequirements",
            "eks:DescribeNodegroup");
    static final List<String> SCALE = List.of(
            "autoscaling:SetDesiredCapacity",
            "autoscaling:TerminateInstanceInAutoScalingGroup");

    private AutoscalerPolicy() {
    }

    /** The condition key that names the cluster's ownership tag. */
    static String ownershipTag(String clusterName) {
        return "aws:ResourceTag/k8s.io/cluster-autoscaler/" + clusterName;
    }

    static PolicyDocument document(String clusterName) {
        return PolicyDocument.of(
                PolicyDocument.Statement.allow(DESCRIBE, List.of("*")),
                PolicyDocument.Statement.allow(SCALE, List.of("*"),
                        Map.of("StringEquals", Map.of(ownershipTag(clusterName), List.of("owned")))));
    }
}
