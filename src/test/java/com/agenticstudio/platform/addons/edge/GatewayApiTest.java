package com.agenticstudio.platform.addons.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.edge.GatewayApi.Forward;
import com.agenticstudio.platform.addons.edge.GatewayApi.GatewaySpec;
import com.agenticstudio.platform.addons.edge.GatewayApi.HttpRouteSpec;
import com.agenticstudio.platform.addons.edge.GatewayApi.Listener;
import com.agenticstudio.platform.addons.edge.GatewayApi.ParentRef;
import com.agenticstudio.platform.addons.edge.GatewayApi.RedirectToHttps;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayApiTest {
    private static final ParentRef HTTPS = new ParentRef("edge", "envoy-gateway-system", "https");

    private static Listener http(String name) {
        return new Listener(name, Optional.empty(), 80, "HTTP", Optional.empty(), Map.of());
    }

    private static Listener https(String name, String hostname, Map<String, String> routesFrom) {
        return new Listener(name, Optional.of(hostname), 443, "HTTPS", Optional.of("edge-tls"), routesFrom);
    }

    private static Forward forward(String timeout) {
        return new Forward("/api", "fastapi-backend", 80, timeout);
    }

    private static String refusal(Executable declaration) {
        return assertThrows(IllegalArgumentException.class, declaration).getMessage();
    }

    @Test
    void theKindsAreGatewayApiV1WithAClusterScopedClass() {
        assertEquals("kubernetes:gateway.networking.k8s.io/v1:GatewayClass", GatewayApi.GATEWAY_CLASS.typeToken());
        assertFalse(GatewayApi.GATEWAY_CLASS.namespaced());
        assertTrue(GatewayApi.GATEWAY.namespaced());
        assertTrue(GatewayApi.HTTP_ROUTE.namespaced());
    }

    @Test
    void aGatewayClassPointsAtItsEnvoyProxy() {
        var spec = new GatewayApi.GatewayClassSpec("gateway.envoyproxy.io/gatewayclass-controller",
                new GatewayApi.LocalObject(EnvoyGatewayApi.ENVOY_PROXY, "edge-proxy", "envoy-gateway-system"));
        assertEquals(Map.of("group", "gateway.envoyproxy.io", "kind", "EnvoyProxy", "name", "edge-proxy",
                "namespace", "envoy-gateway-system"), spec.toWire().get("parametersRef"));
    }

    @Test
    void anHttpListenerCarriesNoTlsAndAnHttpsListenerTerminatesWithItsCertificate() {
        assertFalse(http("http").toWire().containsKey("tls"));
        assertEquals(Map.of("mode", "Terminate", "certificateRefs", List.of(Map.of("kind", "Secret", "group", "", "name", "edge-tls"))),
                https("https", "*.studio.example", Map.of()).toWire().get("tls"));
    }

    @Test
    void anHttpListenerWithACertificateIsRefused() {
        var message = refusal(() -> new Listener("http", Optional.empty(), 80, "HTTP", Optional.of("edge-tls"), Map.of()));
        assertEquals("an HTTPS listener needs a certificate and an HTTP listener takes none: http", message);
    }

    @Test
    void anHttpsListenerWithoutACertificateIsRefused() {
        var message = refusal(() -> new Listener("https", Optional.empty(), 443, "HTTPS", Optional.empty(), Map.of()));
        assertEquals("an HTTPS listener needs a certificate and an HTTP listener takes none: https", message);
    }

    @Test
    void aProtocolOtherThanHttpOrHttpsIsRefused() {
        var message = refusal(() -> new Listener("tcp", Optional.empty(), 5432, "TCP", Optional.empty(), Map.of()));
        assertEquals("the edge serves HTTP and HTTPS listeners, got TCP", message);
    }

    @Test
    void listenerNamesAreUniqueWithinAGateway() {
        assertEquals(2, new GatewaySpec("edge", List.of(http("http"), https("https", "studio.example", Map.of()))).listeners().size());
        var message = refusal(() -> new GatewaySpec("edge", List.of(http("web"), https("web", "studio.example", Map.of()))));
        assertTrue(message.startsWith("listener names must be unique"), message);
    }

    @Test
    void aGatewayWithoutListenersIsRefused() {
        assertEquals("a Gateway has 1 to 64 listeners, got 0", refusal(() -> new GatewaySpec("edge", List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"studio.example", "*.studio.example", "api-1.studio.example"})
    void lowerCaseHostnamesWithAtMostALeadingWildcardAreTaken(String hostname) {
        assertEquals(hostname, https("https", hostname, Map.of()).toWire().get("hostname"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Studio.example", "STUDIO.EXAMPLE", "api.*.studio.example", "-studio.example", "studio_example"})
    void otherHostnamesAreRefusedOnListenersAndRoutes(String hostname) {
        assertEquals("'" + hostname + "' is not a valid listener hostname", refusal(() -> https("https", hostname, Map.of())));
        assertEquals("'" + hostname + "' is not a valid route hostname",
                refusal(() -> new HttpRouteSpec(HTTPS, List.of(hostname), List.of(forward("30s")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS", "web_1", "-web", ""})
    void listenerAndSectionNamesFollowTheDnsSubdomainPattern(String name) {
        assertEquals("'" + name + "' is not a valid listener name", refusal(() -> http(name)));
        assertEquals("'" + name + "' is not a valid section name", refusal(() -> new ParentRef("edge", "envoy-gateway-system", name)));
    }

    @Test
    void withoutNamespaceLabelsOnlyRoutesOfTheGatewaysNamespaceAttach() {
        assertEquals(Map.of("namespaces", Map.of("from", "Same")), http("http").toWire().get("allowedRoutes"));
    }

    @Test
    void withNamespaceLabelsRoutesOfTheLabelledNamespacesAttach() {
        var listener = https("https", "studio.example", Map.of("studio.io/edge", "true"));
        assertEquals(Map.of("namespaces", Map.of("from", "Selector", "selector", Map.of("matchLabels", Map.of("studio.io/edge", "true")))),
                listener.toWire().get("allowedRoutes"));
    }

    @Test
    void aRedirectRuleRendersARequestRedirectFilterAndNoBackends() {
        var rule = new RedirectToHttps().toWire();
        assertEquals(List.of(Map.of("type", "RequestRedirect", "requestRedirect", Map.of("scheme", "https", "statusCode", 301))),
                rule.get("filters"));
        assertFalse(rule.containsKey("backendRefs"));
    }

    @Test
    void aForwardRuleSendsThePathPrefixToAServicePortWithARequestTimeout() {
        var rule = forward("1m30s").toWire();
        assertEquals(List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/api"))), rule.get("matches"));
        assertEquals(List.of(Map.of("kind", "Service", "group", "", "name", "fastapi-backend", "port", 80)), rule.get("backendRefs"));
        assertEquals(Map.of("request", "1m30s"), rule.get("timeouts"));
        assertFalse(rule.containsKey("filters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "/api//v1", "//"})
    void aPathPrefixThatIsNotAnAbsoluteCleanPathIsRefused(String prefix) {
        assertEquals("a path prefix starts with / and has no //: " + prefix,
                refusal(() -> new Forward(prefix, "fastapi-backend", 80, "30s")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30s", "500ms", "1h", "1m30s", "1h2m3s4ms", "99999s"})
    void gatewayApiDurationsAreTaken(String timeout) {
        assertEquals(timeout, forward(timeout).timeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1m30s5ms7h1s", "90", "100000s", "1.5s", "1d", "30 s", "1us"})
    void otherDurationsAreRefused(String timeout) {
        assertEquals("'" + timeout + "' is not a valid Gateway API duration", refusal(() -> forward(timeout)));
    }

    @Test
    void aRouteAttachesToOneListenerAndListsHostnamesOnlyWhenItHasSome() {
        var route = new HttpRouteSpec(HTTPS, List.of("studio.example"), List.of(forward("30s"))).toWire();
        assertEquals(List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "edge",
                "namespace", "envoy-gateway-system", "sectionName", "https")), route.get("parentRefs"));
        assertEquals(List.of("studio.example"), route.get("hostnames"));
        assertFalse(new HttpRouteSpec(HTTPS, List.of(), List.of(new RedirectToHttps())).toWire().containsKey("hostnames"));
    }

    @Test
    void aRouteHasOneToSixteenRules() {
        assertEquals("an HTTPRoute has 1 to 16 rules, got 0", refusal(() -> new HttpRouteSpec(HTTPS, List.of(), List.of())));
        var seventeen = Collections.<GatewayApi.Rule>nCopies(17, new RedirectToHttps());
        assertEquals("an HTTPRoute has 1 to 16 rules, got 17", refusal(() -> new HttpRouteSpec(HTTPS, List.of(), seventeen)));
    }

    @Test
    void twoListenersOnTheSamePortProtocolAndHostnameAreRefused() {
        var message = refusal(() -> new GatewaySpec("edge", List.of(http("http"), http("plain"))));
        assertTrue(message.startsWith("two listeners share port, protocol and hostname"), message);
    }

    @Test
    void anIpAddressIsNoHostname() {
        assertEquals("'10.0.0.1' is not a valid listener hostname", refusal(() -> https("https", "10.0.0.1", Map.of())));
    }

    @Test
    void portsOutsideTheirRangeAreRefused() {
        assertEquals("listener http port must be in 1-65535, got 0",
                refusal(() -> new Listener("http", Optional.empty(), 0, "HTTP", Optional.empty(), Map.of())));
        assertEquals("backend port must be in 1-65535, got 70000", refusal(() -> new Forward("/", "web", 70000, "60s")));
    }
}
