package com.agenticstudio.platform.cluster;

import java.util.Optional;

/** A cluster component (kind, EKS, GKE): declares the cluster and hands up what the layers above need. */
public interface ClusterComponent {
    ClusterInfo info();

    /** The cloud account and its explicit provider; empty on kind. */
    default Optional<CloudAccount> account() {
        return Optional.empty();
    }
}
