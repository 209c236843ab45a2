package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cert-manager Certificate's spec (cert-manager.io/v1), for the certificates the platform asks for
 * itself (the local CA, Elasticsearch's HTTP certificate and its CA for clients); workloads'
 * certificates come from the edge.
 *
 * @param issuer   a ClusterIssuer by name
 * @param dnsNames the names the certificate serves; empty for a CA or a certificate only its ca.crt is read from
 * @param duration how long it is valid, a Go duration in hours such as 87600h; empty: cert-manager's 90 days
 */
public record CertificateSpec(String secretName, String commonName, boolean isCA, PrivateKey privateKey, String issuer,
                              java.util.List<String> dnsNames, java.util.Optional<String> duration)
        implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("cert-manager.io", "v1", "Certificate");

    public CertificateSpec {
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(issuer, "issuer");
        dnsNames = java.util.List.copyOf(dnsNames);
        for (var name : dnsNames) {
            if (!name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")) {
                throw new IllegalArgumentException("a certificate's DNS name is a lower-case DNS name, got '" + name + "'");
            }
        }
        duration.filter(d -> !d.matches("[1-9][0-9]*h")).ifPresent(d -> {
            throw new IllegalArgumentException("a certificate's duration is whole hours such as 87600h, got '" + d + "'");
        });
    }

    /** A certificate without DNS names, valid for cert-manager's default 90 days. */
    public CertificateSpec(String secretName, String commonName, boolean isCA, PrivateKey privateKey, String issuer) {
        this(secretName, commonName, isCA, privateKey, issuer, java.util.List.of(), java.util.Optional.empty());
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
        if (!dnsNames.isEmpty()) {
            spec.put("dnsNames", dnsNames);
        }
        duration.ifPresent(d -> spec.put("duration", d));
        spec.put("privateKey", Map.of("algorithm", privateKey.algorithm(), "size", privateKey.size()));
        spec.put("issuerRef", Map.of("name", issuer, "kind", ClusterIssuerSpec.KIND.kind(), "group", ClusterIssuerSpec.KIND.group()));
        return spec;
    }
}
