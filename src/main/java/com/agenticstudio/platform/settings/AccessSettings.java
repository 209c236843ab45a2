package com.agenticstudio.platform.settings;

/**
 * Groups the cluster maps cloud identities to (EKS access entries / aws-auth, GKE Google Groups for
 * RBAC); RBAC binds roles to these names.
 */
public record AccessSettings(String deployerGroup, String developerGroup) {
}
