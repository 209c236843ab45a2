package com.agenticstudio.platform.addons.certmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.services.AcmeHttp01;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterIssuerSpecTest {
    private static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";
    private static final AcmeHttp01 NGINX = new AcmeHttp01.IngressClass("nginx");

    private static ClusterIssuerSpec.Acme acme(AcmeHttp01 solver) {
        return new ClusterIssuerSpec.Acme(LETS_ENCRYPT, "ops@studio.example", "letsencrypt-account", solver);
    }

    @Test
    void aClusterIssuerIsAClusterScopedCertManagerV1Kind() {
        assertEquals("kubernetes:cert-manager.io/v1:ClusterIssuer", new ClusterIssuerSpec.SelfSigned().crdKind().typeToken());
        assertFalse(ClusterIssuerSpec.KIND.namespaced());
    }

    @Test
    void anAcmeIssuerSolvesHttp01ThroughAnIngressClass() {
        assertEquals(Map.of("acme", Map.of(
                "server", LETS_ENCRYPT,
                "email", "ops@studio.example",
                "privateKeySecretRef", Map.of("name", "letsencrypt-account"),
                "solvers", List.of(Map.of("http01", Map.of("ingress", Map.of("ingressClassName", "nginx")))))),
                acme(NGINX).toWire());
    }

    @Test
    void anAcmeIssuerSolvesHttp01ThroughGatewayRoutesOnAClusterIpService() {
        var solver = new AcmeHttp01.GatewayRoutes(List.of(new AcmeHttp01.GatewayParent("edge", "envoy-gateway-system", "http")));
        assertEquals(List.of(Map.of("http01", Map.of("gatewayHTTPRoute", Map.of(
                        "parentRefs", List.of(Map.of("name", "edge", "namespace", "envoy-gateway-system", "kind", "Gateway",
                                "sectionName", "http")),
                        "serviceType", "ClusterIP")))),
                ((Map<?, ?>) acme(solver).toWire().get("acme")).get("solvers"));
    }

    @Test
    void aGatewaySolverWithoutAParentIsRefused() {
        var failure = assertThrows(IllegalArgumentException.class, () -> new AcmeHttp01.GatewayRoutes(List.of()));
        assertEquals("a Gateway HTTP-01 solver needs at least one parent Gateway", failure.getMessage());
    }

    @Test
    void aCaIssuerSignsWithTheKeyPairInItsSecret() {
        assertEquals(Map.of("ca", Map.of("secretName", "studio-root-ca")), new ClusterIssuerSpec.Ca("studio-root-ca").toWire());
    }

    @Test
    void aSelfSignedIssuerRendersAnEmptySelfSignedBlock() {
        assertEquals(Map.of("selfSigned", Map.of()), new ClusterIssuerSpec.SelfSigned().toWire());
    }

    static Stream<ClusterIssuerSpec> everyAlternative() {
        return Stream.of(acme(NGINX), new ClusterIssuerSpec.Ca("studio-root-ca"), new ClusterIssuerSpec.SelfSigned());
    }

    @ParameterizedTest
    @MethodSource("everyAlternative")
    void exactlyOneOfAcmeCaAndSelfSignedAppears(ClusterIssuerSpec spec) {
        var keys = spec.toWire().keySet();
        assertEquals(1, keys.size(), keys.toString());
        assertTrue(Set.of("acme", "ca", "selfSigned").containsAll(keys), keys.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme-v02.api.letsencrypt.org/directory", "acme-v02.api.letsencrypt.org/directory"})
    void anAcmeServerThatIsNotHttpsIsRefused(String server) {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> new ClusterIssuerSpec.Acme(server, "ops@studio.example", "letsencrypt-account", NGINX));
        assertEquals("an ACME server is an https:// directory URL, got " + server, failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ops", "ops@studio", "ops@@studio.example", "ops team@studio.example"})
    void anAcmeAccountWithoutAnEmailAddressIsRefused(String email) {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> new ClusterIssuerSpec.Acme(LETS_ENCRYPT, email, "letsencrypt-account", NGINX));
        assertEquals("an ACME account needs a contact e-mail address, got '" + email + "'", failure.getMessage());
    }

    @Test
    void anAcmeIssuerNeedsASolver() {
        assertEquals("solver", assertThrows(NullPointerException.class, () -> acme(null)).getMessage());
    }
}
