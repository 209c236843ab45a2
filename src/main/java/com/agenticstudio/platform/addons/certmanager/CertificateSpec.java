package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cert-manager Certificate's spec (cert-manager.io/v1), for the certificates the platform asks for
 * itself (the local CA); workloads' certificates come from the edge.
 *
 * @param issuer a ClusterIssuer by name
 */
public record CertificateSpec(String secretName, String commonName, boolean isCA, PrivateKey privateKey, String issuer)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("cert-manager.io", "v1", "Certificate");

    public CertificateSpec {
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(issuer, "issuer");
    }

    /** ECDSA keys name their curve by size, RSA keys their modulus. */
    public record PrivateKey(String algorithm, int size) {
        public PrivateKey {
            Objects.requireNonNull(algorithm, "algorithm");
            boolean valid = switch (algorithm) {
                case "ECDSA" -> size == 256 || size == 384 || size == 521;
                case "RSA" -> size >= 2048 && size <= 8192;
                default -> false;
            };
            if (!valid) {
                throw new IllegalArgumentException("not a supported key: " + algorithm + " " + size);
            }
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("secretName", secretName);
        spec.put("commonName", commonName);
        spec.put("isCA", isCA);
        spec.put("privateKey", Map.of("algorithm", privateKey.algorithm(), "size", privateKey.size()));
        spec.put("issuerRef", Map.of("name", issuer, "kind", ClusterIssuerSpec.KIND.kind(), "group", ClusterIssuerSpec.KIND.group()));
        return spec;
    }
}
