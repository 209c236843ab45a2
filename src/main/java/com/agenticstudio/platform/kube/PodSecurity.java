package com.agenticstudio.platform.kube;

import java.util.Locale;
import java.util.Map;

/** Pod Security Standards levels, applied to namespaces through the admission labels. */
public enum PodSecurity {
    RESTRICTED, BASELINE, PRIVILEGED;

    /**
     * enforce, audit and warn at this level, pinned to the cluster's minor so that a control-plane
     * upgrade cannot tighten the rules under running pods.
     */
    public Map<String, String> labels(String kubernetesVersion) {
        var level = name().toLowerCase(Locale.ROOT);
        var version = "v" + kubernetesVersion;
        return Map.of(
                "pod-security.kubernetes.io/enforce", level,
                "pod-security.kubernetes.io/enforce-version", version,
                "pod-security.kubernetes.io/audit", level,
                "pod-security.kubernetes.io/audit-version", version,
                "pod-security.kubernetes.io/warn", level,
                "pod-security.kubernetes.io/warn-version", version);
    }
}
