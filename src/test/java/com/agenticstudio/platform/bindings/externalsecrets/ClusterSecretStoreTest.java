package com.agenticstudio.platform.bindings.externalsecrets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStore;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ClusterSecretStoreArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.enums.ClusterSecretStoreAwsService;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreAwsJwtAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpWorkloadIdentityArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpsmArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreGcpsmAuthArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreProviderArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreServiceAccountRefArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreSpecArgs;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ClusterSecretStore binding: the CRD's type token and field names, and the CRD's rules enforced at build(). */
class ClusterSecretStoreTest {

    static ClusterSecretStoreServiceAccountRefArgs serviceAccount() {
        return ClusterSecretStoreServiceAccountRefArgs.builder().name("external-secrets").namespace("external-secrets").build();
    }

    static ClusterSecretStoreAwsArgs aws() {
        return ClusterSecretStoreAwsArgs.builder()
                .service(ClusterSecretStoreAwsService.SecretsManager)
                .region("eu-west-1")
                .auth(ClusterSecretStoreAwsAuthArgs.builder()
                        .jwt(ClusterSecretStoreAwsJwtAuthArgs.builder().serviceAccountRef(serviceAccount()).build())
                        .build())
                .build();
    }

    static ClusterSecretStoreGcpsmArgs gcpsm() {
        return ClusterSecretStoreGcpsmArgs.builder()
                .projectID("studio-test-4711")
                .auth(ClusterSecretStoreGcpsmAuthArgs.builder()
                        .workloadIdentity(ClusterSecretStoreGcpWorkloadIdentityArgs.builder()
                                .clusterLocation("europe-west1")
                                .clusterName("test")
                                .serviceAccountRef(serviceAccount())
                                .build())
                        .build())
                .build();
    }

    static ClusterSecretStoreArgs store(ClusterSecretStoreProviderArgs provider) {
        return ClusterSecretStoreArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("cloud-secrets").build())
                .spec(ClusterSecretStoreSpecArgs.builder().provider(provider).build())
                .build();
    }

    @Test
    void itRegistersAsTheExternalSecretsV1beta1CrdWithApiVersionAndKindFixed() {
        var graph = Graphs.program(ctx -> new ClusterSecretStore("cloud-secrets",
                store(ClusterSecretStoreProviderArgs.builder().aws(aws()).build())));
        var store = graph.named("cloud-secrets");
        assertEquals("kubernetes:external-secrets.io/v1beta1:ClusterSecretStore", store.type());
        assertEquals("external-secrets.io/v1beta1", store.at("apiVersion"));
        assertEquals("ClusterSecretStore", store.at("kind"));
        assertEquals("cloud-secrets", store.at("metadata.name"));
    }

    @Test
    void theAwsProviderUsesTheCrdsFieldNames() {
        var graph = Graphs.program(ctx -> new ClusterSecretStore("s", store(ClusterSecretStoreProviderArgs.builder().aws(aws()).build())));
        assertEquals(Map.of("aws", Map.of(
                        "service", "SecretsManager",
                        "region", "eu-west-1",
                        "auth", Map.of("jwt", Map.of("serviceAccountRef",
                                Map.of("name", "external-secrets", "namespace", "external-secrets"))))),
                graph.named("s").at("spec.provider"));
    }

    @Test
    void theGcpProviderUsesTheCrdsFieldNames() {
        var graph = Graphs.program(ctx -> new ClusterSecretStore("s", store(ClusterSecretStoreProviderArgs.builder().gcpsm(gcpsm()).build())));
        assertEquals(Map.of("gcpsm", Map.of(
                        "projectID", "studio-test-4711",
                        "auth", Map.of("workloadIdentity", Map.of(
                                "clusterLocation", "europe-west1",
                                "clusterName", "test",
                                "serviceAccountRef", Map.of("name", "external-secrets", "namespace", "external-secrets"))))),
                graph.named("s").at("spec.provider"));
    }

    @Test
    void aStoreNamesExactlyOneProvider() {
        assertDoesNotThrow(() -> ClusterSecretStoreProviderArgs.builder().aws(aws()).build());
        assertDoesNotThrow(() -> ClusterSecretStoreProviderArgs.builder().gcpsm(gcpsm()).build());
    }

    @Test
    void aStoreWithNoProviderOrTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClusterSecretStoreProviderArgs.builder().build());
        assertThrows(IllegalArgumentException.class, () -> ClusterSecretStoreProviderArgs.builder().aws(aws()).gcpsm(gcpsm()).build());
    }

    @Test
    void requiredFieldsOfTheCrdAreRequiredByTheBuilders() {
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("s").build()).build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreSpecArgs.builder().build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreAwsArgs.builder().region("eu-west-1").build());
        assertThrows(MissingRequiredPropertyException.class,
                () -> ClusterSecretStoreAwsArgs.builder().service(ClusterSecretStoreAwsService.SecretsManager).build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreServiceAccountRefArgs.builder().build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreGcpWorkloadIdentityArgs.builder()
                .clusterName("test").serviceAccountRef(serviceAccount()).build());
    }

    @Test
    void aStoreWithoutMetadataIsRefusedBecauseExternalSecretsFindItByName() {
        var spec = ClusterSecretStoreSpecArgs.builder().provider(ClusterSecretStoreProviderArgs.builder().aws(aws()).build()).build();
        var failure = assertThrows(MissingRequiredPropertyException.class, () -> ClusterSecretStoreArgs.builder().spec(spec).build());
        assertTrue(failure.getMessage().contains("metadata"));
        assertDoesNotThrow(() -> ClusterSecretStoreArgs.builder().metadata(ObjectMetaArgs.builder().name("s").build()).spec(spec).build());
    }

    @Test
    void awsServicesAreTheCrdsEnumValues() {
        assertEquals("SecretsManager", ClusterSecretStoreAwsService.SecretsManager.getValue());
        assertEquals("ParameterStore", ClusterSecretStoreAwsService.ParameterStore.getValue());
    }
}
