package com.agenticstudio.platform.addons.awslb;

import com.agenticstudio.platform.kube.HelmChart;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the aws-load-balancer-controller chart 3.5.0 (2026-08-03), checked at
 * kubernetes-sigs/aws-load-balancer-controller@v3.5.0 helm/aws-load-balancer-controller/values.yaml
 * (identical in aws/eks-charts).
 */
final class AwsLoadBalancerControllerValues {
    static final HelmChart CHART = new HelmChart("aws-load-balancer-controller", "https://aws.github.io/eks-charts", "3.5.0",
            "kubernetes-sigs/aws-load-balancer-controller@v3.5.0 helm/aws-load-balancer-controller/values.yaml",
            Set.of("clusterName", "region", "vpcId", "replicaCount", "serviceAccount.create", "serviceAccount.name",
                    "serviceAccount.annotations", "resources", "podDisruptionBudget", "enableServiceMutatorWebhook",
                    "securityContext"),
            Map.of("controller", "resources"));

    private AwsLoadBalancerControllerValues() {
    }

    static Map<String, Object> of(AwsLoadBalancerController.Options options, String region, Output<String> vpcId,
                                  Output<Map<String, String>> annotations) {
        var values = new LinkedHashMap<String, Object>();
        // IMDSv2 with hop limit 1 keeps pods away from the instance metadata, where these would come from.
        values.put("clusterName", options.clusterName());
        values.put("region", region);
        values.put("vpcId", vpcId);
        values.put("replicaCount", options.replicas());
        values.put("serviceAccount", Map.of("create", true, "name", AwsLoadBalancerController.SERVICE_ACCOUNT,
                "annotations", annotations));
        values.put("resources", options.resources().toMap());
        values.put("podDisruptionBudget", Map.of("maxUnavailable", 1));
        // The Envoy Service names its class itself; a mutating webhook with failurePolicy Fail on every
        // Service creation would make the whole cluster's Services depend on this controller.
        values.put("enableServiceMutatorWebhook", false);
        values.put("securityContext", Map.of(
                "readOnlyRootFilesystem", true,
                "runAsNonRoot", true,
                "allowPrivilegeEscalation", false,
                "capabilities", Map.of("drop", List.of("ALL")),
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        return values;
    }
}
