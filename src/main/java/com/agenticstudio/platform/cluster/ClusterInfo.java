package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cloud;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import java.util.List;
import java.util.Optional;

/**
 * What the layers above the cluster may know about it. Every Kubernetes resource is declared with
 * {@link #kubernetes()}; the provider itself waits until the cluster can run pods, so nothing above
 * has to depend on node groups by hand.
 *
 * @param zones       zones the nodes span; empty for a single-host kind cluster
 * @param location    where the cluster lives, for add-ons that talk to the cloud (secret stores, load balancers)
 * @param identity    how a Kubernetes service account gets a cloud identity with the permissions it declares
 * @param network     the addresses NetworkPolicies need (API server, webhook callers, cloud APIs)
 * @param imageLoader present where a locally built image can be side-loaded into the nodes (kind)
 * @param storageClass the platform's StorageClass for persistent volumes; stateful add-ons name it
 *                     explicitly instead of relying on whichever class the cluster marks default
 * @param backups      the cloud's bucket and snapshot API for backups; empty on kind
 * @param database     the managed PostgreSQL the cluster layer declared beside its network (RDS, Cloud SQL);
 *                     empty on kind (the platform runs CloudNativePG there) and with an external database
 */
public record ClusterInfo(
        String name,
        String kubernetesVersion,
        ClusterLocation location,
        List<String> zones,
        Provider kubernetes,
        Output<String> kubeconfig,
        WorkloadIdentity identity,
        ClusterNetwork network,
        Optional<ImageLoader> imageLoader,
        String storageClass,
        Optional<BackupStorage> backups,
        Optional<ManagedDatabase> database) {

    public ClusterInfo {
        zones = List.copyOf(zones);
        java.util.Objects.requireNonNull(storageClass, "storageClass");
        java.util.Objects.requireNonNull(backups, "backups");
        java.util.Objects.requireNonNull(database, "database");
    }

    /** A cluster without a managed database. */
    public ClusterInfo(String name, String kubernetesVersion, ClusterLocation location, List<String> zones, Provider kubernetes,
                       Output<String> kubeconfig, WorkloadIdentity identity, ClusterNetwork network,
                       Optional<ImageLoader> imageLoader, String storageClass, Optional<BackupStorage> backups) {
        this(name, kubernetesVersion, location, zones, kubernetes, kubeconfig, identity, network, imageLoader, storageClass,
                backups, Optional.empty());
    }

    /** A cluster without backup storage (kind, and test stand-ins). */
    public ClusterInfo(String name, String kubernetesVersion, ClusterLocation location, List<String> zones, Provider kubernetes,
                       Output<String> kubeconfig, WorkloadIdentity identity, ClusterNetwork network,
                       Optional<ImageLoader> imageLoader, String storageClass) {
        this(name, kubernetesVersion, location, zones, kubernetes, kubeconfig, identity, network, imageLoader, storageClass,
                Optional.empty(), Optional.empty());
    }

    public Cloud cloud() {
        return location.cloud();
    }

    /** Zone loss is only a failure mode worth spreading against when there is more than one zone. */
    public boolean multiZone() {
        return zones.size() > 1;
    }
}
