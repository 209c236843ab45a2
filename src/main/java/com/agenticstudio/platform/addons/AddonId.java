package com.agenticstudio.platform.addons;

import java.util.Objects;

/**
 * Names an add-on and the type of what it hands to the add-ons that require it. A requirement is
 * declared by id, never by string, and its result comes back typed.
 *
 * @param name   the add-on's name: its component's name and, for Helm add-ons, its release and namespace
 * @param result what its deploy step returns
 */
public record AddonId<T>(String name, Class<T> result) {
    public AddonId {
        Objects.requireNonNull(result, "result");
        if (!name.matches("[a-z]([-a-z0-9]{0,40}[a-z0-9])?")) {
            throw new IllegalArgumentException("an add-on name is a short DNS label, got '" + name + "'");
        }
    }

    public static <T> AddonId<T> of(String name, Class<T> result) {
        return new AddonId<>(name, result);
    }

    @Override
    public String toString() {
        return name;
    }
}
