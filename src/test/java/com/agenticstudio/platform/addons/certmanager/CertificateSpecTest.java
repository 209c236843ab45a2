package com.agenticstudio.platform.addons.certmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateSpecTest {

    @Test
    void aCertificateIsANamespacedCertManagerV1Kind() {
        assertEquals("kubernetes:cert-manager.io/v1:Certificate", CertificateSpec.KIND.typeToken());
        assertTrue(CertificateSpec.KIND.namespaced());
    }

    @Test
    void aCaCertificateRendersItsKeyAndItsClusterIssuer() {
        var spec = new CertificateSpec("studio-root-ca", "studio-root-ca", true, new CertificateSpec.PrivateKey("ECDSA", 256),
                "selfsigned");
        assertEquals(Map.of(
                "secretName", "studio-root-ca",
                "commonName", "studio-root-ca",
                "isCA", true,
                "privateKey", Map.of("algorithm", "ECDSA", "size", 256),
                "issuerRef", Map.of("name", "selfsigned", "kind", "ClusterIssuer", "group", "cert-manager.io")), spec.toWire());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ECDSA, 256", "ECDSA, 384", "ECDSA, 521", "RSA, 2048", "RSA, 4096", "RSA, 8192"})
    void supportedKeysAreTaken(String algorithm, int size) {
        assertEquals(size, new CertificateSpec.PrivateKey(algorithm, size).size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ECDSA, 255", "ECDSA, 512", "RSA, 1024", "RSA, 16384", "Ed25519, 256", "ecdsa, 256"})
    void unsupportedKeysAreRefused(String algorithm, int size) {
        var failure = assertThrows(IllegalArgumentException.class, () -> new CertificateSpec.PrivateKey(algorithm, size));
        assertEquals("not a supported key: " + algorithm + " " + size, failure.getMessage());
    }

    @Test
    void aCertificateNeedsAnIssuer() {
        var key = new CertificateSpec.PrivateKey("RSA", 2048);
        var failure = assertThrows(NullPointerException.class, () -> new CertificateSpec("tls", "studio.example", false, key, null));
        assertEquals("issuer", failure.getMessage());
    }
}
