package com.agenticstudio.platform.addons.secrets;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An external-secrets ClusterSecretStore's spec (external-secrets.io/v1): exactly one provider, read
 * with the operator's own service account token (IRSA on EKS, workload identity on GKE).
 */
public sealed interface ClusterSecretStoreSpec extends CustomResourceSpec {
    CrdKind KIND = CrdKind.clusterScoped("external-secrets.io", "v1", "ClusterSecretStore");

    @Override
    default CrdKind crdKind() {
        return KIND;
    }

    /** The operator's service account, whose token the provider exchanges for cloud credentials. */
    record ServiceAccountRef(String name, String namespace) {
        public ServiceAccountRef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
        }

        Map<String, Object> toWire() {
            return Map.of("name", name, "namespace", namespace);
        }
    }

    /** AWS Secrets Manager in {@code region}. */
    record AwsSecretsManager(String region, ServiceAccountRef serviceAccount) implements ClusterSecretStoreSpec {
        public AwsSecretsManager {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(serviceAccount, "serviceAccount");
        }

        @Override
        public Map<String, Object> toWire() {
            var aws = new LinkedHashMap<String, Object>();
            aws.put("service", "SecretsManager");
            aws.put("region", region);
            aws.put("auth", Map.of("jwt", Map.of("serviceAccountRef", serviceAccount.toWire())));
            return Map.of("provider", Map.of("aws", aws));
        }
    }

    /**
     * GCP Secret Manager of {@code project}, through the workload identity of the GKE cluster named
     * here (given, so the operator need not ask the metadata server).
     */
    record GcpSecretManager(String project, String clusterLocation, String clusterName, ServiceAccountRef serviceAccount)
            implements ClusterSecretStoreSpec {
        public GcpSecretManager {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(clusterLocation, "clusterLocation");
            Objects.requireNonNull(clusterName, "clusterName");
            Objects.requireNonNull(serviceAccount, "serviceAccount");
        }

        @Override
        public Map<String, Object> toWire() {
            var identity = new LinkedHashMap<String, Object>();
            identity.put("clusterLocation", clusterLocation);
            identity.put("clusterName", clusterName);
            identity.put("clusterProjectID", project);
            identity.put("serviceAccountRef", serviceAccount.toWire());
            return Map.of("provider", Map.of("gcpsm", Map.of(
                    "projectID", project,
                    "auth", Map.of("workloadIdentity", identity))));
        }
    }
}
