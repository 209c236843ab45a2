package com.agenticstudio.platform.testing;

import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A cluster component declared alone, with one service account {@code apps/reader} bound through
 * its workload identity to the given permissions, and the resolved values it hands up to the layers above.
 */
public record DeclaredCluster(ResourceGraph graph, ClusterInfo info, String kubeconfig, Map<String, String> annotations) {

    public static DeclaredCluster declare(Supplier<? extends ClusterComponent> create, List<CloudPermission> permissions) {
        var info = new AtomicReference<ClusterInfo>();
        var kubeconfig = new AtomicReference<String>();
        var annotations = new AtomicReference<Map<String, String>>();
        var graph = Graphs.program(ctx -> {
            var cluster = create.get();
            info.set(cluster.info());
            cluster.info().kubeconfig().applyValue(value -> {
                kubeconfig.set(value);
                return value;
            });
            cluster.info().identity().bind("reader", "apps", "reader", permissions, (Resource) cluster).applyValue(value -> {
                annotations.set(value);
                return value;
            });
        });
        return new DeclaredCluster(graph, info.get(), kubeconfig.get(), annotations.get());
    }
}
