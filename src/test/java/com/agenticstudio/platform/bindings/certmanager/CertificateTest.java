package com.agenticstudio.platform.bindings.certmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agenticstudio.platform.bindings.certmanager.v1.Certificate;
import com.agenticstudio.platform.bindings.certmanager.v1.CertificateArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecIssuerRefArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecPrivateKeyArgs;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.Utilities;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Certificate binding: required fields, and the object the API server receives. */
class CertificateTest {

    static CertificateSpecIssuerRefArgs issuer() {
        return CertificateSpecIssuerRefArgs.builder().name("studio-local-ca").kind("ClusterIssuer").group("cert-manager.io").build();
    }

    static CertificateArgs apiTls() {
        return CertificateArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("api-tls").namespace("studio").build())
                .spec(CertificateSpecArgs.builder().secretName("api-tls").issuerRef(issuer()).build())
                .build();
    }

    @Test
    void aCertificateNeedsASecretAndAnIssuer() {
        assertThrows(MissingRequiredPropertyException.class, () -> CertificateSpecArgs.builder().issuerRef(issuer()).build());
        assertThrows(MissingRequiredPropertyException.class, () -> CertificateSpecArgs.builder().secretName("tls").build());
        assertThrows(MissingRequiredPropertyException.class, () -> CertificateSpecIssuerRefArgs.builder().kind("ClusterIssuer").build());
        assertThrows(MissingRequiredPropertyException.class, () -> CertificateArgs.builder().build());
    }

    @Test
    void itRegistersAsTheCertManagerKindInItsNamespace() {
        var graph = Graphs.component(Cloud.KIND, cluster -> new Certificate("api-tls", CertificateArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("api-tls").namespace("studio").build())
                .spec(CertificateSpecArgs.builder()
                        .secretName("api-tls")
                        .dnsNames("api.localtest.me")
                        .privateKey(CertificateSpecPrivateKeyArgs.builder().algorithm("ECDSA").size(256).build())
                        .issuerRef(issuer())
                        .build())
                .build(), KubeOptions.of(cluster, null)));
        var certificate = graph.ofType("kubernetes:cert-manager.io/v1:Certificate").get(0);
        assertEquals("cert-manager.io/v1", certificate.at("apiVersion"));
        assertEquals("Certificate", certificate.at("kind"));
        assertEquals("studio", certificate.at("metadata.namespace"));
        assertEquals("api-tls", certificate.at("spec.secretName"));
        assertEquals(List.of("api.localtest.me"), certificate.at("spec.dnsNames"));
        assertEquals(Map.of("name", "studio-local-ca", "kind", "ClusterIssuer", "group", "cert-manager.io"), certificate.at("spec.issuerRef"));
        assertEquals("ECDSA", certificate.at("spec.privateKey.algorithm"));
        assertFalse(((Map<?, ?>) certificate.at("spec")).containsKey("isCA"), "unset fields are left out, not sent as null");
    }

    @Test
    void itPinsTheKubernetesPluginVersionLikeTheSdksOwnKinds() {
        var graph = Graphs.program(ctx -> new Certificate("api-tls", apiTls()));
        var version = graph.named("api-tls").options().version();
        assertNotNull(Utilities.getVersion());
        assertEquals(Utilities.getVersion(), version);
    }

    @Test
    void theSameObjectRegisteredWithoutTheBindingCarriesNoPluginVersion() {
        var graph = Graphs.program(ctx -> new com.pulumi.resources.CustomResource(Certificate.TYPE, "api-tls", apiTls(), null));
        assertNull(graph.named("api-tls").options().version());
    }

    @Test
    void itsApiVersionKindAndMetadataComeBackAsOutputs() {
        var graph = Graphs.program(ctx -> {
            var certificate = new Certificate("api-tls", apiTls());
            ctx.export("apiVersion", certificate.apiVersion());
            ctx.export("kind", certificate.kind());
            ctx.export("namespace", certificate.metadata().applyValue(meta -> meta.namespace().orElse("none")));
        });
        assertEquals(Map.of("apiVersion", Certificate.API_VERSION, "kind", Certificate.KIND, "namespace", "studio"), graph.outputs());
        assertEquals(Optional.empty(), apiTls().kind(), "the resource fixes kind on its own copy of the args");
    }
}
