package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.List;

/**
 * What an add-on's deploy step gets: the cluster, and component options that parent it under the
 * platform and make it wait for exactly the add-ons it requires.
 */
public record AddonContext(ClusterInfo cluster, ComponentResource parent, List<ComponentResource> required) {

    public ComponentResourceOptions options() {
        return ComponentResourceOptions.builder()
                .parent(parent)
                .dependsOn(List.copyOf(required))
                .build();
    }
}
