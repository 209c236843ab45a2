package com.agenticstudio.platform.addons.logging;

import static com.agenticstudio.platform.addons.HelmAddon.LABELS;

import com.agenticstudio.platform.addons.certmanager.CertificateSpec;
import com.agenticstudio.platform.addons.certmanager.ClusterIssuerSpec;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CA that signs Elasticsearch's HTTP certificate, from cert-manager, because clients in other
 * namespaces (Grafana, Jaeger) must verify that certificate and cannot read ECK's own CA: a
 * self-signed root in cert-manager's namespace (where ClusterIssuers keep their Secrets), the CA
 * issuer {@value #CA_ISSUER} over it, Elasticsearch's certificate from that issuer, and for each
 * client a certificate in its own namespace whose ca.crt is that CA ({@link #trust}). Everything here
 * waits for cert-manager's release, which installs the CRDs.
 */
final class ElasticsearchCa {
    static final String SELF_SIGNED_ISSUER = "elasticsearch-selfsigned";
    static final String CA_ISSUER = "elasticsearch-ca";
    static final String CA_ROOT_SECRET = "elasticsearch-ca-root";
    /** Ten years: the CA outlives every certificate it signs, so clients' copies of it stay valid. */
    static final String CA_DURATION = "87600h";
    /** The Secret ECK serves Elasticsearch's HTTP layer with. */
    static final String HTTP_CERT_SECRET = "elasticsearch-http-tls";
    private static final CertificateSpec.PrivateKey KEY = new CertificateSpec.PrivateKey("ECDSA", 256);

    private ElasticsearchCa() {
    }

    /** The root, the CA issuer and Elasticsearch's HTTP certificate in {@value ElasticStack#NAMESPACE}. */
    static void declare(String certManagerNamespace, Resource certManager, Resource logging, ClusterInfo cluster, Resource parent) {
        new KubernetesCustomResource(SELF_SIGNED_ISSUER, ObjectMetaArgs.builder().name(SELF_SIGNED_ISSUER)
                .labels(LABELS).build(), new ClusterIssuerSpec.SelfSigned(), KubeOptions.of(cluster, parent, certManager));
        new KubernetesCustomResource(CA_ROOT_SECRET, ObjectMetaArgs.builder().name(CA_ROOT_SECRET)
                .namespace(certManagerNamespace).labels(LABELS).build(),
                new CertificateSpec(CA_ROOT_SECRET, "studio-elasticsearch-ca", true, KEY, SELF_SIGNED_ISSUER, List.of(),
                        Optional.of(CA_DURATION)), KubeOptions.of(cluster, parent, certManager));
        // By name only: cert-manager retries an issuer whose Secret does not exist yet, so nothing here waits for another.
        new KubernetesCustomResource(CA_ISSUER, ObjectMetaArgs.builder().name(CA_ISSUER).labels(LABELS).build(),
                new ClusterIssuerSpec.Ca(CA_ROOT_SECRET), KubeOptions.of(cluster, parent, certManager));
        var service = ElasticStack.HTTP_SERVICE + "." + ElasticStack.NAMESPACE + ".svc";
        new KubernetesCustomResource("elasticsearch-http", ObjectMetaArgs.builder().name("elasticsearch-http")
                .namespace(ElasticStack.NAMESPACE).labels(LABELS).build(),
                new CertificateSpec(HTTP_CERT_SECRET, service, false, KEY, CA_ISSUER, List.of(ElasticStack.HTTP_SERVICE,
                        ElasticStack.HTTP_SERVICE + "." + ElasticStack.NAMESPACE, service, service + ".cluster.local"), Optional.empty()),
                KubeOptions.of(cluster, parent, certManager, logging));
    }

    /**
     * A certificate in {@code namespace} from the CA issuer: its Secret {@value ElasticStack#CA_SECRET} holds
     * the CA as ca.crt, which a client verifies Elasticsearch with.
     */
    static Resource trust(String namespace, Resource certManager, ClusterInfo cluster, Resource parent, Resource... after) {
        var waitFor = new ArrayList<Resource>(List.of(after));
        waitFor.add(certManager);
        return new KubernetesCustomResource(parent.pulumiResourceName() + "-" + ElasticStack.CA_SECRET, ObjectMetaArgs.builder()
                .name(ElasticStack.CA_SECRET).namespace(namespace).labels(LABELS).build(),
                new CertificateSpec(ElasticStack.CA_SECRET, "elasticsearch-client." + namespace, false, KEY, CA_ISSUER),
                KubeOptions.of(cluster, parent, waitFor.toArray(Resource[]::new)));
    }
}
