package com.agenticstudio.platform.addons;

import java.util.List;

/**
 * One platform add-on, after CDK EKS Blueprints' ClusterAddOn: an id, the add-ons it needs, and one
 * deploy step. Add-ons that do not name each other install in parallel; one that requires another
 * gets its typed result from {@link AddonContext#require} and waits only for the resources it
 * names from that result, never for the whole add-on.
 */
public interface Addon<T> {

    AddonId<T> id();

    /** The add-ons whose results this one reads; the architecture rules allow exactly these edges. */
    default List<AddonId<?>> requires() {
        return List.of();
    }

    T deploy(AddonContext context);
}
