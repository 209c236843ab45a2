package com.agenticstudio.platform.check;

import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spot nodes are reclaimed at two minutes' notice (AWS) or thirty seconds' (GCP). Whatever holds
 * data must not be there: a volume is zonal and its pod may find no spot node to come back on, and a
 * database or Prometheus killed mid-write pays for it in recovery. So nothing stateful tolerates the
 * spot taint: no StatefulSet, no pod template with a PersistentVolumeClaim or an ephemeral volume
 * claim, and no Helm release whose values ask for persistent storage in the values block whose
 * tolerations admit the taint (a block's tolerations place the pods that block describes: Grafana's
 * {@code grafana.tolerations} place Grafana, not Prometheus beside it with its {@code storageSpec}).
 *
 * <p>And the other way round, on purpose: each non-critical workload the platform runs (dashboards,
 * UIs, cost tooling) tolerates the spot taint, prefers spot nodes and names a PriorityClass of the plan
 * that never preempts, so that it goes to spot capacity first and leaves on-demand nodes to what must
 * not be interrupted.
 */
public final class SpotRules {
    /** Values keys that, in the charts the platform runs or is likely to, mean the release keeps a volume. */
    static final Set<String> STATEFUL_VALUES = Set.of(
            "persistence", "persistentVolume", "storageSpec", "volumeClaimTemplate", "volumeClaimTemplates");

    /**
     * A non-critical workload a release runs, by where its values place its pods.
     *
     * @param release       the release's name in the plan
     * @param block         the values block holding its {@code tolerations} and {@code affinity} (empty: the top)
     * @param priorityClass the values path of its PriorityClass name
     */
    public record NonCritical(String what, String release, String block, String priorityClass) {
        String path(String key) {
            return block.isEmpty() ? key : block + "." + key;
        }
    }

    /** The dashboards UI (Grafana, no volume) and the cost tooling (OpenCost, whose history Prometheus keeps). */
    public static final List<NonCritical> NON_CRITICAL = List.of(
            new NonCritical("Grafana (dashboards)", "monitoring", "grafana", "grafana.priorityClassName"),
            new NonCritical("OpenCost (cost tooling)", "opencost", "opencost", "priorityClassName"));

    private SpotRules() {
    }

    /** Each of {@link #NON_CRITICAL} is in the plan, tolerates the spot taint, prefers spot nodes and runs best effort. */
    public static List<String> nonCriticalWorkloadsPreferSpot(ResourceGraph graph) {
        return nonCriticalWorkloadsPreferSpot(graph, NON_CRITICAL);
    }

    public static List<String> nonCriticalWorkloadsPreferSpot(ResourceGraph graph, List<NonCritical> workloads) {
        var violations = new ArrayList<String>();
        var bestEffort = new java.util.HashSet<String>();
        for (var manifest : graph.manifests()) {
            if ("PriorityClass".equals(manifest.get("kind")) && "Never".equals(manifest.get("preemptionPolicy"))
                    && manifest.get("value") instanceof Number value && value.longValue() <= 0) {
                bestEffort.add(String.valueOf(KubernetesRules.at(manifest, "metadata.name")));
            }
        }
        var releases = graph.ofType("kubernetes:helm.sh/v3:Release");
        for (var workload : workloads) {
            var release = releases.stream().filter(r -> r.name().equals(workload.release())).findFirst();
            if (release.isEmpty()) {
                violations.add(workload.what() + ": the plan holds no release " + workload.release());
                continue;
            }
            var values = KubernetesRules.map(release.get().at("values"));
            if (!toleratesSpot(KubernetesRules.at(values, workload.path("tolerations")))) {
                violations.add(workload.what() + " does not tolerate the spot taint (" + workload.release() + " values "
                        + workload.path("tolerations") + ")");
            }
            if (!prefersSpot(KubernetesRules.at(values, workload.path("affinity")))) {
                violations.add(workload.what() + " does not prefer spot nodes (" + workload.release() + " values "
                        + workload.path("affinity") + ")");
            }
            var priorityClass = KubernetesRules.at(values, workload.priorityClass());
            if (!(priorityClass instanceof String name) || !bestEffort.contains(name)) {
                violations.add(workload.what() + " names " + priorityClass + " at " + workload.priorityClass()
                        + ", not a PriorityClass of the plan that never preempts and sits at or below 0");
            }
        }
        return violations;
    }

    /** A node affinity with a preferred term for the spot capacity label. */
    public static boolean prefersSpot(Object affinity) {
        var terms = KubernetesRules.at(KubernetesRules.map(affinity), "nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution");
        for (var term : KubernetesRules.list(terms)) {
            var weight = KubernetesRules.map(term).get("weight");
            if (!(weight instanceof Number n) || n.intValue() <= 0) {
                continue;
            }
            for (var expression : KubernetesRules.list(KubernetesRules.at(KubernetesRules.map(term), "preference.matchExpressions"))) {
                var e = KubernetesRules.map(expression);
                if (Capacity.LABEL.equals(e.get("key")) && "In".equals(e.get("operator"))
                        && KubernetesRules.list(e.get("values")).contains(Capacity.SPOT)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static List<String> nothingStatefulToleratesSpot(ResourceGraph graph) {
        var violations = new ArrayList<String>();
        var manifests = graph.manifests();
        for (var pod : KubernetesRules.podTemplates(manifests)) {
            var stateful = pod.ownerKind().equals("StatefulSet")
                    || KubernetesRules.list(pod.spec().get("volumes")).stream()
                            .anyMatch(v -> KubernetesRules.map(v).containsKey("persistentVolumeClaim")
                                    || KubernetesRules.map(v).containsKey("ephemeral"));
            if (stateful && toleratesSpot(pod.spec().get("tolerations"))) {
                violations.add(pod + " holds data and tolerates the spot taint");
            }
        }
        for (var release : graph.ofType("kubernetes:helm.sh/v3:Release")) {
            var values = release.at("values");
            if (statefulWhereSpotTolerated(values)) {
                violations.add("release " + release.name() + " keeps a volume and tolerates the spot taint");
            }
        }
        return violations;
    }

    /** A toleration list that lets pods onto spot nodes: the taint's key (or every key) with a matching value. */
    public static boolean toleratesSpot(Object tolerations) {
        for (var t : KubernetesRules.list(tolerations)) {
            var toleration = KubernetesRules.map(t);
            var key = toleration.get("key");
            var operator = String.valueOf(toleration.getOrDefault("operator", "Equal"));
            var effect = toleration.get("effect");
            var keyMatches = key == null || key.equals("") ? operator.equals("Exists") : key.equals(Capacity.LABEL);
            var valueMatches = operator.equals("Exists") || Capacity.SPOT.equals(toleration.get("value"));
            var effectMatches = effect == null || effect.equals("") || effect.equals(Capacity.TAINT_EFFECT);
            if (keyMatches && valueMatches && effectMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean statefulValues(Object values) {
        if (values instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                if (STATEFUL_VALUES.contains(String.valueOf(entry.getKey())) && enabled(entry.getValue())) {
                    return true;
                }
                if (statefulValues(entry.getValue())) {
                    return true;
                }
            }
        }
        if (values instanceof List<?> list) {
            return list.stream().anyMatch(SpotRules::statefulValues);
        }
        return false;
    }

    /** A storage block counts unless it says enabled: false or is empty. */
    private static boolean enabled(Object block) {
        if (block instanceof Map<?, ?> map) {
            return !map.isEmpty() && !Boolean.FALSE.equals(map.get("enabled"));
        }
        return Boolean.TRUE.equals(block);
    }

    /**
     * A values block whose tolerations admit the spot taint and that, itself or below, asks for storage:
     * the block's pods would keep a volume on spot nodes. Top-level tolerations cover the whole release.
     */
    private static boolean statefulWhereSpotTolerated(Object values) {
        if (values instanceof Map<?, ?> map) {
            if (toleratesSpot(map.get("tolerations")) && statefulValues(map)) {
                return true;
            }
            return map.values().stream().anyMatch(SpotRules::statefulWhereSpotTolerated);
        }
        if (values instanceof List<?> list) {
            return list.stream().anyMatch(SpotRules::statefulWhereSpotTolerated);
        }
        return false;
    }
}
