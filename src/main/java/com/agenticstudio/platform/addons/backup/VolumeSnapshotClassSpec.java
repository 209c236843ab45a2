package com.agenticstudio.platform.addons.backup;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A VolumeSnapshotClass (snapshot.storage.k8s.io/v1; its fields sit beside metadata, not under
 * spec): which CSI driver takes a volume's snapshots and what happens to the cloud snapshot when its
 * VolumeSnapshotContent goes. Velero uses the class of a driver that carries
 * {@code velero.io/csi-volumesnapshot-class: "true"} (Velero 1.18 docs, csi.md).
 */
public record VolumeSnapshotClassSpec(String driver, String deletionPolicy) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.clusterScoped("snapshot.storage.k8s.io", "v1", "VolumeSnapshotClass");
    public static final String VELERO_LABEL = "velero.io/csi-volumesnapshot-class";

    public VolumeSnapshotClassSpec {
        Objects.requireNonNull(driver, "driver");
        if (!driver.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
            throw new IllegalArgumentException("a CSI driver is named like a DNS name, got " + driver);
        }
        if (!"Delete".equals(deletionPolicy) && !"Retain".equals(deletionPolicy)) {
            throw new IllegalArgumentException("deletionPolicy is Delete or Retain, got " + deletionPolicy);
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public boolean topLevel() {
        return true;
    }

    @Override
    public Map<String, Object> toWire() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("driver", driver);
        fields.put("deletionPolicy", deletionPolicy);
        return fields;
    }
}
