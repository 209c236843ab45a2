package com.agenticstudio.platform.addons.reloader;

import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of the reloader chart 2.2.16 (Reloader v1.4.21; tag chart-v2.2.16 of 2026-08-10, the 2.x line
 * the master branch keeps), checked at stakater/Reloader@chart-v2.2.16
 * deployments/kubernetes/chart/reloader/values.yaml (its values.schema.json checks only reloadStrategy
 * and the Service's IP families). Line numbers below are that file's.
 *
 * <ul>
 *   <li>{@code fullnameOverride} (:17): the objects and the pods' {@code app} label are "reloader", not
 *       "reloader-reloader" (templates/_helpers.tpl reloader-fullname);</li>
 *   <li>{@code reloader.autoReloadAll} (:27) off: only annotated workloads;</li>
 *   <li>{@code reloader.ignoreConfigMaps} (:31), {@code reloader.ignoreJobs} (:34), {@code reloader.ignoreCronJobs}
 *       (:37): each drops its rule from the ClusterRole (templates/clusterrole.yaml); the platform reloads on
 *       Secrets only, and nothing of ours is a Job to re-run;</li>
 *   <li>{@code reloader.reloadStrategy} (:41, the schema's enum) annotations: the restart stamps one annotation on
 *       the pod template, leaving the containers exactly as Pulumi declares them (the default, env-vars, adds a
 *       variable to the app's container);</li>
 *   <li>{@code reloader.readOnlyRootFileSystem} (:64): sets readOnlyRootFilesystem and mounts an emptyDir at /tmp
 *       (templates/deployment.yaml);</li>
 *   <li>{@code reloader.deployment.securityContext} (:108, the pod's), {@code .containerSecurityContext} (:114, empty
 *       by default: restricted needs the capabilities dropped and no privilege escalation), {@code .resources}
 *       (:190; GOMEMLIMIT follows the memory limit), {@code .priorityClassName} (:193).</li>
 * </ul>
 *
 * <p>It watches every namespace (reloader.watchGlobally, :47, left true). The scoped mode
 * ({@code reloader.namespaces}, :55) would read fewer Secrets through a Role per namespace, but Helm
 * creates those Roles in the watched namespaces at install, and the backend's namespace is declared by
 * the workload after the platform: on a new cluster the release would fail. Left as the chart has
 * them: one replica without leader election (enableHA, :57), the chart's Service, ServiceMonitor and
 * PodMonitor off (the monitoring add-on declares the scrape), its own NetworkPolicy off (netpol; the
 * add-on declares them), syncAfterRestart off (:40).
 */
final class ReloaderValues {
    static final String CHART_NAME = "reloader";
    static final String REPOSITORY = "https://stakater.github.io/stakater-charts";
    static final String VERSION = "2.2.16";
    static final String CHECKED_AT = "stakater/Reloader@chart-v2.2.16 deployments/kubernetes/chart/reloader/values.yaml";
    /** The chart's runAsUser (values.yaml:110): the image's nobody, numeric so runAsNonRoot can be checked. */
    static final int UID = 65534;
    static final String STRATEGY = "annotations";

    static final Set<String> CHECKED_KEYS = Set.of(
            "fullnameOverride",
            "reloader.autoReloadAll", "reloader.ignoreConfigMaps", "reloader.ignoreJobs", "reloader.ignoreCronJobs",
            "reloader.reloadStrategy", "reloader.readOnlyRootFileSystem",
            "reloader.deployment.securityContext", "reloader.deployment.containerSecurityContext",
            "reloader.deployment.resources", "reloader.deployment.priorityClassName");

    /**
     * The chart's commented example (values.yaml:181-189): 10m and 128Mi requested, 512Mi at most. It keeps
     * every Secret of the cluster in its informer cache, Helm's release Secrets included.
     */
    static final ContainerResources RESOURCES = ContainerResources.of("10m", "128Mi", "512Mi");

    private ReloaderValues() {
    }

    /** One container (templates/deployment.yaml), named after the release. */
    static HelmChart chart() {
        return new HelmChart(CHART_NAME, REPOSITORY, VERSION, CHECKED_AT, CHECKED_KEYS,
                Map.of(Reloader.ID.name(), "reloader.deployment.resources"));
    }

    static Map<String, Object> of(String priorityClass) {
        var deployment = new LinkedHashMap<String, Object>();
        deployment.put("securityContext", Map.of(
                "runAsNonRoot", true, "runAsUser", UID, "runAsGroup", UID,
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        deployment.put("containerSecurityContext", Map.of(
                "allowPrivilegeEscalation", false,
                "capabilities", Map.of("drop", List.of("ALL")),
                "runAsNonRoot", true));
        deployment.put("resources", RESOURCES.toMap());
        // A missed restart leaves the backend on a password that no longer works: evicted after everything else of ours.
        deployment.put("priorityClassName", priorityClass);
        var reloader = new LinkedHashMap<String, Object>();
        reloader.put("autoReloadAll", false);
        reloader.put("ignoreConfigMaps", true);
        reloader.put("ignoreJobs", true);
        reloader.put("ignoreCronJobs", true);
        reloader.put("reloadStrategy", STRATEGY);
        reloader.put("readOnlyRootFileSystem", true);
        reloader.put("deployment", deployment);
        var values = new LinkedHashMap<String, Object>();
        values.put("fullnameOverride", Reloader.ID.name());
        values.put("reloader", reloader);
        return values;
    }
}
