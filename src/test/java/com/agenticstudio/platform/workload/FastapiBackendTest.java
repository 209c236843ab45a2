package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.check.KubernetesRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ImageLoader;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastapiBackendTest {
    private static final String DEPLOYMENT = "kubernetes:apps/v1:Deployment";
    private static final String CONTAINER = "spec.template.spec.containers.0.";

    private static ResourceGraph backend(String stack, Map<String, String> overrides) {
        return Backends.of(stack, overrides);
    }

    private static RecordedResource deployment(ResourceGraph graph) {
        return graph.named("fastapi-backend-deployment");
    }

    private static Map<?, ?> env(RecordedResource deployment, String name) {
        var env = (List<?>) deployment.at(CONTAINER + "env");
        return env.stream().map(e -> (Map<?, ?>) e).filter(e -> name.equals(e.get("name"))).findFirst().orElseThrow();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @ParameterizedTest(name = "{0}: the backend alone breaks no Kubernetes rule")
    @ValueSource(strings = {"dev", "staging", "prod"})
    void theBackendBreaksNoKubernetesRule(String stack) {
        var manifests = backend(stack, Map.of()).manifests();
        for (var rule : KubernetesRules.ALL) {
            assertEquals(List.of(), rule.apply(manifests), rule.name());
        }
        assertEquals(List.of(), KubernetesRules.manifestsAreWellFormed(manifests));
    }

    @Test
    void theAdrObjectsKeepTheirNames() {
        var graph = backend("prod", Map.of());
        assertEquals("fastapi-backend", deployment(graph).at("metadata.name"));
        assertEquals("backend", deployment(graph).at(CONTAINER + "name"));
        assertEquals(8000L, number(deployment(graph).at(CONTAINER + "ports.0.containerPort")));
        assertEquals("fastapi-service", graph.named("fastapi-backend-service").at("metadata.name"));
        assertFalse(graph.ofType("test:index:Route").isEmpty(), "the edge was asked for the api-route");
        assertEquals("fastapi-hpa", graph.named("fastapi-backend-hpa").at("metadata.name"));
        assertEquals("fastapi-backend", graph.named("fastapi-backend-pdb").at("metadata.name"));
    }

    @Test
    void everythingLivesInTheAppNamespaceUnderRestrictedPodSecurity() {
        var graph = backend("prod", Map.of());
        var labels = (Map<?, ?>) graph.named("studio").at("metadata.labels");
        for (var mode : List.of("enforce", "audit", "warn")) {
            assertEquals("restricted", labels.get("pod-security.kubernetes.io/" + mode), mode);
        }
        var namespace = graph.named("studio");
        var namespaced = graph.resources().stream()
                .filter(r -> ResourceGraph.isManifest(r) && r != namespace)
                .toList();
        assertFalse(namespaced.isEmpty());
        for (var r : namespaced) {
            assertEquals("studio", r.at("metadata.namespace"), r.name());
            assertTrue(r.dependsOn(namespace), r.name() + " waits for its namespace");
        }
    }

    @Test
    void theImageComesFromTheSettingsAndIsPulledOnlyWhenMissing() {
        var prod = deployment(backend("prod", Map.of()));
        assertEquals("ghcr.io/agentic-startup-studio/agentic-startup-studio:1.4.0", prod.at(CONTAINER + "image"));
        assertEquals("IfNotPresent", prod.at(CONTAINER + "imagePullPolicy"));
        var digest = "sha256:" + "a".repeat(64);
        var pinned = deployment(backend("prod", Map.of("appImageDigest", digest)));
        assertEquals("ghcr.io/agentic-startup-studio/agentic-startup-studio@" + digest, pinned.at(CONTAINER + "image"));
    }

    @Test
    void aMovingLatestTagIsAlwaysPulled() {
        assertEquals("Always", deployment(backend("dev", Map.of("appImageTag", "latest", "kindLoadImage", "false"))).at(CONTAINER + "imagePullPolicy"));
    }

    @Test
    void aSideLoadedImageIsNeverPulledAndThePodsWaitForTheLoader() {
        var settings = Graphs.settings("dev", Map.of());
        assertTrue(settings.app().image().sideLoad(), "Pulumi.dev.yaml loads the local image");
        var loader = mock(ImageLoader.class);
        when(loader.load(any(), any(), any())).thenAnswer(call -> Backends.stub("ImageLoader", call.getArgument(0)));
        var graph = Backends.of(settings, Cloud.KIND, fake -> new ClusterInfo(fake.name(), fake.kubernetesVersion(),
                fake.location(), fake.zones(), fake.kubernetes(), fake.kubeconfig(), fake.identity(), fake.network(),
                Optional.of(loader), fake.storageClass()), Backends.platform(false));
        var deployment = deployment(graph);
        assertEquals("Never", deployment.at(CONTAINER + "imagePullPolicy"));
        assertTrue(deployment.dependsOn(graph.named("fastapi-backend-load-app-image")));
        verify(loader).load(eq("fastapi-backend-load-app-image"), eq("agentic-startup-studio:dev"), any());
    }

    @Test
    void sideLoadingOnAClusterThatCannotIsRefused() {
        var settings = Graphs.settings("dev", Map.of());
        var failure = assertThrows(AssertionError.class, () -> Backends.of(settings, Cloud.KIND, fake -> new ClusterInfo(fake.name(),
                fake.kubernetesVersion(), fake.location(), fake.zones(), fake.kubernetes(), fake.kubeconfig(), fake.identity(),
                fake.network(), Optional.empty(), fake.storageClass()), Backends.platform(false)));
        assertTrue(failure.getMessage().contains("cannot take a locally built image"), failure.getMessage());
    }

    @Test
    void theDatabaseUrlComesFromTheSecretTheDatabaseNamesAndThePodsWaitForIt() {
        var platform = Backends.platform(true);
        var graph = Backends.of(Graphs.settings("prod", Map.of()), Cloud.AWS, c -> c, platform);
        var client = ArgumentCaptor.forClass(com.agenticstudio.platform.services.Database.Client.class);
        verify(platform.database()).connect(client.capture(), any(), any());
        assertEquals(new com.agenticstudio.platform.services.Database.Client("fastapi-backend", "studio",
                Map.of("app.kubernetes.io/name", "fastapi-backend", "app.kubernetes.io/instance", "fastapi-backend"),
                Map.of("app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", "agentic-studio")), client.getValue());
        var deployment = deployment(graph);
        assertEquals(Map.of("secretKeyRef", Map.of("name", Backends.DATABASE_SECRET, "key", Backends.DATABASE_KEY)),
                env(deployment, "DATABASE_URL").get("valueFrom"));
        assertNull(env(deployment, "DATABASE_URL").get("value"));
        assertTrue(deployment.dependsOn(graph.named("fastapi-backend-database-connection")), "pods wait for what writes the Secret");
    }

    @Test
    void theDeploymentAsksThePlatformToRestartItWhenTheSecretOfItsDatabaseUrlChanges() {
        var deployment = deployment(Backends.of("prod", Map.of()));
        // The annotation is whatever the platform's contract returns for the Secret the database named.
        assertEquals(Map.of(Backends.RELOAD_ANNOTATION, Backends.DATABASE_SECRET), deployment.at("metadata.annotations"));
        assertNull(deployment.at("spec.template.metadata.annotations." + Backends.RELOAD_ANNOTATION), "on the Deployment, not its pods");
    }

    @Test
    void tracesGoToJaegersCollectorInTheTracingNamespace() {
        var deployment = deployment(backend("prod", Map.of("tracingNamespace", "tempo", "tracingPort", "4318")));
        assertEquals("http://jaeger.tempo.svc:4318", env(deployment, "OTEL_EXPORTER_OTLP_ENDPOINT").get("value"));
        assertEquals("http/protobuf", env(deployment, "OTEL_EXPORTER_OTLP_PROTOCOL").get("value"));
    }

    @Test
    void theBackendNamesItselfItsEnvironmentAndItsSamplingPerStack() {
        var prod = deployment(backend("prod", Map.of()));
        assertEquals("http://jaeger.tracing.svc:4317", env(prod, "OTEL_EXPORTER_OTLP_ENDPOINT").get("value"));
        assertEquals("grpc", env(prod, "OTEL_EXPORTER_OTLP_PROTOCOL").get("value"));
        assertEquals("fastapi-backend", env(prod, "OTEL_SERVICE_NAME").get("value"));
        assertEquals("deployment.environment=prod", env(prod, "OTEL_RESOURCE_ATTRIBUTES").get("value"));
        assertEquals("parentbased_traceidratio", env(prod, "OTEL_TRACES_SAMPLER").get("value"));
        assertEquals("0.1", env(prod, "OTEL_TRACES_SAMPLER_ARG").get("value"));
        assertEquals("1.0", env(deployment(backend("dev", Map.of())), "OTEL_TRACES_SAMPLER_ARG").get("value"));
    }

    @Test
    void requestsAndLimitsComeFromTheSettings() {
        assertEquals(Map.of("requests", Map.of("cpu", "250m", "memory", "256Mi"), "limits", Map.of("cpu", "500m", "memory", "512Mi")),
                deployment(backend("prod", Map.of())).at(CONTAINER + "resources"));
        assertEquals("100m", deployment(backend("dev", Map.of())).at(CONTAINER + "resources.requests.cpu"));
    }

    @Test
    void everyProbeChecksHealthOnTheHttpPortAndStartupCoversASlowFirstStart() {
        var deployment = deployment(backend("prod", Map.of()));
        for (var probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals(Map.of("path", "/health", "port", "http"), deployment.at(CONTAINER + probe + ".httpGet"), probe);
        }
        long startupWindow = number(deployment.at(CONTAINER + "startupProbe.periodSeconds"))
                * number(deployment.at(CONTAINER + "startupProbe.failureThreshold"));
        assertTrue(startupWindow >= 60, "a slow Python start gets at least a minute, got " + startupWindow + " s");
        assertEquals(10L, number(deployment.at(CONTAINER + "livenessProbe.periodSeconds")));
    }

    @Test
    void theContainerIsLockedDown() {
        var deployment = deployment(backend("prod", Map.of()));
        assertEquals(Boolean.TRUE, deployment.at(CONTAINER + "securityContext.readOnlyRootFilesystem"));
        assertEquals(Boolean.FALSE, deployment.at("spec.template.spec.automountServiceAccountToken"));
        assertEquals("/tmp", deployment.at(CONTAINER + "volumeMounts.0.mountPath"));
        assertNotNullNumber(deployment.at("spec.template.spec.securityContext.runAsUser"));
        assertNotNullNumber(deployment.at("spec.template.spec.securityContext.fsGroup"));
    }

    private static void assertNotNullNumber(Object value) {
        assertTrue(value instanceof Number n && n.longValue() > 0, "expected a non-root id, got " + value);
    }

    @Test
    void rolloutsNeverDropBelowTheDesiredCount() {
        var deployment = deployment(backend("prod", Map.of()));
        assertEquals(0L, number(deployment.at("spec.strategy.rollingUpdate.maxUnavailable")));
        assertEquals(1L, number(deployment.at("spec.strategy.rollingUpdate.maxSurge")));
        assertTrue(number(deployment.at("spec.revisionHistoryLimit")) >= 2, "keeps revisions to roll back to");
    }

    @Test
    void shutdownWaitsForTheIngressToDropThePodBeforeTheGracePeriodEnds() {
        var deployment = deployment(backend("prod", Map.of()));
        var command = (List<?>) deployment.at(CONTAINER + "lifecycle.preStop.exec.command");
        assertEquals("sleep", command.get(0));
        long sleep = Long.parseLong(String.valueOf(command.get(1)));
        assertTrue(sleep >= 5, "the endpoint needs a few seconds to leave the edge's proxies");
        assertTrue(number(deployment.at("spec.template.spec.terminationGracePeriodSeconds")) > sleep + 10);
    }

    @Test
    void podsSpreadOverZonesStrictlyAndOverNodesLoosely() {
        var constraints = (List<?>) deployment(backend("prod", Map.of())).at("spec.template.spec.topologySpreadConstraints");
        assertEquals(List.of("topology.kubernetes.io/zone=DoNotSchedule", "kubernetes.io/hostname=ScheduleAnyway"),
                constraints.stream().map(c -> (Map<?, ?>) c).map(c -> c.get("topologyKey") + "=" + c.get("whenUnsatisfiable")).toList());
    }

    @Test
    void aSingleHostKindClusterHasNoZoneToSpreadOver() {
        var constraints = (List<?>) deployment(backend("dev", Map.of())).at("spec.template.spec.topologySpreadConstraints");
        assertEquals(1, constraints.size());
        assertEquals("kubernetes.io/hostname", ((Map<?, ?>) constraints.get(0)).get("topologyKey"));
    }

    @Test
    void theApiStaysOffInterruptibleSpotNodes() {
        assertNull(deployment(backend("prod", Map.of())).at("spec.template.spec.tolerations"));
        assertNull(deployment(backend("staging", Map.of())).at("spec.template.spec.tolerations"), "on-demand unless asked");
    }

    @Test
    void stagingMayPutTheApiOnSpotWhereItToleratesTheTaintAndPrefersSpotNodes() {
        var spec = "spec.template.spec.";
        var deployment = deployment(backend("staging", Map.of("appOnSpot", "true")));
        assertEquals(List.of(Map.of("key", "studio.platform/capacity", "operator", "Equal", "value", "spot", "effect", "NoSchedule")),
                deployment.at(spec + "tolerations"));
        assertEquals(Map.of("key", "studio.platform/capacity", "operator", "In", "values", List.of("spot")),
                deployment.at(spec + "affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.preference.matchExpressions.0"));
        assertNull(deployment.at(spec + "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"),
                "a preference: with no spot node to be had it still runs on on-demand nodes");
    }

    @Test
    void theApiRunsAtTheBackendPriorityAndWaitsForItsClass() {
        var graph = backend("prod", Map.of());
        var deployment = deployment(graph);
        assertEquals("test-backend", deployment.at("spec.template.spec.priorityClassName"));
        assertTrue(deployment.dependsOn(graph.named("test-backend")), "a pod naming a missing class is refused at admission");
    }

    @Test
    void withTheHpaOnTheDeploymentLeavesReplicasToIt() {
        var graph = backend("prod", Map.of());
        assertNull(deployment(graph).at("spec.replicas"));
        var hpa = graph.named("fastapi-backend-hpa");
        assertEquals(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "fastapi-backend"), hpa.at("spec.scaleTargetRef"));
        assertEquals(3L, number(hpa.at("spec.minReplicas")));
        assertEquals(10L, number(hpa.at("spec.maxReplicas")));
        assertEquals("cpu=70 memory=80", ((List<?>) hpa.at("spec.metrics")).stream().map(m -> (Map<?, ?>) ((Map<?, ?>) m).get("resource"))
                .map(r -> r.get("name") + "=" + number(((Map<?, ?>) r.get("target")).get("averageUtilization")))
                .reduce((a, b) -> a + " " + b).orElse(""));
        assertEquals(300L, number(hpa.at("spec.behavior.scaleDown.stabilizationWindowSeconds")));
    }

    @Test
    void withTheHpaOffTheDeploymentDeclaresItsReplicas() {
        var graph = backend("prod", Map.of("hpaEnabled", "false", "appReplicas", "4"));
        assertEquals(4L, number(deployment(graph).at("spec.replicas")));
        assertTrue(graph.ofType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler").isEmpty());
    }

    @Test
    void aBudgetLetsOnePodGoAtATimeWheneverThereIsMoreThanOne() {
        var pdb = backend("prod", Map.of()).named("fastapi-backend-pdb");
        assertEquals(1L, number(pdb.at("spec.maxUnavailable")));
        assertEquals(Map.of("app.kubernetes.io/name", "fastapi-backend", "app.kubernetes.io/instance", "fastapi-backend"),
                pdb.at("spec.selector.matchLabels"));
        assertFalse(backend("dev", Map.of("hpaEnabled", "false", "appReplicas", "1"))
                .ofType("kubernetes:policy/v1:PodDisruptionBudget").stream().findAny().isPresent(), "one fixed pod needs no budget");
    }




    @Test
    void theServiceAccountHasTheWorkloadIdentityAndNoToken() {
        var account = backend("prod", Map.of()).named("fastapi-backend-account");
        assertEquals("fastapi-backend", account.at("metadata.name"));
        assertEquals(Boolean.FALSE, account.at("automountServiceAccountToken"));
        assertEquals(Map.of(Graphs.FAKE_IDENTITY_ANNOTATION, "studio/fastapi-backend"), account.at("metadata.annotations"));
    }

    @Test
    void theServiceMapsPort80ToTheNamedContainerPort() {
        var service = backend("prod", Map.of()).named("fastapi-backend-service");
        assertEquals("ClusterIP", service.at("spec.type"));
        assertEquals(Map.of("name", "http", "port", 80, "targetPort", "http", "protocol", "TCP"),
                normalise(service.at("spec.ports.0")));
        assertEquals("LoadBalancer", backend("prod", Map.of("serviceType", "LoadBalancer")).named("fastapi-backend-service").at("spec.type"));
    }

    private static Map<?, ?> normalise(Object port) {
        var copy = new java.util.HashMap<Object, Object>((Map<?, ?>) port);
        copy.replaceAll((k, v) -> v instanceof Number n ? n.intValue() : v);
        return copy;
    }

    @Test
    void theEdgeRoutesTheApiHostToTheServicesHttpPort() {
        var platform = Backends.platform(true);
        var graph = Backends.of(Graphs.settings("prod", Map.of()), Cloud.AWS, c -> c, platform);
        var route = ArgumentCaptor.forClass(Route.class);
        verify(platform.edge()).route(route.capture(), any(), any(Resource[].class));
        assertEquals(new Route(FastapiBackend.ROUTE, "studio", route.getValue().labels(), "api.agentic-studio.dev",
                "fastapi-service", "http", 80), route.getValue());
        assertEquals("fastapi-backend", route.getValue().labels().get("app.kubernetes.io/name"));
        assertFalse(graph.ofType("test:index:Route").isEmpty());
    }

    @Test
    void withoutAHostNothingIsRouted() {
        var platform = Backends.platform(true);
        Backends.of(Graphs.settings("prod", Map.of("appHost", "", "tlsEnabled", "false")), Cloud.AWS, c -> c, platform);
        verify(platform.edge(), never()).route(any(), any(), any(Resource[].class));
    }

    @Test
    void theAppNamespaceCarriesTheEdgesRouteLabel() {
        var namespace = backend("prod", Map.of()).ofType("kubernetes:core/v1:Namespace").get(0);
        @SuppressWarnings("unchecked")
        var labels = (Map<String, Object>) namespace.at("metadata.labels");
        assertTrue(labels.entrySet().containsAll(Backends.ROUTE_LABELS.entrySet()), labels.toString());
    }

    @Test
    void theUrlIsHttpsUnlessTlsIsOff() {
        assertEquals("https://api.agentic-studio.dev", url("prod", Map.of()));
        assertEquals("http://api.agentic-studio.dev", url("prod", Map.of("tlsEnabled", "false")));
    }

    private static String url(String stack, Map<String, String> overrides) {
        var settings = Graphs.settings(stack, overrides);
        var url = new AtomicReference<String>();
        Graphs.component(settings.cloud(), cluster -> new FastapiBackend("fastapi-backend", FastapiBackend.Options.from(settings),
                cluster, Backends.platform(true).services(), ComponentResourceOptions.Empty).url().applyValue(u -> {
                    url.set(u);
                    return u;
                }));
        return url.get();
    }

    @Test
    void aSeparateMetricsPortIsDeclaredOnTheContainer() {
        var ports = (List<?>) deployment(backend("prod", Map.of("metricsPort", "9090"))).at(CONTAINER + "ports");
        assertEquals(List.of("http=8000", "metrics=9090"),
                ports.stream().map(p -> (Map<?, ?>) p).map(p -> p.get("name") + "=" + number(p.get("containerPort"))).toList());
        assertEquals(1, ((List<?>) deployment(backend("prod", Map.of())).at(CONTAINER + "ports")).size());
    }
}
