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
 * claim, and no Helm release whose values ask for persistent storage.
 */
public final class SpotRules {
    /** Values keys that, in the charts the platform runs or is likely to, mean the release keeps a volume. */
    static final Set<String> STATEFUL_VALUES = Set.of(
            "persistence", "persistentVolume", "storageSpec", "volumeClaimTemplate", "volumeClaimTemplates");

    private SpotRules() {
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
            if (statefulValues(values) && anyToleration(values)) {
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

    /** Any tolerations value anywhere in the release's values that admits the spot taint. */
    private static boolean anyToleration(Object values) {
        if (values instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                if ("tolerations".equals(entry.getKey()) && toleratesSpot(entry.getValue())) {
                    return true;
                }
                if (anyToleration(entry.getValue())) {
                    return true;
                }
            }
        }
        if (values instanceof List<?> list) {
            return list.stream().anyMatch(SpotRules::anyToleration);
        }
        return false;
    }
}
