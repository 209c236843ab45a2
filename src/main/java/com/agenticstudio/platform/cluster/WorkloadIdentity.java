package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Binds a Kubernetes service account to a cloud identity that holds exactly the permissions its
 * owner declares: an IAM role trusted through the cluster's OIDC issuer on EKS (IRSA), a Google
 * service account bound through workload identity on GKE, nothing on kind.
 */
public interface WorkloadIdentity {

    /**
     * Declares the cloud identity for {@code namespace/serviceAccount} under {@code parent} and
     * returns the annotations the ServiceAccount must carry; they resolve only once every permission
     * is granted, so no pod starts without them.
     */
    Output<Map<String, String>> bind(String name, String namespace, String serviceAccount,
                                     List<CloudPermission> permissions, Resource parent);

    /** kind: pods have no cloud identity, and asking for a permission there is a mistake. */
    WorkloadIdentity NONE = (name, namespace, serviceAccount, permissions, parent) -> {
        if (!permissions.isEmpty()) {
            throw new IllegalArgumentException(name + " asks for cloud permissions, but a kind cluster has no cloud identity");
        }
        return Output.of(Map.of());
    };
}
