package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * The cloud account a cloud cluster lives in, with the explicit provider the cluster layer built for it:
 * what account-level identities (the CI deployer) need, handed up typed instead of read from config.
 * A kind cluster has none.
 */
public sealed interface CloudAccount {
    /** The cluster component, which such identities are declared under. */
    Resource owner();

    /**
     * @param eksClusterName the EKS cluster's name as an output, so that access entries wait for the cluster
     */
    record Aws(com.pulumi.aws.Provider provider, Resource owner, String partition, String region, String accountId,
               String clusterName, Output<String> eksClusterName) implements CloudAccount {
        public String arn(String service, String regionPart, String resource) {
            return "arn:" + partition + ":" + service + ":" + regionPart + ":" + accountId + ":" + resource;
        }
    }

    record Gcp(com.pulumi.gcp.Provider provider, Resource owner, String project, String region, String clusterName)
            implements CloudAccount {
    }
}
