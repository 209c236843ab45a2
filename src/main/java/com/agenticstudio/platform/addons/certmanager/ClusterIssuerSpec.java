package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.services.AcmeHttp01;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cert-manager ClusterIssuer's spec (cert-manager.io/v1). The CRD takes exactly one of acme, ca
 * and selfSigned, so the spec is one of three records.
 */
public sealed interface ClusterIssuerSpec extends CustomResourceSpec {
    CrdKind KIND = CrdKind.clusterScoped("cert-manager.io", "v1", "ClusterIssuer");

    @Override
    default CrdKind crdKind() {
        return KIND;
    }

    /**
     * An ACME account (Let's Encrypt) that proves control of names over HTTP-01.
     *
     * @param accountKeySecret where cert-manager keeps the account's key, in its cluster resource namespace
     */
    record Acme(String server, String email, String accountKeySecret, AcmeHttp01 solver) implements ClusterIssuerSpec {
        public Acme {
            if (server == null || !server.startsWith("https://")) {
                throw new IllegalArgumentException("an ACME server is an https:// directory URL, got " + server);
            }
            if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new IllegalArgumentException("an ACME account needs a contact e-mail address, got '" + email + "'");
            }
            Objects.requireNonNull(accountKeySecret, "accountKeySecret");
            Objects.requireNonNull(solver, "solver");
        }

        @Override
        public Map<String, Object> toWire() {
            var acme = new LinkedHashMap<String, Object>();
            acme.put("server", server);
            acme.put("email", email);
            acme.put("privateKeySecretRef", Map.of("name", accountKeySecret));
            acme.put("solvers", List.of(Map.of("http01", http01(solver))));
            return Map.of("acme", acme);
        }

        private static Map<String, Object> http01(AcmeHttp01 solver) {
            if (solver instanceof AcmeHttp01.IngressClass ingress) {
                return Map.of("ingress", Map.of("ingressClassName", ingress.name()));
            }
            var parents = ((AcmeHttp01.GatewayRoutes) solver).parents().stream()
                    .map(p -> Map.<String, Object>of("name", p.name(), "namespace", p.namespace(), "kind", "Gateway",
                            "sectionName", p.sectionName()))
                    .toList();
            // ClusterIP: the challenge is served through the Gateway, never through node ports.
            return Map.of("gatewayHTTPRoute", Map.of("parentRefs", parents, "serviceType", "ClusterIP"));
        }
    }

    /** Signs with the key pair in {@code secretName} (in cert-manager's cluster resource namespace). */
    record Ca(String secretName) implements ClusterIssuerSpec {
        public Ca {
            Objects.requireNonNull(secretName, "secretName");
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("ca", Map.of("secretName", secretName));
        }
    }

    /** Signs each certificate with its own key; only good for bootstrapping a CA. */
    record SelfSigned() implements ClusterIssuerSpec {
        @Override
        public Map<String, Object> toWire() {
            return Map.of("selfSigned", Map.of());
        }
    }
}
