package com.agenticstudio.platform.rules;

import com.agenticstudio.platform.check.KubernetesRules;
import static com.agenticstudio.platform.rules.Manifests.find;
import static com.agenticstudio.platform.rules.Manifests.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each rule against a small app that is right, then against the same app broken in one place: a
 * rule that cannot fail proves nothing.
 */
class KubernetesRulesTest {
    static final List<KubernetesRules.Rule> RULES = KubernetesRules.ALL;

    @ParameterizedTest(name = "{0}: the good app passes")
    @FieldSource("RULES")
    void theGoodAppBreaksNoRule(KubernetesRules.Rule rule) {
        assertEquals(List.of(), rule.apply(Manifests.good()));
    }

    private static void assertReported(List<String> violations, String fragment) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(fragment)),
                () -> "expected a violation mentioning '" + fragment + "', got " + violations);
    }

    private static Map<String, Object> container(List<Map<String, Object>> app) {
        return KubernetesRules.map(KubernetesRules.at(find(app, "Deployment", "web"), "spec.template.spec.containers.0"));
    }

    @Nested
    @DisplayName("every container has requests, limits and probes")
    class ResourcesAndProbes {
        @Test
        void aContainerWithoutAMemoryLimitIsReported() {
            var app = Manifests.good();
            set(container(app), "resources.limits.memory", null);
            assertReported(KubernetesRules.containersHaveResourcesAndProbes(app), "has no memory limit");
        }

        @Test
        void aContainerWithoutACpuRequestIsReported() {
            var app = Manifests.good();
            set(container(app), "resources.requests.cpu", null);
            assertReported(KubernetesRules.containersHaveResourcesAndProbes(app), "has no cpu request");
        }

        @Test
        void aContainerWithoutAReadinessProbeIsReported() {
            var app = Manifests.good();
            set(container(app), "readinessProbe", null);
            assertReported(KubernetesRules.containersHaveResourcesAndProbes(app), "has no readinessProbe");
        }

        @Test
        void aContainerWithoutALivenessProbeIsReported() {
            var app = Manifests.good();
            set(container(app), "livenessProbe", null);
            assertReported(KubernetesRules.containersHaveResourcesAndProbes(app), "has no livenessProbe");
        }
    }

    @Nested
    @DisplayName("every pod template passes Pod Security restricted")
    class Restricted {
        @Test
        void privilegeEscalationLeftOnIsReported() {
            var app = Manifests.good();
            set(container(app), "securityContext.allowPrivilegeEscalation", null);
            assertReported(KubernetesRules.podTemplatesAreRestricted(app), "allowPrivilegeEscalation");
        }

        @Test
        void keptCapabilitiesAreReported() {
            var app = Manifests.good();
            set(container(app), "securityContext.capabilities", Map.of("add", List.of("NET_ADMIN")));
            var violations = KubernetesRules.podTemplatesAreRestricted(app);
            assertReported(violations, "does not drop ALL capabilities");
            assertReported(violations, "adds capability NET_ADMIN");
        }

        @Test
        void aPodThatMayRunAsRootIsReported() {
            var app = Manifests.good();
            set(find(app, "Deployment", "web"), "spec.template.spec.securityContext.runAsNonRoot", null);
            assertReported(KubernetesRules.podTemplatesAreRestricted(app), "runAsNonRoot");
        }

        @Test
        void aMissingSeccompProfileIsReported() {
            var app = Manifests.good();
            set(find(app, "Deployment", "web"), "spec.template.spec.securityContext.seccompProfile", null);
            assertReported(KubernetesRules.podTemplatesAreRestricted(app), "seccomp profile null");
        }

        @Test
        void hostNamespacesAndHostPathsAreReported() {
            var app = Manifests.good();
            var spec = KubernetesRules.map(KubernetesRules.at(find(app, "Deployment", "web"), "spec.template.spec"));
            set(spec, "hostNetwork", true);
            set(spec, "volumes", List.of(Map.of("name", "docker", "hostPath", Map.of("path", "/var/run/docker.sock"))));
            var violations = KubernetesRules.podTemplatesAreRestricted(app);
            assertReported(violations, "sets hostNetwork");
            assertReported(violations, "is of type [hostPath]");
        }
    }

    @Nested
    @DisplayName("every replicated or autoscaled Deployment has a PodDisruptionBudget")
    class DisruptionBudgets {
        @Test
        void anAutoscaledDeploymentWithoutABudgetIsReported() {
            var app = Manifests.without(Manifests.good(), "PodDisruptionBudget", "web");
            assertReported(KubernetesRules.replicatedDeploymentsHaveDisruptionBudgets(app), "is autoscaled");
        }

        @Test
        void aBudgetSelectingOtherPodsDoesNotCount() {
            var app = Manifests.without(Manifests.good(), "HorizontalPodAutoscaler", "web");
            set(find(app, "Deployment", "web"), "spec.replicas", 3);
            set(find(app, "PodDisruptionBudget", "web"), "spec.selector.matchLabels", Map.of("app", "api"));
            assertReported(KubernetesRules.replicatedDeploymentsHaveDisruptionBudgets(app), "runs 3 replicas");
        }

        @Test
        void aSingleFixedReplicaNeedsNoBudget() {
            var app = Manifests.without(Manifests.without(Manifests.good(), "HorizontalPodAutoscaler", "web"), "PodDisruptionBudget", "web");
            set(find(app, "Deployment", "web"), "spec.replicas", 1);
            assertEquals(List.of(), KubernetesRules.replicatedDeploymentsHaveDisruptionBudgets(app));
        }
    }

    @Nested
    @DisplayName("every Service selects pods and reaches a declared port")
    class Services {
        @Test
        void aSelectorNoPodCarriesIsReported() {
            var app = Manifests.good();
            set(find(app, "Service", "web"), "spec.selector", Map.of("app", "webb"));
            assertReported(KubernetesRules.servicesReachPods(app), "which no pod template in shop carries");
        }

        @Test
        void aTargetPortNoContainerDeclaresIsReported() {
            var app = Manifests.good();
            set(find(app, "Service", "web"), "spec.ports", List.of(Map.of("name", "http", "port", 80, "targetPort", "metrics")));
            assertReported(KubernetesRules.servicesReachPods(app), "targets metrics");
        }

        @Test
        void aNumericTargetPortMatchesByNumber() {
            var app = Manifests.good();
            set(find(app, "Service", "web"), "spec.ports", List.of(Map.of("port", 80, "targetPort", 8080.0)));
            assertEquals(List.of(), KubernetesRules.servicesReachPods(app));
            set(find(app, "Service", "web"), "spec.ports", List.of(Map.of("port", 80, "targetPort", 8081.0)));
            assertReported(KubernetesRules.servicesReachPods(app), "targets 8081");
        }
    }

    @Nested
    @DisplayName("every route backend is an existing Service port")
    class RouteBackends {
        @Test
        void aMissingServiceIsReported() {
            var app = Manifests.without(Manifests.good(), "Service", "web");
            assertReported(KubernetesRules.routeBackendsExist(app), "routes to Service web, which does not exist in shop");
        }

        @Test
        void aMissingPortIsReported() {
            var app = Manifests.good();
            set(find(app, "HTTPRoute", "web"), "spec.rules", List.of(Map.of("backendRefs", List.of(Map.of("name", "web", "port", 8443)))));
            assertReported(KubernetesRules.routeBackendsExist(app), "routes to port 8443");
        }
    }

    @Nested
    @DisplayName("every route attaches to a Gateway listener that admits its namespace and host")
    class RouteAttachment {
        @Test
        void aRouteToAMissingGatewayIsReported() {
            var app = Manifests.without(Manifests.good(), "Gateway", "edge");
            assertReported(KubernetesRules.routesAttachToGatewaysThatAdmitThem(app), "attaches to Gateway edge/edge, which does not exist");
        }

        @Test
        void aRouteToAMissingListenerIsReported() {
            var app = Manifests.good();
            set(find(app, "HTTPRoute", "web"), "spec.parentRefs", List.of(Map.of("name", "edge", "namespace", "edge", "sectionName", "http")));
            assertReported(KubernetesRules.routesAttachToGatewaysThatAdmitThem(app), "attaches to listener http");
        }

        @Test
        void aNamespaceWithoutTheAdmittedLabelIsReported() {
            var app = Manifests.good();
            set(find(app, "Namespace", "shop"), "metadata.labels", Map.of());
            assertReported(KubernetesRules.routesAttachToGatewaysThatAdmitThem(app), "does not admit routes from namespace shop");
        }

        @Test
        void aHostTheListenerDoesNotServeIsReported() {
            var app = Manifests.good();
            set(find(app, "HTTPRoute", "web"), "spec.hostnames", List.of("admin.example.com"));
            assertReported(KubernetesRules.routesAttachToGatewaysThatAdmitThem(app), "which serves only shop.example.com");
        }
    }

    @Nested
    @DisplayName("every HTTPS listener has a certificate from an issuer that exists")
    class HttpsListeners {
        @Test
        void aListenerWithoutACertificateIsReported() {
            var app = Manifests.good();
            var listener = KubernetesRules.map(KubernetesRules.at(find(app, "Gateway", "edge"), "spec.listeners.0"));
            set(listener, "tls.certificateRefs", List.of());
            assertReported(KubernetesRules.httpsListenersHaveCertificatesFromExistingIssuers(app), "terminates HTTPS without a certificate");
        }

        @Test
        void anIssuerThePlanDoesNotDeclareIsReported() {
            var app = Manifests.without(Manifests.good(), "ClusterIssuer", "shop-ca");
            assertReported(KubernetesRules.httpsListenersHaveCertificatesFromExistingIssuers(app), "names ClusterIssuer shop-ca, which the plan does not declare");
        }

        @Test
        void aGatewayWithoutAnIssuerIsReported() {
            var app = Manifests.good();
            set(find(app, "Gateway", "edge"), "metadata.annotations", Map.of());
            assertReported(KubernetesRules.httpsListenersHaveCertificatesFromExistingIssuers(app), "has no certificate issuer");
        }
    }

    @Nested
    @DisplayName("every flow between declared namespaces is allowed at both ends")
    class BothEnds {
        /** The good app plus a declared namespace "jobs" whose pods may call the web pods on 8080. */
        private List<Map<String, Object>> withCaller(boolean admittedAtWeb) {
            var app = new java.util.ArrayList<>(Manifests.good());
            app.addAll(Manifests.parse("""
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: jobs}
                    ---
                    apiVersion: networking.k8s.io/v1
                    kind: NetworkPolicy
                    metadata: {name: allow-to-web, namespace: jobs}
                    spec:
                      podSelector: {matchLabels: {app: job}}
                      policyTypes: [Egress]
                      egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}, podSelector: {matchLabels: {app: web}}}], ports: [{protocol: TCP, port: 8080}]}]
                    """));
            var allow = find(app, "NetworkPolicy", "allow-http");
            set(allow, "spec.ingress", List.of(Map.of(
                    "from", List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name",
                            admittedAtWeb ? "jobs" : "batch")))),
                    "ports", List.of(Map.of("protocol", "TCP", "port", 8080)))));
            return app;
        }

        @Test
        void aFlowAllowedAtBothEndsPasses() {
            assertEquals(List.of(), KubernetesRules.flowsAreAllowedAtBothEnds(withCaller(true)));
        }

        @Test
        void anEgressThatTheOtherNamespaceDoesNotAdmitIsReported() {
            assertReported(KubernetesRules.flowsAreAllowedAtBothEnds(withCaller(false)),
                    "NetworkPolicy jobs/allow-to-web allows egress with shop pods {app=web} on");
        }

        @Test
        void anIngressThatTheOtherNamespaceDoesNotLetOutIsReported() {
            var app = Manifests.without(withCaller(true), "NetworkPolicy", "allow-to-web");
            assertReported(KubernetesRules.flowsAreAllowedAtBothEnds(app), "NetworkPolicy shop/allow-http allows ingress with jobs pods {}");
        }
    }

    @Nested
    @DisplayName("every namespace denies ingress and egress by default")
    class DefaultDeny {
        @Test
        void aNamespaceWithoutADefaultDenyIsReported() {
            var app = Manifests.without(Manifests.good(), "NetworkPolicy", "default-deny-all");
            var violations = KubernetesRules.namespacesDenyByDefault(app);
            assertReported(violations, "no default-deny Ingress");
            assertReported(violations, "no default-deny Egress");
        }

        @Test
        void denyingOnlyIngressLeavesEgressOpen() {
            var app = Manifests.good();
            set(find(app, "NetworkPolicy", "default-deny-all"), "spec.policyTypes", List.of("Ingress"));
            assertEquals(List.of("namespace shop has no default-deny Egress NetworkPolicy"),
                    KubernetesRules.namespacesDenyByDefault(app));
        }

        @Test
        void aDeclaredNamespaceWithoutPodsStillNeedsItsDefault() {
            var app = new java.util.ArrayList<>(Manifests.good());
            app.addAll(Manifests.parse("apiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n"));
            assertReported(KubernetesRules.namespacesDenyByDefault(app), "namespace empty has no default-deny Ingress");
        }

        @Test
        void aPolicyThatSelectsSomePodsIsNoDefault() {
            var app = Manifests.good();
            set(find(app, "NetworkPolicy", "default-deny-all"), "spec.podSelector", Map.of("matchLabels", Map.of("app", "web")));
            assertEquals(2, KubernetesRules.namespacesDenyByDefault(app).size());
        }
    }

    @Nested
    @DisplayName("no autoscaled Deployment sets spec.replicas")
    class AutoscaledReplicas {
        @Test
        void aReplicaCountBesideAnHpaIsReported() {
            var app = Manifests.good();
            set(find(app, "Deployment", "web"), "spec.replicas", 2);
            assertReported(KubernetesRules.autoscaledDeploymentsLeaveReplicasAlone(app),
                    "sets spec.replicas although HorizontalPodAutoscaler shop/web scales it");
        }
    }

    @Nested
    @DisplayName("secrets stay secret")
    class Secrets {
        @Test
        void plainSecretDataIsReported() {
            var app = Manifests.good();
            set(find(app, "Secret", "db"), "stringData.url", "postgresql://app:hunter2@db:5432/app");
            assertReported(KubernetesRules.secretDataIsSecret(app), "Secret shop/db stringData.url is in plain text");
        }

        @Test
        void aSecretValueAnywhereInTheGraphIsReported() {
            var documents = Map.of(
                    "urn:a", Map.of("spec", Map.of("env", List.of(Map.of("value", "postgresql://x:hunter2@db/app")))),
                    "outputs", Map.of("kubeconfig", "[secret]"));
            assertEquals(List.of("urn:a.spec.env.0.value holds a secret value in plain text"),
                    KubernetesRules.secretValuesNeverAppear(documents, List.of("hunter2")));
            assertEquals(List.of(), KubernetesRules.secretValuesNeverAppear(documents, List.of("not-there")));
        }
    }

    @Nested
    @DisplayName("manifests are well formed")
    class Shape {
        @Test
        void theGoodAppIsWellFormed() {
            assertEquals(List.of(), KubernetesRules.manifestsAreWellFormed(Manifests.good()));
        }

        @Test
        void aNamespacedObjectWithoutANamespaceIsReported() {
            var app = Manifests.good();
            set(find(app, "Deployment", "web"), "metadata.namespace", null);
            assertReported(KubernetesRules.manifestsAreWellFormed(app), "Deployment web is namespaced but names no namespace");
        }

        @Test
        void missingKindAndNameAreReported() {
            var app = Manifests.good();
            set(find(app, "Service", "web"), "metadata.name", null);
            set(find(app, "HTTPRoute", "web"), "apiVersion", null);
            var violations = KubernetesRules.manifestsAreWellFormed(app);
            assertReported(violations, "Service ? has metadata.name null");
            assertReported(violations, "HTTPRoute web has apiVersion null");
        }

        @Test
        void aClusterScopedObjectWithANamespaceIsReported() {
            var app = Manifests.good();
            set(find(app, "Namespace", "shop"), "metadata.namespace", "default");
            assertReported(KubernetesRules.manifestsAreWellFormed(app), "Namespace shop is cluster-scoped");
        }
    }
}
