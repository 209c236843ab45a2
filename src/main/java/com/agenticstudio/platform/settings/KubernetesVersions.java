package com.agenticstudio.platform.settings;

import java.util.List;

/**
 * The Kubernetes minors both EKS and GKE offer in standard support, read on {@value #READ_ON}:
 * - EKS: 1.34 until 2026-12-02, 1.35 until 2027-03-27, 1.36 until 2027-08-02
 *   (docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html, release calendar);
 * - GKE: 1.35 until 2027-04-11, 1.36 until 2027-08-09; 1.34 ended 2026-10-01
 *   (cloud.google.com/kubernetes-engine/docs/release-schedule).
 * 1.34 leaves EKS standard support two days after that reading, so it is not offered. Move this
 * range when the calendars move, with the date read.
 */
public final class KubernetesVersions {
    public static final String READ_ON = "2026-11-30";
    public static final List<String> SUPPORTED = List.of("1.35", "1.36");

    private KubernetesVersions() {
    }

    public static boolean supported(String minor) {
        return SUPPORTED.contains(minor);
    }

    /** What the setting's error says is allowed. */
    public static String allowed() {
        return "must be a Kubernetes minor in EKS and GKE standard support: " + String.join(" or ", SUPPORTED)
                + " (as read on " + READ_ON + ")";
    }
}
