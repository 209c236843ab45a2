package com.agenticstudio.platform.addons.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSecretStoreSpecTest {
    private static final ClusterSecretStoreSpec.ServiceAccountRef OPERATOR =
            new ClusterSecretStoreSpec.ServiceAccountRef("external-secrets", "external-secrets");

    @Test
    void aClusterSecretStoreIsAClusterScopedExternalSecretsV1Kind() {
        var spec = new ClusterSecretStoreSpec.AwsSecretsManager("eu-west-1", OPERATOR);
        assertEquals("kubernetes:external-secrets.io/v1:ClusterSecretStore", spec.crdKind().typeToken());
        assertFalse(spec.crdKind().namespaced());
    }

    @Test
    void awsReadsSecretsManagerWithTheOperatorsServiceAccountToken() {
        assertEquals(Map.of("provider", Map.of("aws", Map.of(
                        "service", "SecretsManager",
                        "region", "eu-west-1",
                        "auth", Map.of("jwt", Map.of("serviceAccountRef",
                                Map.of("name", "external-secrets", "namespace", "external-secrets")))))),
                new ClusterSecretStoreSpec.AwsSecretsManager("eu-west-1", OPERATOR).toWire());
    }

    @Test
    void gcpReadsSecretManagerThroughTheNamedClustersWorkloadIdentity() {
        assertEquals(Map.of("provider", Map.of("gcpsm", Map.of(
                        "projectID", "studio-prod-4711",
                        "auth", Map.of("workloadIdentity", Map.of(
                                "clusterLocation", "europe-west1",
                                "clusterName", "studio",
                                "clusterProjectID", "studio-prod-4711",
                                "serviceAccountRef", Map.of("name", "external-secrets", "namespace", "external-secrets")))))),
                new ClusterSecretStoreSpec.GcpSecretManager("studio-prod-4711", "europe-west1", "studio", OPERATOR).toWire());
    }

    @Test
    void aStoreWithoutItsRegionOrClusterIsRefused() {
        assertEquals("region", assertThrows(NullPointerException.class,
                () -> new ClusterSecretStoreSpec.AwsSecretsManager(null, OPERATOR)).getMessage());
        assertEquals("clusterName", assertThrows(NullPointerException.class,
                () -> new ClusterSecretStoreSpec.GcpSecretManager("studio-prod-4711", "europe-west1", null, OPERATOR)).getMessage());
    }
}
