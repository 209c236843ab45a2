package com.agenticstudio.platform.addons.autoscaler;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.HelmChart;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the cluster-autoscaler chart 9.59.0 (app 1.35.0, released 2026-07-21), checked at
 * kubernetes/autoscaler@cluster-autoscaler-chart-9.59.0 cluster-autoscaler/charts/cluster-autoscaler/values.yaml.
 * Every extraArgs entry renders as --key=value (templates/deployment.yaml); the flags set here are the
 * autoscaler's own (FAQ "What are the parameters to CA?"), most listed as comments under extraArgs.
 */
final class ClusterAutoscalerValues {
    static final String CHART_NAME = "cluster-autoscaler";
    static final String REPOSITORY = "https://kubernetes.github.io/autoscaler";
    static final String VERSION = "9.59.0";
    static final String CHECKED_AT = "kubernetes/autoscaler@cluster-autoscaler-chart-9.59.0 cluster-autoscaler/charts/cluster-autoscaler/values.yaml";

    static final Set<String> CHECKED_KEYS = Set.of(
            "cloudProvider", "awsRegion", "autoDiscovery.clusterName", "extraArgs", "expanderPriorities",
            "replicaCount", "priorityClassName", "resources", "securityContext", "containerSecurityContext",
            "rbac.serviceAccount.create", "rbac.serviceAccount.name", "rbac.serviceAccount.annotations",
            "topologySpreadConstraints");

    private ClusterAutoscalerValues() {
    }

    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS, Map.of("cluster-autoscaler", "resources"))
                .withServices(new ChartService(ClusterAutoscaler.SERVICE, ClusterAutoscaler.PODS,
                        List.of(new ChartService.Port(ClusterAutoscaler.SERVICE_PORT_NAME, ClusterAutoscaler.METRICS_PORT))));
    }

    static Map<String, Object> of(ClusterAutoscaler.Options options, String region, Output<Map<String, String>> annotations) {
        var values = new LinkedHashMap<String, Object>();
        values.put("cloudProvider", "aws");
        // IMDSv2 with hop limit 1 keeps pods away from the instance metadata, where the region would come from.
        values.put("awsRegion", region);
        // The default tags: k8s.io/cluster-autoscaler/enabled and k8s.io/cluster-autoscaler/<clusterName>.
        values.put("autoDiscovery", Map.of("clusterName", options.clusterName()));
        values.put("extraArgs", extraArgs(options));
        // Higher wins; a group matching no higher entry falls to the catch-all.
        values.put("expanderPriorities", Map.of(
                "50", List.of(ClusterAutoscaler.SPOT_GROUPS),
                "10", List.of(ClusterAutoscaler.ANY_GROUP)));
        values.put("replicaCount", options.replicas());
        // The chart's default, made explicit: the autoscaler must run when the cluster is full.
        values.put("priorityClassName", "system-cluster-critical");
        values.put("resources", options.resources().toMap());
        values.put("securityContext", Map.of(
                "runAsNonRoot", true, "runAsUser", 65534, "runAsGroup", 65534,
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        values.put("containerSecurityContext", Map.of(
                "allowPrivilegeEscalation", false,
                "readOnlyRootFilesystem", true,
                "capabilities", Map.of("drop", List.of("ALL"))));
        var account = new LinkedHashMap<String, Object>();
        account.put("create", true);
        account.put("name", ClusterAutoscaler.SERVICE_ACCOUNT);
        account.put("annotations", annotations);
        values.put("rbac", Map.of("serviceAccount", account));
        if (Replicas.budgeted(options.replicas())) {
            values.put("topologySpreadConstraints", List.of(Map.of(
                    "maxSkew", 1,
                    "topologyKey", "topology.kubernetes.io/zone",
                    "whenUnsatisfiable", "ScheduleAnyway",
                    "labelSelector", Map.of("matchLabels", ClusterAutoscaler.PODS))));
        }
        return values;
    }

    static Map<String, Object> extraArgs(ClusterAutoscaler.Options options) {
        var args = new LinkedHashMap<String, Object>();
        args.put("expander", "priority");
        // Keeps the zones even when a scale-up could go to several similar groups.
        args.put("balance-similar-node-groups", true);
        // Groups differ in these EKS labels by construction; they must not make two groups dissimilar.
        args.put("balancing-ignore-label_1", "eks.amazonaws.com/nodegroup");
        args.put("balancing-ignore-label_2", "eks.amazonaws.com/sourceLaunchTemplateId");
        args.put("balancing-ignore-label_3", "eks.amazonaws.com/sourceLaunchTemplateVersion");
        // Two replicas must not both act; one replica keeps it on for a rolling update's overlap.
        args.put("leader-elect", true);
        args.put("scale-down-enabled", true);
        args.put("scale-down-unneeded-time", options.scaleDown().unneededTime());
        args.put("scale-down-utilization-threshold", options.scaleDown().utilizationThreshold());
        args.put("scale-down-delay-after-add", options.scaleDown().delayAfterAdd());
        // The backend's /tmp is an emptyDir: with the default (true) no node running it would ever be removed.
        args.put("skip-nodes-with-local-storage", false);
        return args;
    }
}
