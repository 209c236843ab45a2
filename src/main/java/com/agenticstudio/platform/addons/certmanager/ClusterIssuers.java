package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.bindings.certmanager.v1.Certificate;
import com.agenticstudio.platform.bindings.certmanager.v1.CertificateArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuer;
import com.agenticstudio.platform.bindings.certmanager.v1.ClusterIssuerArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecIssuerRefArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecPrivateKeyArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmePrivateKeySecretRefArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversHttp01Args;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecAcmeSolversHttp01IngressArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecCaArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecSelfSignedArgs;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.EdgeSettings.Issuer;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * The ClusterIssuers a cluster offers its workloads: Let's Encrypt where the cluster is reachable
 * from the internet, a local CA on kind. Each is a custom resource whose CRD the cert-manager
 * release installs, so each waits for that release; nothing else needs to wait for them, because
 * cert-manager retries a Certificate until its issuer exists.
 */
public sealed interface ClusterIssuers {

    /**
     * Declares the issuers under {@code parent}.
     *
     * @param release   the cert-manager release that installs the CRDs
     * @param namespace cert-manager's namespace, its cluster resource namespace: where ClusterIssuers
     *                  keep their Secrets
     */
    List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace);

    /**
     * Let's Encrypt staging and production, both ACME over HTTP-01: staging for trying things out
     * without hitting production's rate limits.
     *
     * @param email              contact address of the ACME accounts
     * @param solverIngressClass the IngressClass that serves the HTTP-01 challenge
     */
    record LetsEncrypt(String email, String solverIngressClass) implements ClusterIssuers {
        static final String STAGING_SERVER = "https://acme-staging-v02.api.letsencrypt.org/directory";
        static final String PRODUCTION_SERVER = "https://acme-v02.api.letsencrypt.org/directory";

        public LetsEncrypt {
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("the Let's Encrypt issuers need a contact e-mail address");
            }
        }

        @Override
        public List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace) {
            return List.of(
                    acme(Issuer.LETSENCRYPT_STAGING.issuerName(), STAGING_SERVER, cluster, parent, release),
                    acme(Issuer.LETSENCRYPT_PROD.issuerName(), PRODUCTION_SERVER, cluster, parent, release));
        }

        private ClusterIssuer acme(String name, String server, ClusterInfo cluster, Resource parent, Resource release) {
            var acme = ClusterIssuerSpecAcmeArgs.builder()
                    .server(server)
                    .email(email)
                    // cert-manager registers the account and stores its key here on first use.
                    .privateKeySecretRef(ClusterIssuerSpecAcmePrivateKeySecretRefArgs.builder().name(name + "-account-key").build())
                    .solvers(ClusterIssuerSpecAcmeSolversArgs.builder()
                            .http01(ClusterIssuerSpecAcmeSolversHttp01Args.builder()
                                    .ingress(ClusterIssuerSpecAcmeSolversHttp01IngressArgs.builder()
                                            .ingressClassName(solverIngressClass)
                                            .build())
                                    .build())
                            .build())
                    .build();
            return new ClusterIssuer(name, ClusterIssuerArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(name).build())
                    .spec(ClusterIssuerSpecArgs.builder().acme(acme).build())
                    .build(), KubeOptions.of(cluster, parent, release));
        }
    }

    /**
     * kind: Let's Encrypt cannot reach a laptop, so a CA of its own signs the app's certificate. A
     * self-signed issuer signs the CA certificate; the CA issuer then signs with that key pair.
     * Trust it locally by importing the {@value #ROOT} Secret's ca.crt.
     */
    record LocalCa() implements ClusterIssuers {
        static final String SELF_SIGNED = "studio-selfsigned";
        /** The CA Certificate and the Secret it writes. */
        static final String ROOT = "studio-local-ca-root";

        @Override
        public List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace) {
            var selfSigned = new ClusterIssuer(SELF_SIGNED, ClusterIssuerArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(SELF_SIGNED).build())
                    .spec(ClusterIssuerSpecArgs.builder().selfSigned(ClusterIssuerSpecSelfSignedArgs.Empty).build())
                    .build(), KubeOptions.of(cluster, parent, release));

            var root = new Certificate(ROOT, CertificateArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(ROOT).namespace(namespace).build())
                    .spec(CertificateSpecArgs.builder()
                            .isCA(true)
                            .commonName(ROOT)
                            .secretName(ROOT)
                            .privateKey(CertificateSpecPrivateKeyArgs.builder().algorithm("ECDSA").size(256).build())
                            .issuerRef(CertificateSpecIssuerRefArgs.builder()
                                    .name(SELF_SIGNED)
                                    .kind("ClusterIssuer")
                                    .group("cert-manager.io")
                                    .build())
                            .build())
                    .build(), KubeOptions.of(cluster, parent, release));

            var name = Issuer.LOCAL_CA.issuerName();
            var ca = new ClusterIssuer(name, ClusterIssuerArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(name).build())
                    .spec(ClusterIssuerSpecArgs.builder().ca(ClusterIssuerSpecCaArgs.builder().secretName(ROOT).build()).build())
                    .build(), KubeOptions.of(cluster, parent, release, root));
            return List.of(selfSigned, root, ca);
        }
    }
}
