package com.agenticstudio.platform.cluster;

import com.pulumi.resources.Resource;

/** A cluster that can take a locally built image without a registry (kind load). */
public interface ImageLoader {

    /**
     * Copies {@code image} from the local container engine into every node, again whenever the
     * cluster is replaced. Pods of that image must not pull it and must wait for the returned resource.
     */
    Resource load(String name, String image, Resource parent);
}
