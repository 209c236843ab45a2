package com.agenticstudio.platform.addons.postgres;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudNativePG {@code Cluster}'s spec (postgresql.cnpg.io/v1): {@code instances} PostgreSQL pods of
 * one image, a database and its owner made at bootstrap (the operator writes the owner's credentials
 * and a connection URI into the Secret {@code <name>-app}), a volume of {@code storageSize} each, and no
 * superuser access from outside.
 *
 * @param imageName the PostgreSQL operand image, pinned by its full minor tag
 */
public record PostgresClusterSpec(int instances, String imageName, String database, String owner, String storageSize,
                                  String storageClass, ContainerResources resources) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("postgresql.cnpg.io", "v1", "Cluster");

    public PostgresClusterSpec {
        if (instances < 1 || instances > 10) {
            throw new IllegalArgumentException("a Cluster runs 1 to 10 instances, got " + instances);
        }
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(resources, "resources");
        if (imageName == null || !imageName.matches("[a-z0-9./-]+/postgresql:[0-9]+\\.[0-9]+[-a-z0-9.]*(@sha256:[0-9a-f]{64})?")) {
            throw new IllegalArgumentException("imageName must pin a PostgreSQL minor, such as ghcr.io/cloudnative-pg/postgresql:17.11, got "
                    + imageName);
        }
        for (var name : new String[] {database, owner}) {
            if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("'" + name + "' is not a plain PostgreSQL identifier");
            }
        }
        if (storageSize == null || !storageSize.matches("[0-9]+(Mi|Gi|Ti)")) {
            throw new IllegalArgumentException("storageSize must be a quantity such as 2Gi, got " + storageSize);
        }
    }

    /** The major version the image runs, e.g. 17. */
    public String major() {
        return imageName.replaceFirst(".*/postgresql:([0-9]+)\\..*", "$1");
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("instances", instances);
        spec.put("imageName", imageName);
        spec.put("enableSuperuserAccess", false);
        spec.put("bootstrap", Map.of("initdb", Map.of("database", database, "owner", owner)));
        spec.put("storage", Map.of("size", storageSize, "storageClass", storageClass));
        spec.put("resources", resources.toMap());
        // One instance has nobody to switch over to: the operator restarts it in place on an update.
        spec.put("primaryUpdateStrategy", "unsupervised");
        return spec;
    }
}
