package com.agenticstudio.platform.settings;

/**
 * How traffic reaches the app: the edge's data-plane size and the public host with its TLS.
 *
 * @param replicas Envoy data-plane pods
 */
public record EdgeSettings(int replicas, String host, Tls tls) {

    /** Which cert-manager ClusterIssuer signs the app's certificate. */
    public enum Issuer {
        LETSENCRYPT_PROD("letsencrypt-prod"),
        LETSENCRYPT_STAGING("letsencrypt-staging"),
        LOCAL_CA("studio-local-ca");

        private final String issuerName;

        Issuer(String issuerName) {
            this.issuerName = issuerName;
        }

        /** The ClusterIssuer's metadata.name, also the value of the setting. */
        public String issuerName() {
            return issuerName;
        }

        public boolean isAcme() {
            return this != LOCAL_CA;
        }
    }

    public record Tls(boolean enabled, Issuer issuer, String secretName, String acmeEmail) {
    }
}
