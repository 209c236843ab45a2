package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.kube.PodSecurity;
import java.util.Objects;

/**
 * An add-on's own namespace and the Pod Security level its pods need, with the reason for it; a
 * level looser than restricted must say what in the chart needs it.
 */
public record AddonNamespace(String name, PodSecurity podSecurity, String reason) {
    public AddonNamespace {
        Objects.requireNonNull(podSecurity, "podSecurity");
        if (!name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("a namespace name is a DNS label, got '" + name + "'");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("namespace " + name + " needs the reason for Pod Security " + podSecurity);
        }
    }
}
