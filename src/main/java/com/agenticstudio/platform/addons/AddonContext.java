package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * What an add-on's deploy step gets: the cluster, the platform component to parent under, and the
 * results of exactly the add-ons it declared.
 */
public final class AddonContext {
    private final ClusterInfo cluster;
    private final Resource parent;
    private final AddonId<?> self;
    private final List<AddonId<?>> declared;
    private final Map<AddonId<?>, Object> results;

    AddonContext(ClusterInfo cluster, Resource parent, AddonId<?> self, List<AddonId<?>> declared, Map<AddonId<?>, Object> results) {
        this.cluster = cluster;
        this.parent = parent;
        this.self = self;
        this.declared = List.copyOf(declared);
        this.results = results;
    }

    public ClusterInfo cluster() {
        return cluster;
    }

    public Resource parent() {
        return parent;
    }

    public AddonId<?> self() {
        return self;
    }

    /** The add-ons this one declared, for its component to record. */
    public List<AddonId<?>> declared() {
        return declared;
    }

    /** The typed result of a declared add-on; asking for an undeclared one is a programming error. */
    public <T> T require(AddonId<T> id) {
        if (!declared.contains(id)) {
            throw new IllegalStateException("add-on " + self + " reads " + id + " without declaring it in requires()");
        }
        return id.result().cast(results.get(id));
    }
}
