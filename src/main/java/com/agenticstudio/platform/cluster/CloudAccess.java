package com.agenticstudio.platform.cluster;

/** A cloud permission a Kubernetes service account may be granted through workload identity. */
public sealed interface CloudAccess {

    /** No cloud permissions; the identity exists so that later grants need no pod restart. */
    record None() implements CloudAccess {
    }

    /** Read the secret manager entries whose names start with {@code prefix}. */
    record ReadSecrets(String prefix) implements CloudAccess {
    }
}
