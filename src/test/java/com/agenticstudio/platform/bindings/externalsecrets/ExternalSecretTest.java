package com.agenticstudio.platform.bindings.externalsecrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ExternalSecret;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.ExternalSecretArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecDataArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecDataRemoteRefArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecSecretStoreRefArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecTargetArgs;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalSecretTest {
    private static ExternalSecretSpecDataArgs entry() {
        return ExternalSecretSpecDataArgs.builder()
                .secretKey("url")
                .remoteRef(ExternalSecretSpecDataRemoteRefArgs.builder().key("studio/prod/database-url").property("url").build())
                .build();
    }

    private static ExternalSecretSpecSecretStoreRefArgs store() {
        return ExternalSecretSpecSecretStoreRefArgs.builder().name("cloud-secrets").kind("ClusterSecretStore").build();
    }

    @Test
    void anExternalSecretIsSentAsTheCrdWithApiVersionAndKindFixed() {
        var graph = Graphs.component(Cloud.AWS, cluster -> new ExternalSecret("db", ExternalSecretArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("db-secret").namespace("studio").build())
                .spec(ExternalSecretSpecArgs.builder()
                        .refreshInterval("15m")
                        .secretStoreRef(store())
                        .target(ExternalSecretSpecTargetArgs.builder().name("db-secret").creationPolicy("Owner").deletionPolicy("Retain").build())
                        .data(entry())
                        .build())
                .build(), KubeOptions.of(cluster, null)));
        var secret = graph.named("db");
        assertEquals("kubernetes:external-secrets.io/v1beta1:ExternalSecret", secret.type());
        assertEquals(ExternalSecret.TYPE, secret.type());
        assertEquals("external-secrets.io/v1beta1", secret.at("apiVersion"));
        assertEquals("ExternalSecret", secret.at("kind"));
        assertEquals(Map.of("refreshInterval", "15m",
                "secretStoreRef", Map.of("name", "cloud-secrets", "kind", "ClusterSecretStore"),
                "target", Map.of("name", "db-secret", "creationPolicy", "Owner", "deletionPolicy", "Retain"),
                "data", List.of(Map.of("secretKey", "url", "remoteRef", Map.of("key", "studio/prod/database-url", "property", "url")))),
                secret.at("spec"));
        assertTrue(secret.providerUrn().endsWith("test-k8s"), "declared with the cluster's provider");
    }

    @Test
    void aKindSetByTheCallerIsReplacedOnACopyAndTheCallersArgsAreLeftAlone() {
        var args = ExternalSecretArgs.builder()
                .kind("Secret")
                .metadata(ObjectMetaArgs.builder().name("db-secret").namespace("studio").build())
                .spec(ExternalSecretSpecArgs.builder().secretStoreRef(store()).data(entry()).build())
                .build();
        var graph = Graphs.program(ctx -> new ExternalSecret("db", args));
        assertEquals(ExternalSecret.KIND, graph.named("db").at("kind"));
        assertEquals(ExternalSecret.API_VERSION, graph.named("db").at("apiVersion"));
        assertTrue(args.kind().isPresent());
        assertFalse(args.apiVersion().isPresent(), "the caller's args still lack the apiVersion the resource sent");
    }

    @Test
    void theSpecIsRequired() {
        var failure = assertThrows(MissingRequiredPropertyException.class, () -> ExternalSecretArgs.builder().build());
        assertTrue(failure.getMessage().contains("spec"));
    }

    @Test
    void theSpecNeedsAStoreAndData() {
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecArgs.builder().data(entry()).build()).getMessage().contains("secretStoreRef"));
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecArgs.builder().secretStoreRef(store()).build()).getMessage().contains("data"));
        assertThrows(IllegalArgumentException.class, () -> ExternalSecretSpecArgs.builder().data(List.of()));
    }

    @Test
    void eachEntryNeedsASecretKeyAndARemoteKey() {
        var remote = ExternalSecretSpecDataRemoteRefArgs.builder().key("k").build();
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecDataArgs.builder().remoteRef(remote).build()).getMessage().contains("secretKey"));
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecDataArgs.builder().secretKey("url").build()).getMessage().contains("remoteRef"));
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecDataRemoteRefArgs.builder().property("url").build()).getMessage().contains("key"));
        assertTrue(assertThrows(MissingRequiredPropertyException.class,
                () -> ExternalSecretSpecSecretStoreRefArgs.builder().kind("SecretStore").build()).getMessage().contains("name"));
    }

    @Test
    void valuesOutsideTheCrdsEnumsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExternalSecretSpecSecretStoreRefArgs.builder().kind("ClusterStore"));
        assertThrows(IllegalArgumentException.class, () -> ExternalSecretSpecTargetArgs.builder().creationPolicy("owner"));
        assertThrows(IllegalArgumentException.class, () -> ExternalSecretSpecTargetArgs.builder().deletionPolicy("Keep"));
        assertThrows(IllegalArgumentException.class, () -> ExternalSecretSpecArgs.builder().refreshInterval("hourly"));
        ExternalSecretSpecArgs.builder().refreshInterval("1h30m"); // a Go duration is fine
    }
}
