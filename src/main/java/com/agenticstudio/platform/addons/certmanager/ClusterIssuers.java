package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.AcmeHttp01;
import com.agenticstudio.platform.settings.EdgeSettings.Issuer;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * The ClusterIssuers a cluster offers: Let's Encrypt where the cluster is reachable from the
 * internet, a local CA on kind. Each waits for the release that installs its CRD; nothing else needs
 * to wait for them, because cert-manager retries a Certificate until its issuer exists.
 */
public sealed interface ClusterIssuers {

    /**
     * @param release   the cert-manager release that installs the CRDs
     * @param namespace cert-manager's namespace, its cluster resource namespace: where ClusterIssuers keep their Secrets
     * @param solver    how the edge serves ACME HTTP-01 challenges
     */
    List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace, AcmeHttp01 solver);

    /**
     * Let's Encrypt staging and production over HTTP-01: staging for trying things out without
     * hitting production's rate limits.
     */
    record LetsEncrypt(String email) implements ClusterIssuers {
        static final String STAGING_SERVER = "https://acme-staging-v02.api.letsencrypt.org/directory";
        static final String PRODUCTION_SERVER = "https://acme-v02.api.letsencrypt.org/directory";

        public LetsEncrypt {
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("the Let's Encrypt issuers need a contact e-mail address");
            }
        }

        @Override
        public List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace, AcmeHttp01 solver) {
            return List.of(
                    issuer(Issuer.LETSENCRYPT_STAGING.issuerName(), new ClusterIssuerSpec.Acme(STAGING_SERVER, email,
                            Issuer.LETSENCRYPT_STAGING.issuerName() + "-account-key", solver), cluster, parent, release),
                    issuer(Issuer.LETSENCRYPT_PROD.issuerName(), new ClusterIssuerSpec.Acme(PRODUCTION_SERVER, email,
                            Issuer.LETSENCRYPT_PROD.issuerName() + "-account-key", solver), cluster, parent, release));
        }
    }

    /**
     * kind: Let's Encrypt cannot reach a laptop, so a CA of its own signs certificates. A self-signed
     * issuer signs the CA certificate; the CA issuer then signs with that key pair. Trust it locally
     * by importing the {@value #ROOT} Secret's ca.crt.
     */
    record LocalCa() implements ClusterIssuers {
        static final String SELF_SIGNED = "studio-selfsigned";
        /** The CA Certificate and the Secret it writes. */
        static final String ROOT = "studio-local-ca-root";

        @Override
        public List<Resource> declare(ClusterInfo cluster, Resource parent, Resource release, String namespace, AcmeHttp01 solver) {
            var selfSigned = issuer(SELF_SIGNED, new ClusterIssuerSpec.SelfSigned(), cluster, parent, release);
            var root = new KubernetesCustomResource(ROOT, ObjectMetaArgs.builder().name(ROOT).namespace(namespace).build(),
                    new CertificateSpec(ROOT, ROOT, true, new CertificateSpec.PrivateKey("ECDSA", 256), SELF_SIGNED),
                    KubeOptions.of(cluster, parent, release));
            var ca = issuer(Issuer.LOCAL_CA.issuerName(), new ClusterIssuerSpec.Ca(ROOT), cluster, parent, release, root);
            return List.of(selfSigned, root, ca);
        }
    }

    private static Resource issuer(String name, CustomResourceSpec spec, ClusterInfo cluster, Resource parent, Resource... after) {
        return new KubernetesCustomResource(name, ObjectMetaArgs.builder().name(name).build(), spec,
                KubeOptions.of(cluster, parent, after));
    }
}
