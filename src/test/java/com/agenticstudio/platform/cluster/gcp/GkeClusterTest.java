package com.agenticstudio.platform.cluster.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.testing.DeclaredCluster;
import com.agenticstudio.platform.testing.Graphs;
import com.google.gson.JsonParser;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The GKE cluster as the engine would see it in the real staging and prod stacks with cloud=gcp. */
class GkeClusterTest {
    private static final String SECRET = "[secret]";
    private static final String CLUSTER = "gcp:container/cluster:Cluster";
    private static final String NODE_POOL = "gcp:container/nodePool:NodePool";
    private static final Map<String, String> GCP = Map.of("cloud", "gcp");
    private static final String KEY_RING = "gcp:kms/keyRing:KeyRing";
    private static final String CRYPTO_KEY = "gcp:kms/cryptoKey:CryptoKey";
    private static final String KEY_GRANT = "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember";
    private static final String STORAGE_CLASS = "kubernetes:storage.k8s.io/v1:StorageClass";
    private static final Map<String, DeclaredCluster> DECLARED = new ConcurrentHashMap<>();

    static ResourceGraph prod() {
        return Graphs.stack("prod", GCP);
    }

    static ResourceGraph staging() {
        return Graphs.stack("staging", GCP);
    }

    /** A map input's entry; keys such as studio.platform/capacity contain dots, so no dotted path. */
    static Object entry(RecordedResource resource, String map, String key) {
        return ((Map<?, ?>) resource.at(map)).get(key);
    }

    static DeclaredCluster declare(String stack) {
        return DECLARED.computeIfAbsent(stack, s -> {
            var settings = Graphs.settings(s, GCP);
            return DeclaredCluster.declare(() -> new GkeCluster(settings.cluster().name(), options(settings), ComponentResourceOptions.Empty),
                    List.of(new CloudPermission.GcpProjectRole("roles/secretmanager.secretAccessor", java.util.Optional.of(
                            new CloudPermission.GcpCondition("secrets", "prefix only",
                                    "resource.name.extract(\"/secrets/{secret}/\").startsWith(\"studio-" + s + "-\")")))));
        });
    }

    static GkeCluster.Options options(Settings settings) {
        return GkeCluster.Options.from(settings, (ClusterSettings.Gcp) settings.cluster().placement());
    }

    static RecordedResource cluster(ResourceGraph graph) {
        var clusters = graph.ofType(CLUSTER);
        assertEquals(1, clusters.size());
        return clusters.get(0);
    }

    // --- zones ---------------------------------------------------------------------------------------

    /** The cluster and every node pool run nodes in exactly these zones. */
    static boolean spansZones(ResourceGraph graph, List<String> zones) {
        var pools = graph.ofType(NODE_POOL);
        return zones.equals(cluster(graph).at("nodeLocations")) && !pools.isEmpty()
                && pools.stream().allMatch(p -> zones.equals(p.at("nodeLocations")));
    }

    static final List<String> PROD_ZONES = List.of("europe-west1-b", "europe-west1-c", "europe-west1-d");
    static final List<String> STAGING_ZONES = List.of("europe-west1-b", "europe-west1-c");

    @Test
    void prodSpansThreeZones() {
        assertTrue(spansZones(prod(), PROD_ZONES));
        assertEquals("europe-west1", cluster(prod()).at("location"), "regional: the control plane spans the zones too");
    }

    @Test
    void stagingSpansTwoZones() {
        assertTrue(spansZones(staging(), STAGING_ZONES));
    }

    @Test
    void theZoneRuleCatchesTheWrongZoneCount() {
        assertFalse(spansZones(staging(), PROD_ZONES));
        assertFalse(spansZones(prod(), STAGING_ZONES));
    }

    // --- protection ----------------------------------------------------------------------------------

    static List<String> unprotected(ResourceGraph graph) {
        var mustProtect = Set.of(CLUSTER, "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", KEY_RING, CRYPTO_KEY);
        var found = graph.resources().stream().filter(r -> mustProtect.contains(r.type())).toList();
        var missing = new ArrayList<String>();
        if (found.stream().map(RecordedResource::type).distinct().count() != mustProtect.size()) {
            missing.add("not every kind of data-holding resource is declared");
        }
        found.stream().filter(r -> !r.options().protect()).forEach(r -> missing.add(r.urn()));
        if (!Boolean.TRUE.equals(cluster(graph).at("deletionProtection"))) {
            missing.add("GKE deletion protection is off");
        }
        return missing;
    }

    @Test
    void prodProtectsTheClusterAndNetwork() {
        assertEquals(List.of(), unprotected(prod()));
    }

    @Test
    void stagingProtectsNothingSoItCanBeTornDown() {
        assertFalse(unprotected(staging()).isEmpty(), "the twin: the protection rule fails on staging");
        assertEquals(false, cluster(staging()).at("deletionProtection"), "GKE's own default would be true");
    }

    // --- node pools ----------------------------------------------------------------------------------

    static boolean taintedForSpot(RecordedResource pool) {
        var taints = (List<?>) pool.at("nodeConfig.taints");
        return taints != null && taints.size() == 1
                && Map.of("key", "studio.platform/capacity", "value", "spot", "effect", "NO_SCHEDULE").equals(taints.get(0));
    }

    @Test
    void theSpotPoolIsTaintedAndLabelled() {
        var spot = prod().named("studio-prod-spot");
        assertTrue(taintedForSpot(spot));
        assertEquals(true, spot.at("nodeConfig.spot"));
        assertEquals("spot", entry(spot, "nodeConfig.labels", "studio.platform/capacity"));
    }

    @Test
    void theOnDemandPoolIsNotTaintedSoTheTaintRuleCanFail() {
        var onDemand = prod().named("studio-prod-on-demand");
        assertFalse(taintedForSpot(onDemand));
        assertEquals(false, onDemand.at("nodeConfig.spot"));
        assertEquals("on-demand", entry(onDemand, "nodeConfig.labels", "studio.platform/capacity"));
    }

    @Test
    void poolsAutoscalePerZone() {
        // Pulumi.prod.yaml: 1 to 4 on-demand per zone, up to 4 spot per zone.
        var onDemand = prod().named("studio-prod-on-demand");
        var spot = prod().named("studio-prod-spot");
        assertEquals(1.0, ((Number) onDemand.at("autoscaling.minNodeCount")).doubleValue());
        assertEquals(4.0, ((Number) onDemand.at("autoscaling.maxNodeCount")).doubleValue());
        assertEquals(0.0, ((Number) spot.at("autoscaling.minNodeCount")).doubleValue());
        assertEquals(4.0, ((Number) spot.at("autoscaling.maxNodeCount")).doubleValue());
    }

    @Test
    void podsUseWorkloadIdentityNotTheNodesIdentity() {
        for (var pool : prod().ofType(NODE_POOL)) {
            assertEquals("GKE_METADATA", pool.at("nodeConfig.workloadMetadataConfig.mode"), pool.name());
            assertTrue(String.valueOf(pool.at("nodeConfig.serviceAccount")).contains("studio-prod-nodes.email"), pool.name());
            assertEquals(true, pool.at("management.autoRepair"), pool.name());
            assertFalse(pool.options().protect(), "pools are replaceable");
        }
    }

    @Test
    void nodesHaveOnlyTheRolesTheyNeed() {
        var roles = prod().ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(r -> r.name().startsWith("studio-prod-nodes-"))
                .map(r -> (String) r.at("role")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(GkeCluster.NODE_ROLES), roles);
        assertTrue(roles.stream().noneMatch(r -> r.contains("editor") || r.contains("owner")));
    }

    @Test
    void noSpotPoolWhenSpotIsOff() {
        var plans = GkeNodePools.plan(options(Graphs.settings("prod", Map.of("cloud", "gcp", "spotEnabled", "false"))));
        assertEquals(List.of("on-demand"), plans.stream().map(GkeNodePools.Plan::kind).toList());
    }

    // --- the control plane ---------------------------------------------------------------------------

    @Test
    void theClusterIsPrivateVpcNativeAndEnforcesNetworkPolicies() {
        var cluster = cluster(prod());
        assertEquals("studio-prod", cluster.at("name"));
        assertEquals(true, cluster.at("privateClusterConfig.enablePrivateNodes"));
        assertEquals(GkeCluster.CONTROL_PLANE_CIDR.toString(), cluster.at("privateClusterConfig.masterIpv4CidrBlock"));
        assertEquals("studio-prod-4711.svc.id.goog", cluster.at("workloadIdentityConfig.workloadPool"));
        assertEquals("ADVANCED_DATAPATH", cluster.at("datapathProvider"));
        assertEquals(true, cluster.at("removeDefaultNodePool"));
        assertEquals("1.35", cluster.at("minMasterVersion"));
        assertEquals(GcpNetwork.POD_RANGE, cluster.at("ipAllocationPolicy.clusterSecondaryRangeName"));
        assertEquals(GcpNetwork.SERVICE_RANGE, cluster.at("ipAllocationPolicy.servicesSecondaryRangeName"));
    }

    @Test
    void theClusterFollowsTheRegularChannelWhichOffersTheMinor() {
        for (var graph : List.of(prod(), staging())) {
            assertEquals("REGULAR", cluster(graph).at("releaseChannel.channel"));
            assertEquals("1.35", cluster(graph).at("minMasterVersion"));
        }
    }

    @Test
    void stagingOptimisesUtilisationWhileProdKeepsTheBalancedAutoscalingProfile() {
        assertEquals("OPTIMIZE_UTILIZATION", cluster(staging()).at("clusterAutoscaling.autoscalingProfile"));
        assertEquals("BALANCED", cluster(prod()).at("clusterAutoscaling.autoscalingProfile"));
        assertEquals(null, cluster(prod()).at("clusterAutoscaling.enabled"), "node auto-provisioning stays off: pools are declared");
    }

    // --- Secrets encryption --------------------------------------------------------------------------

    /** Secrets are encrypted with the cluster's own key, in its region, which GKE's service agent may use. */
    static List<String> secretsEncryptionViolations(ResourceGraph graph, String region, String projectNumber) {
        var violations = new ArrayList<String>();
        var rings = graph.ofType(KEY_RING);
        var keys = graph.ofType(CRYPTO_KEY);
        var grants = graph.ofType(KEY_GRANT);
        if (rings.size() != 1 || keys.size() != 1 || grants.size() != 1) {
            return List.of(rings.size() + " key rings, " + keys.size() + " keys, " + grants.size() + " grants");
        }
        var ring = rings.get(0);
        var key = keys.get(0);
        var grant = grants.get(0);
        var cluster = cluster(graph);
        if (!region.equals(ring.at("location"))) {
            violations.add("key ring in " + ring.at("location"));
        }
        if (!key.dependsOn(ring) || !"7776000s".equals(key.at("rotationPeriod"))) {
            violations.add("key " + key.inputs());
        }
        if (!key.options().protect()) {
            violations.add("key not protected");
        }
        if (!"roles/cloudkms.cryptoKeyEncrypterDecrypter".equals(grant.at("role")) || !grant.dependsOn(key)
                || !("serviceAccount:service-" + projectNumber + "@container-engine-robot.iam.gserviceaccount.com").equals(grant.at("member"))) {
            violations.add("grant " + grant.inputs());
        }
        if (!"ENCRYPTED".equals(cluster.at("databaseEncryption.state")) || !(key.name() + "-id").equals(cluster.at("databaseEncryption.keyName"))) {
            violations.add("databaseEncryption " + cluster.at("databaseEncryption"));
        }
        if (!cluster.dependsOn(grant)) {
            violations.add("the cluster does not wait for the grant");
        }
        return violations;
    }

    @Test
    void prodEncryptsSecretsWithItsOwnProtectedKmsKey() {
        assertEquals(List.of(), secretsEncryptionViolations(prod(), "europe-west1", "471147114711"));
        assertTrue(prod().named("studio-prod-key-ring").options().protect());
    }

    @Test
    void stagingHasNoKmsKeySoTheEncryptionRuleFailsThere() {
        assertFalse(secretsEncryptionViolations(staging(), "europe-west1", "471147114711").isEmpty(), "the twin");
        assertEquals(List.of(), staging().ofType(KEY_RING));
        assertEquals(List.of(), staging().ofType(CRYPTO_KEY));
        assertEquals(null, cluster(staging()).at("databaseEncryption"));
    }

    @Test
    void prodWithoutAProjectNumberIsRefusedBeforeAnyKeyIsDeclared() {
        var settings = Graphs.settings("prod", GCP);
        var placement = (ClusterSettings.Gcp) settings.cluster().placement();
        var unnumbered = new ClusterSettings.Gcp(placement.project(), Optional.empty(), placement.region(), placement.zones(),
                placement.machineType());
        var error = assertThrows(IllegalArgumentException.class, () -> GkeCluster.Options.from(settings, unnumbered));
        assertTrue(error.getMessage().contains("project number"), error.getMessage());
    }

    // --- the API endpoint ---------------------------------------------------------------------------

    @Test
    void prodsEndpointAnswersOnlyTheAuthorizedNetworks() {
        var config = cluster(prod()).at("masterAuthorizedNetworksConfig");
        assertEquals(Map.of("cidrBlocks", List.of(Map.of("cidrBlock", "203.0.113.0/24", "displayName", "studio-platform:apiAllowedCidrs[0]")),
                "gcpPublicCidrsAccessEnabled", false), config, "Pulumi.prod.yaml apiAllowedCidrs");
        assertEquals(true, cluster(prod()).at("privateClusterConfig.enablePrivateNodes"));
        assertEquals(false, cluster(prod()).at("privateClusterConfig.enablePrivateEndpoint"), "CI reaches the public endpoint");
    }

    @Test
    void stagingWithoutAListHasNoAuthorizedNetworks() {
        assertEquals(null, cluster(staging()).at("masterAuthorizedNetworksConfig"));
        var listed = Graphs.stack("staging", Map.of("cloud", "gcp", "apiAllowedCidrs", "[\"198.51.100.0/24\"]"));
        assertEquals("198.51.100.0/24", cluster(listed).at("masterAuthorizedNetworksConfig.cidrBlocks.0.cidrBlock"));
    }

    // --- storage ------------------------------------------------------------------------------------

    static List<String> storageClassViolations(ResourceGraph graph, String reclaimPolicy) {
        var classes = graph.ofType(STORAGE_CLASS);
        if (classes.size() != 1) {
            return List.of(classes.size() + " StorageClasses");
        }
        var sc = classes.get(0);
        var violations = new ArrayList<String>();
        var expected = Map.<String, Object>of("metadata.name", "studio-balanced", "provisioner", "pd.csi.storage.gke.io",
                "parameters", Map.of("type", "pd-balanced"), "volumeBindingMode", "WaitForFirstConsumer",
                "allowVolumeExpansion", true, "reclaimPolicy", reclaimPolicy);
        expected.forEach((field, value) -> {
            if (!value.equals(sc.at(field))) {
                violations.add(sc.name() + " " + field + " is " + sc.at(field));
            }
        });
        if (sc.at("metadata.annotations") != null) {
            violations.add(sc.name() + " is annotated " + sc.at("metadata.annotations") + "; GKE's standard-rwo stays the default");
        }
        return violations;
    }

    @Test
    void thePlatformsBalancedClassKeepsProdVolumesAndIsNotTheDefault() {
        assertEquals(List.of(), storageClassViolations(prod(), "Retain"));
        assertEquals(kubernetesProvider(prod()).urn(), prod().named("studio-prod-storage-class").providerUrn());
        assertEquals("studio-balanced", declare("prod").info().storageClass());
    }

    @Test
    void stagingDeletesReleasedVolumesSoTheRetainRuleFailsThere() {
        assertEquals(List.of(), storageClassViolations(staging(), "Delete"));
        assertEquals(1, storageClassViolations(staging(), "Retain").size(), "the twin");
    }

    @Test
    void theSubnetworkCarriesTheNodePodAndServiceRanges() {
        var subnetwork = prod().ofType("gcp:compute/subnetwork:Subnetwork").get(0);
        assertEquals("10.42.0.0/16", subnetwork.at("ipCidrRange"));
        assertEquals(List.of(
                Map.of("rangeName", "pods", "ipCidrRange", "10.64.0.0/14"),
                Map.of("rangeName", "services", "ipCidrRange", "10.96.0.0/16")), subnetwork.at("secondaryIpRanges"));
        assertEquals(false, prod().ofType("gcp:compute/network:Network").get(0).at("autoCreateSubnetworks"));
        assertEquals(1, prod().ofType("gcp:compute/routerNat:RouterNat").size(), "private nodes reach out through Cloud NAT");
    }

    @Test
    void theControlPlaneReachesTheIngressWebhookAndNothingElseOpensUp() {
        var rule = prod().ofType("gcp:compute/firewall:Firewall").get(0);
        assertEquals(List.of(GkeCluster.CONTROL_PLANE_CIDR.toString()), rule.at("sourceRanges"));
        assertEquals(List.of(Map.of("protocol", "tcp", "ports", GcpNetwork.WEBHOOK_PORTS)), rule.at("allows"));
    }

    @Test
    void aRangeOverlappingTheControlPlaneIsRefused() {
        var settings = Graphs.settings("prod", Map.of("cloud", "gcp", "serviceCidr", "172.16.0.0/16"));
        var error = assertThrows(IllegalArgumentException.class, () -> options(settings));
        assertTrue(error.getMessage().contains("172.16.0.0/28"));
    }

    @Test
    void googleGroupsOfOneDomainTurnOnGroupsForRbac() {
        var plain = options(Graphs.settings("prod", GCP));
        assertEquals(Optional.empty(), plain.securityGroup(), "studio:deployers is a Kubernetes group name, not a Google Group");
        assertEquals(null, cluster(prod()).at("authenticatorGroupsConfig"));
        var google = options(Graphs.settings("prod", Map.of("cloud", "gcp",
                "deployerGroup", "deployers@agentic-studio.dev", "developerGroup", "developers@agentic-studio.dev")));
        assertEquals(Optional.of("gke-security-groups@agentic-studio.dev"), google.securityGroup());
    }

    @Test
    void theClusterHandsUpItsGcpLocation() {
        assertEquals(new ClusterLocation.Gcp("studio-prod-4711", "europe-west1", "studio-prod"), declare("prod").info().location());
        assertEquals(PROD_ZONES, declare("prod").info().zones());
    }

    // --- the Kubernetes provider and kubeconfig ------------------------------------------------------

    static RecordedResource kubernetesProvider(ResourceGraph graph) {
        var providers = graph.ofType("pulumi:providers:kubernetes");
        assertEquals(1, providers.size());
        return providers.get(0);
    }

    static boolean providerWaitsForEveryPool(ResourceGraph graph, RecordedResource provider) {
        var pools = graph.ofType(NODE_POOL);
        return !pools.isEmpty() && pools.stream().allMatch(provider::dependsOn);
    }

    @Test
    void theKubernetesProviderWaitsForTheNodePools() {
        assertTrue(providerWaitsForEveryPool(prod(), kubernetesProvider(prod())));
    }

    @Test
    void aProviderWithoutDependenciesBreaksTheWaitRule() {
        var p = kubernetesProvider(prod());
        var eager = new RecordedResource(p.urn(), p.type(), p.name(), p.custom(), p.parent(), p.provider(), List.of(),
                p.options(), p.inputs());
        assertFalse(providerWaitsForEveryPool(prod(), eager));
    }

    @Test
    void theKubeconfigIsSecret() {
        assertEquals(SECRET, kubernetesProvider(prod()).inputs().get("kubeconfig"));
        assertEquals(SECRET, prod().outputs().get("kubeconfig"));
        assertFalse(SECRET.equals(declare("prod").kubeconfig()), "the twin: the value itself is not the secret marker");
    }

    @Test
    void theKubeconfigRunsTheGkeAuthPlugin() {
        var config = JsonParser.parseString(declare("prod").kubeconfig()).getAsJsonObject();
        var user = config.getAsJsonArray("users").get(0).getAsJsonObject().getAsJsonObject("user");
        assertEquals(Set.of("exec"), user.keySet(), "no static token, certificate or password");
        var exec = user.getAsJsonObject("exec");
        assertEquals("gke-gcloud-auth-plugin", exec.get("command").getAsString());
        assertTrue(exec.get("provideClusterInfo").getAsBoolean());
        var server = config.getAsJsonArray("clusters").get(0).getAsJsonObject().getAsJsonObject("cluster").get("server").getAsString();
        assertTrue(server.startsWith("https://") && server.contains("studio-prod-gke.endpoint"), server);
    }

    // --- workload identity ---------------------------------------------------------------------------

    /** The members a workload identity binding admits must be exactly one Kubernetes service account. */
    static boolean admitsExactlyOneServiceAccount(String member) {
        return member.matches("serviceAccount:[a-z][-a-z0-9]*\\.svc\\.id\\.goog\\[[a-z0-9-]+/[a-z0-9-]+]");
    }

    @Test
    void workloadIdentityTrustsExactlyOneServiceAccount() {
        var binding = declare("prod").graph().named("reader-workload-identity");
        assertEquals("serviceAccount:studio-prod-4711.svc.id.goog[apps/reader]", binding.at("member"));
        assertTrue(admitsExactlyOneServiceAccount((String) binding.at("member")));
        assertEquals("roles/iam.workloadIdentityUser", binding.at("role"));
        assertTrue(binding.dependsOn(declare("prod").graph().named("studio-prod-gke")), "the pool exists once the cluster does");
        for (var member : prod().ofType("gcp:serviceaccount/iAMMember:IAMMember")) {
            if ("roles/iam.workloadIdentityUser".equals(member.at("role"))) {
                assertTrue(admitsExactlyOneServiceAccount((String) member.at("member")), member.urn());
            } else {
                // Any other role on a Google service account is granted to that account itself (signing as itself).
                var account = ((String) member.at("serviceAccountId")).replaceFirst("\\.name$", ".");
                assertTrue(((String) member.at("member")).startsWith(account), member.urn() + " grants " + member.at("member"));
            }
        }
    }

    @Test
    void aWholeNamespaceOrTheWholePoolBreaksTheWorkloadIdentityRule() {
        assertFalse(admitsExactlyOneServiceAccount("serviceAccount:studio-prod-4711.svc.id.goog[apps/*]"));
        assertFalse(admitsExactlyOneServiceAccount(
                "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/studio-prod-4711.svc.id.goog/*"));
    }

    @Test
    void readSecretsGrantsTheAccessorRoleOnlyForThePrefix() {
        var grant = declare("prod").graph().named("reader-secretmanager-secretAccessor");
        assertEquals("roles/secretmanager.secretAccessor", grant.at("role"));
        assertEquals("resource.name.extract(\"/secrets/{secret}/\").startsWith(\"studio-prod-\")", grant.at("condition.expression"));
        assertEquals("studio-prod-4711", grant.at("project"));
    }

    @Test
    void anAwsPolicyOnGkeIsRefusedNotIgnored() {
        var error = assertThrows(AssertionError.class, () -> DeclaredCluster.declare(() -> new GkeCluster("studio-prod",
                options(Graphs.settings("prod", Map.of("cloud", "gcp"))), ComponentResourceOptions.Empty),
                List.of(new CloudPermission.AwsManagedPolicy("ReadOnlyAccess"))));
        assertTrue(error.getMessage().contains("asks for the AWS policy ReadOnlyAccess on a GKE cluster"), error.getMessage());
    }

    @Test
    void theAnnotationNamesTheGoogleServiceAccount() {
        var annotations = declare("prod").annotations();
        assertEquals(Set.of(GkeWorkloadIdentity.ANNOTATION), annotations.keySet());
        assertTrue(annotations.get(GkeWorkloadIdentity.ANNOTATION).contains("reader-gsa.email"));
        var account = declare("prod").graph().named("reader-gsa");
        assertTrue(ServiceAccountIds.VALID.matcher((String) account.at("accountId")).matches());
    }

    // --- providers -----------------------------------------------------------------------------------

    /** Every gcp resource uses the cluster's own gcp provider, never the ambient default one. */
    static List<String> defaultProviderUsers(ResourceGraph graph) {
        var providers = graph.ofType("pulumi:providers:gcp").stream().map(RecordedResource::urn).collect(Collectors.toSet());
        return graph.resources().stream()
                .filter(r -> r.custom() && r.type().startsWith("gcp:"))
                .filter(r -> r.provider() == null || !providers.contains(r.providerUrn()))
                .map(RecordedResource::urn).toList();
    }

    @Test
    void noCloudResourceUsesTheDefaultProvider() {
        assertEquals(List.of(), defaultProviderUsers(prod()));
        assertEquals(List.of(), defaultProviderUsers(staging()));
        assertFalse(prod().ofType(CLUSTER).isEmpty());
    }

    @Test
    void aResourceWithoutAProviderBreaksTheProviderRule() {
        var network = prod().ofType("gcp:compute/network:Network").get(0);
        var ambient = new RecordedResource(network.urn(), network.type(), network.name(), true, network.parent(), null,
                network.dependencies(), network.options(), network.inputs());
        assertEquals(List.of(network.urn()), defaultProviderUsers(new ResourceGraph(List.of(ambient), Map.of(), List.of())));
    }

    @Test
    void theGcpProviderIsPinnedToTheProjectAndRegion() {
        var provider = prod().named("studio-prod-gcp");
        assertEquals("studio-prod-4711", provider.at("project"));
        assertEquals("europe-west1", provider.at("region"));
        assertEquals(List.of(), declare("prod").graph().invokes(), "no look-ups: ids come from the settings");
    }
}
