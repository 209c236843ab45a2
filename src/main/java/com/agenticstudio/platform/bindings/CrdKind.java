package com.agenticstudio.platform.bindings;

import java.util.Objects;

/**
 * One kind of a CustomResourceDefinition: the group, version and kind the API server serves it under,
 * and whether its objects live in a namespace.
 */
public record CrdKind(String group, String version, String kind, boolean namespaced) {

    public CrdKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        if (!group.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?\\.[a-z]+") || !version.matches("v[1-9]\\d*((alpha|beta)[1-9]\\d*)?")
                || !kind.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("not a custom resource kind: " + group + "/" + version + " " + kind);
        }
    }

    public static CrdKind namespaced(String group, String version, String kind) {
        return new CrdKind(group, version, kind, true);
    }

    public static CrdKind clusterScoped(String group, String version, String kind) {
        return new CrdKind(group, version, kind, false);
    }

    public String apiVersion() {
        return group + "/" + version;
    }

    /** The Pulumi type token the kubernetes provider serves any custom resource under. */
    public String typeToken() {
        return "kubernetes:" + apiVersion() + ":" + kind;
    }
}
