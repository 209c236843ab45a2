package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cloud;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Optional;

/**
 * What the layers above the cluster may know about it. Every Kubernetes resource is declared with
 * {@link #kubernetes()}; the provider itself waits until the cluster can run pods, so nothing above
 * has to depend on node groups by hand.
 *
 * @param zones    zones the nodes span; empty for a single-host kind cluster
 * @param location where the cluster lives, for add-ons that talk to the cloud (secret stores, load balancers)
 * @param identity how a Kubernetes service account gets a cloud identity
 * @param preloadedAppImage present when the app image was side-loaded into the nodes (kind load):
 *                          pods must then never pull it, and wait for the loader
 */
public record ClusterInfo(
        String name,
        String kubernetesVersion,
        ClusterLocation location,
        List<String> zones,
        Provider kubernetes,
        Output<String> kubeconfig,
        WorkloadIdentity identity,
        Optional<Resource> preloadedAppImage) {

    public Cloud cloud() {
        return location.cloud();
    }

    /** Zone loss is only a failure mode worth spreading against when there is more than one zone. */
    public boolean multiZone() {
        return zones.size() > 1;
    }
}
