package com.agenticstudio.platform.bindings.certmanager;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuer;
import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuerArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmePrivateKeySecretRefArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversHttp01Args;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversHttp01IngressArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecCaArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecSelfSignedArgs;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ClusterIssuer binding: one way of signing per issuer, and the object the API server receives. */
class ClusterIssuerTest {

    static ClusterIssuerSpecAcmeArgs acme() {
        return ClusterIssuerSpecAcmeArgs.builder()
                .server("https://acme-staging-v02.api.letsencrypt.org/directory")
                .email("ops@example.com")
                .privateKeySecretRef(ClusterIssuerSpecAcmePrivateKeySecretRefArgs.builder().name("account-key").build())
                .solvers(ClusterIssuerSpecAcmeSolversArgs.builder()
                        .http01(ClusterIssuerSpecAcmeSolversHttp01Args.builder()
                                .ingress(ClusterIssuerSpecAcmeSolversHttp01IngressArgs.builder().ingressClassName("nginx").build())
                                .build())
                        .build())
                .build();
    }

    static ClusterIssuerSpecCaArgs ca() {
        return ClusterIssuerSpecCaArgs.builder().secretName("root").build();
    }

    @Test
    void anIssuerWithNoWayOfSigningIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> ClusterIssuerSpecArgs.builder().build());
        assertEquals("a ClusterIssuer spec needs exactly one of acme, ca or selfSigned; got none", error.getMessage());
    }

    @Test
    void anIssuerWithTwoWaysOfSigningIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> ClusterIssuerArgs.builder()
                .spec(ClusterIssuerSpecArgs.builder().acme(acme()).ca(ca()).build())
                .build());
        assertEquals("a ClusterIssuer spec needs exactly one of acme, ca or selfSigned; got acme and ca", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClusterIssuerSpecArgs.builder()
                .selfSigned(ClusterIssuerSpecSelfSignedArgs.Empty).ca(ca()).build());
    }

    @Test
    void eachSingleWayOfSigningIsAccepted() {
        assertDoesNotThrow(() -> ClusterIssuerSpecArgs.builder().acme(acme()).build());
        assertDoesNotThrow(() -> ClusterIssuerSpecArgs.builder().ca(ca()).build());
        assertDoesNotThrow(() -> ClusterIssuerSpecArgs.builder().selfSigned(ClusterIssuerSpecSelfSignedArgs.Empty).build());
    }

    @Test
    void anIssuerWithoutASpecIsRefused() {
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterIssuerArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("x").build()).build());
    }

    @Test
    void anAcmeIssuerNeedsItsServerAndAccountKey() {
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterIssuerSpecAcmeArgs.builder()
                .privateKeySecretRef(ClusterIssuerSpecAcmePrivateKeySecretRefArgs.builder().name("k").build()).build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterIssuerSpecAcmeArgs.builder()
                .server("https://acme.example/directory").build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterIssuerSpecCaArgs.builder().build());
        assertThrows(MissingRequiredPropertyException.class, () -> ClusterIssuerSpecAcmeSolversArgs.builder().build());
    }

    @Test
    void itRegistersAsTheCertManagerKindWithItsApiVersionFixed() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new ClusterIssuer("acme", ClusterIssuerArgs.builder()
                .apiVersion("wrong/v0")
                .metadata(ObjectMetaArgs.builder().name("acme").build())
                .spec(ClusterIssuerSpecArgs.builder().acme(acme()).build())
                .build(), KubeOptions.of(cluster, null)));
        var issuer = graph.ofType("kubernetes:cert-manager.io/v1:ClusterIssuer").get(0);
        assertEquals("cert-manager.io/v1", issuer.at("apiVersion"));
        assertEquals("ClusterIssuer", issuer.at("kind"));
        assertEquals("acme", issuer.at("metadata.name"));
        assertEquals(Map.of(
                "server", "https://acme-staging-v02.api.letsencrypt.org/directory",
                "email", "ops@example.com",
                "privateKeySecretRef", Map.of("name", "account-key"),
                "solvers", List.of(Map.of("http01", Map.of("ingress", Map.of("ingressClassName", "nginx"))))),
                issuer.at("spec.acme"));
        assertTrue(issuer.provider().contains("test-k8s"), "declared with the cluster's provider");
    }

    @Test
    void aSelfSignedIssuerIsAnEmptyObjectNotAMissingOne() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new ClusterIssuer("self", ClusterIssuerArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("self").build())
                .spec(ClusterIssuerSpecArgs.builder().selfSigned(ClusterIssuerSpecSelfSignedArgs.Empty).build())
                .build(), KubeOptions.of(cluster, null)));
        assertEquals(Map.of("selfSigned", Map.of()), graph.ofType("kubernetes:cert-manager.io/v1:ClusterIssuer").get(0).at("spec"));
    }
}
