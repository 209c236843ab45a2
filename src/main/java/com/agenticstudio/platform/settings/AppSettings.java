package com.agenticstudio.platform.settings;

import com.pulumi.core.Output;
import java.util.Optional;

/**
 * The fastapi-backend workload.
 *
 * @param onSpot the backend tolerates the spot taint and prefers spot nodes (dev and staging only; prod stays on on-demand)
 */
public record AppSettings(
        String namespace,
        Image image,
        Scaling scaling,
        Compute compute,
        ServiceType serviceType,
        Database database,
        Egress egress,
        boolean onSpot) {

    /**
     * A container image; a digest, when given, wins over the tag.
     *
     * @param sideLoad copy the locally built image into the kind nodes instead of pulling it
     */
    public record Image(String repository, String tag, Optional<String> digest, boolean sideLoad) {
        public String reference() {
            return digest.map(d -> repository + "@" + d).orElse(repository + ":" + tag);
        }
    }

    /**
     * Replicas: a fixed count, or an HPA between min and max. With the HPA on, the Deployment leaves
     * spec.replicas to it.
     */
    public record Scaling(
            int replicas,
            boolean autoscale,
            int minReplicas,
            int maxReplicas,
            int cpuUtilization,
            int memoryUtilization,
            int scaleDownStabilizationSeconds) {
        /** How many pods run at least, whoever owns spec.replicas. */
        public int floor() {
            return autoscale ? minReplicas : replicas;
        }
    }

    /** Requests and limits as Kubernetes quantities. */
    public record Compute(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {
    }

    public enum ServiceType {
        CLUSTER_IP("ClusterIP"), LOAD_BALANCER("LoadBalancer");

        private final String kubernetesName;

        ServiceType(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        public String kubernetesName() {
            return kubernetesName;
        }
    }

    /**
     * Where the database URL comes from: in dev the Pulumi secret {@code url}; in staging and prod the
     * cloud secret manager entry {@code remoteKey}, read through the ClusterSecretStore
     * {@code secretStore}, so the value never passes through Pulumi state. The platform's cloud
     * identity may read only entries whose names start with {@code secretPrefix}. The URL and {@code cidr},
     * where an external database lives, are read only with {@code databaseMode external}.
     */
    public record Database(Optional<Output<String>> url, String remoteKey, String secretPrefix, String secretStore,
                           Optional<Cidr> cidr, int port) {
    }

    /** Who the app may talk to besides the database. */
    public record Egress(
            boolean externalHttps,
            String tracingNamespace,
            int tracingPort,
            String monitoringNamespace,
            int metricsPort) {
    }
}
