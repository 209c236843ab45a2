package com.agenticstudio.platform.addons.backup;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Velero Schedule's spec (velero.io/v1, crds/schedules.yaml of the velero chart 12.1.0): a cron
 * expression and the Backup template it starts, here with volumes snapshotted through CSI (no file
 * system backup) into one storage location, kept for {@code ttl}.
 *
 * @param cron               five cron fields, in the Velero server's time zone (UTC)
 * @param ttl                a Go duration such as 720h0m0s: how long each backup is kept
 * @param includedNamespaces the namespaces backed up; ["*"] for all
 * @param excludedNamespaces namespaces left out (transient ones)
 */
public record ScheduleSpec(String cron, String ttl, List<String> includedNamespaces, List<String> excludedNamespaces,
                           String storageLocation) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("velero.io", "v1", "Schedule");

    public ScheduleSpec {
        Objects.requireNonNull(storageLocation, "storageLocation");
        includedNamespaces = List.copyOf(includedNamespaces);
        excludedNamespaces = List.copyOf(excludedNamespaces);
        if (cron == null || !cron.matches("[0-9*/,-]+( [0-9*/,-]+){4}")) {
            throw new IllegalArgumentException("a schedule is five cron fields such as '0 2 * * *', got " + cron);
        }
        if (ttl == null || !ttl.matches("([0-9]+(h|m|s))+")) {
            throw new IllegalArgumentException("a backup's ttl is a duration such as 720h0m0s, got " + ttl);
        }
        if (includedNamespaces.isEmpty()) {
            throw new IllegalArgumentException("a schedule that includes no namespace backs up nothing");
        }
        for (var excluded : excludedNamespaces) {
            if (includedNamespaces.contains(excluded)) {
                throw new IllegalArgumentException("namespace " + excluded + " is both included and excluded");
            }
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var template = new LinkedHashMap<String, Object>();
        template.put("ttl", ttl);
        template.put("includedNamespaces", includedNamespaces);
        if (!excludedNamespaces.isEmpty()) {
            template.put("excludedNamespaces", excludedNamespaces);
        }
        template.put("storageLocation", storageLocation);
        template.put("snapshotVolumes", true);
        template.put("defaultVolumesToFsBackup", false);
        var spec = new LinkedHashMap<String, Object>();
        spec.put("schedule", cron);
        // Backups outlive the Schedule: deleting or renaming a schedule must not take its backups with it.
        spec.put("useOwnerReferencesInBackup", false);
        spec.put("template", template);
        return spec;
    }
}
