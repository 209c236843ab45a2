package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * Gives a Kubernetes service account a cloud identity: an IAM role trusted through the cluster's
 * OIDC issuer on EKS (IRSA), a Google service account bound through workload identity on GKE,
 * nothing on kind.
 */
public interface WorkloadIdentity {

    /**
     * Declares the cloud identity for {@code namespace/serviceAccount} under {@code parent} and
     * returns the annotations the ServiceAccount must carry.
     */
    Output<Map<String, String>> bind(String name, String namespace, String serviceAccount, CloudAccess access, Resource parent);

    /** kind: pods have no cloud identity. */
    WorkloadIdentity NONE = (name, namespace, serviceAccount, access, parent) -> Output.of(Map.of());
}
