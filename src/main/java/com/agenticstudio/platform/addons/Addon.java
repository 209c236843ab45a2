package com.agenticstudio.platform.addons;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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

    /** An add-on that needs no other. */
    static <T> Addon<T> of(AddonId<T> id, Function<AddonContext, T> deploy) {
        return of(id, List.of(), deploy);
    }

    static <T> Addon<T> of(AddonId<T> id, List<AddonId<?>> requires, Function<AddonContext, T> deploy) {
        return new Declared<>(id, requires, deploy);
    }

    /** The add-on as data: what {@link #of} returns. */
    record Declared<T>(AddonId<T> id, List<AddonId<?>> requires, Function<AddonContext, T> deploy) implements Addon<T> {
        public Declared {
            Objects.requireNonNull(id, "id");
            requires = List.copyOf(requires);
            Objects.requireNonNull(deploy, "deploy");
        }

        @Override
        public T deploy(AddonContext context) {
            return deploy.apply(context);
        }
    }
}
