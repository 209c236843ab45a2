package com.agenticstudio.platform.cluster;

/**
 * The label the cluster layer puts on its node pools, {@code studio.platform/capacity=on-demand|spot},
 * and the value of the taint on the spot pool. Pods read it through {@code kube.Capacity}.
 */
public final class NodeCapacity {
    public static final String LABEL = "studio.platform/capacity";
    public static final String ON_DEMAND = "on-demand";
    public static final String SPOT = "spot";

    private NodeCapacity() {
    }
}
