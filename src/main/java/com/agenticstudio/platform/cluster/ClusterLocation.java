package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cloud;

/** Where a cluster lives, as the add-ons that call cloud APIs need it. */
public sealed interface ClusterLocation {
    Cloud cloud();

    record Kind() implements ClusterLocation {
        @Override
        public Cloud cloud() {
            return Cloud.KIND;
        }
    }

    record Aws(String region, String accountId) implements ClusterLocation {
        @Override
        public Cloud cloud() {
            return Cloud.AWS;
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
