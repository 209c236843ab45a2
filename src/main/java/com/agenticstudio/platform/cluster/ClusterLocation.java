package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cloud;

/** Where a cluster lives, as the add-ons that call cloud APIs need it. */
public sealed interface ClusterLocation {
    Cloud cloud();

    /**
     * A kind cluster on the developer's machine.
     *
     * @param httpNodePort  the node port that kind publishes as the host's HTTP port
     * @param httpsNodePort the node port that kind publishes as the host's HTTPS port
     */
    record Kind(int httpNodePort, int httpsNodePort) implements ClusterLocation {
        @Override
        public Cloud cloud() {
            return Cloud.KIND;
        }
    }

    /** @param vpcId the cluster's VPC, for controllers that cannot ask the instance metadata (IMDSv2 hop limit 1) */
    record Aws(String region, String accountId, com.pulumi.core.Output<String> vpcId) implements ClusterLocation {
        @Override
        public Cloud cloud() {
            return Cloud.AWS;
        }

        /** The ARN partition of the region (GovCloud and China have their own). */
        public String partition() {
            return partitionOf(region);
        }

        public static String partitionOf(String region) {
            if (region.startsWith("us-gov-")) {
                return "aws-us-gov";
            }
            return region.startsWith("cn-") ? "aws-cn" : "aws";
        }
    }

    /** @param clusterName the GKE cluster's name, which workload identity federation refers to */
    record Gcp(String project, String region, String clusterName) implements ClusterLocation {
        @Override
        public Cloud cloud() {
            return Cloud.GCP;
        }
    }
}
