package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.NodeCapacity;
import java.util.List;
import java.util.Map;

/**
 * Where a pod may run, by the capacity label and taint the cluster layer puts on its node pools
 * ({@code studio.platform/capacity=on-demand|spot}; the spot pool is tainted NoSchedule). What stays
 * on on-demand nodes needs nothing: it does not tolerate the taint. What may be interrupted
 * tolerates the taint and prefers spot nodes, so that it goes there first and leaves on-demand
 * capacity to what must not be interrupted, yet still runs when no spot node is to be had.
 */
public enum Capacity {
    /** Critical, stateful or latency-bound: never scheduled on spot nodes. */
    ON_DEMAND,
    /** Tolerates interruption: prefers spot nodes, falls back to on-demand ones. */
    SPOT_PREFERRED;

    public static final String LABEL = NodeCapacity.LABEL;
    public static final String SPOT = NodeCapacity.SPOT;
    public static final String TAINT_EFFECT = "NoSchedule";

    /** The toleration of the spot taint, as every pod spec and chart takes it. */
    public static Map<String, Object> spotToleration() {
        return Map.of("key", LABEL, "operator", "Equal", "value", SPOT, "effect", TAINT_EFFECT);
    }

    /** Tolerations for a pod spec or a chart's {@code tolerations} value. */
    public List<Map<String, Object>> tolerations() {
        return this == SPOT_PREFERRED ? List.of(spotToleration()) : List.of();
    }

    /** A pod spec's or chart's {@code affinity}: a strong preference for spot nodes, or none. */
    public Map<String, Object> affinity() {
        if (this == ON_DEMAND) {
            return Map.of();
        }
        return Map.of("nodeAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of(
                "weight", 100,
                "preference", Map.of("matchExpressions", List.of(Map.of(
                        "key", LABEL, "operator", "In", "values", List.of(SPOT))))))));
    }
}
