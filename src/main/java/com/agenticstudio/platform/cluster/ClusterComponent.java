package com.agenticstudio.platform.cluster;

/** A cluster component (kind, EKS, GKE): declares the cluster and hands up what the layers above need. */
public interface ClusterComponent {
    ClusterInfo info();
}
