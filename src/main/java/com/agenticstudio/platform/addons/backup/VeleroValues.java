package com.agenticstudio.platform.addons.backup;

import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the velero chart 12.1.0 (Velero 1.18.1 by default, released 2026-06-25), checked at
 * vmware-tanzu/helm-charts@velero-12.1.0 charts/velero/values.yaml. The chart ships its CRDs in crds/,
 * which Helm installs with the release; the CRD-upgrade hook Job (upgradeCRDs) is off, so a pin move
 * applies the new chart's CRDs first, like the other charts with a crds/ folder (README).
 */
final class VeleroValues {
    static final String CHART_NAME = "velero";
    static final String REPOSITORY = "https://vmware-tanzu.github.io/helm-charts";
    static final String VERSION = "12.1.0";
    static final String CHECKED_AT = "vmware-tanzu/helm-charts@velero-12.1.0 charts/velero/values.yaml";
    /** Velero v1.18.2 (2026-06-24, velero-io/velero) is newer than the chart's v1.18.1 default. */
    static final String VELERO_TAG = "v1.18.2";
    /** v1.14.x is the plugin line for Velero 1.18.x (the plugins' README compatibility tables). */
    static final String PLUGIN_TAG = "v1.14.2";

    static final Set<String> CHECKED_KEYS = Set.of(
            "image.tag", "initContainers", "resources", "podSecurityContext", "containerSecurityContext",
            "priorityClassName", "upgradeCRDs", "configuration.backupStorageLocation", "configuration.features",
            "configuration.defaultVolumesToFsBackup", "snapshotsEnabled", "backupsEnabled", "deployNodeAgent",
            "credentials.useSecret", "serviceAccount.server.create", "serviceAccount.server.name",
            "serviceAccount.server.annotations", "metrics.enabled");

    static final ContainerResources SERVER = ContainerResources.of("100m", "256Mi", "1Gi");
    static final ContainerResources PLUGIN = ContainerResources.of("10m", "32Mi", "64Mi");

    private VeleroValues() {
    }

    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS,
                Map.of("velero", "resources", "plugin", "initContainers.0.resources"));
    }

    /** The plugin image of the bucket's provider: velero/velero-plugin-for-aws or -gcp. */
    static String pluginImage(String provider) {
        return "velero/velero-plugin-for-" + provider + ":" + PLUGIN_TAG;
    }

    static Map<String, Object> of(Velero.Options options, String provider, String bucket, Map<String, Object> config,
                                  String priorityClass, Output<Map<String, String>> annotations) {
        var values = new LinkedHashMap<String, Object>();
        values.put("image", Map.of("tag", VELERO_TAG));
        // The plugin copies itself into the shared plugins volume and exits.
        values.put("initContainers", List.of(Map.of(
                "name", "velero-plugin-for-" + provider,
                "image", pluginImage(provider),
                "imagePullPolicy", "IfNotPresent",
                "volumeMounts", List.of(Map.of("mountPath", "/target", "name", "plugins")),
                "resources", PLUGIN.toMap(),
                "securityContext", containerSecurity())));
        values.put("resources", SERVER.toMap());
        // The image's USER is cnb:cnb (velero-io/velero@v1.18.2 Dockerfile), a name: runAsNonRoot can only be
        // checked against a numeric runAsUser, so one is set.
        values.put("podSecurityContext", Map.of(
                "runAsNonRoot", true, "runAsUser", 65532, "runAsGroup", 65532,
                // The projected web identity token must be readable by the non-root user.
                "fsGroup", 65532,
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        values.put("containerSecurityContext", containerSecurity());
        values.put("priorityClassName", priorityClass);
        values.put("upgradeCRDs", false);
        var location = new LinkedHashMap<String, Object>();
        location.put("name", Velero.STORAGE_LOCATION);
        location.put("provider", provider);
        location.put("bucket", bucket);
        location.put("default", true);
        location.put("config", config);
        var configuration = new LinkedHashMap<String, Object>();
        configuration.put("backupStorageLocation", List.of(location));
        // Volumes are snapshotted through the CSI snapshot API, by the CSI driver's own identity.
        configuration.put("features", "EnableCSI");
        configuration.put("defaultVolumesToFsBackup", false);
        values.put("configuration", configuration);
        values.put("backupsEnabled", true);
        // No VolumeSnapshotLocation: every platform volume is a CSI volume, snapshotted through CSI.
        values.put("snapshotsEnabled", false);
        // No file-system backup: its node agent needs hostPath volumes and root, i.e. a privileged namespace.
        values.put("deployNodeAgent", false);
        values.put("credentials", Map.of("useSecret", false));
        var account = new LinkedHashMap<String, Object>();
        account.put("create", true);
        account.put("name", Velero.SERVICE_ACCOUNT);
        account.put("annotations", annotations);
        values.put("serviceAccount", Map.of("server", account));
        values.put("metrics", Map.of("enabled", true));
        return values;
    }

    private static Map<String, Object> containerSecurity() {
        return Map.of(
                "allowPrivilegeEscalation", false,
                "readOnlyRootFilesystem", true,
                "capabilities", Map.of("drop", List.of("ALL")));
    }
}
