package com.agenticstudio.platform.cluster.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.PolicyDocument;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.plan.ComputedOutputs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.testing.DeclaredCluster;
import com.agenticstudio.platform.testing.Graphs;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The EKS cluster as the engine would see it in the real staging and prod stacks. */
class EksClusterTest {
    private static final String SECRET = "[secret]";
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
    private static final String ROLE = "aws:iam/role:Role";
    private static final Map<String, DeclaredCluster> DECLARED = new ConcurrentHashMap<>();

    /** A map input's entry; keys such as kubernetes.io/role/elb contain dots, so no dotted path. */
    static Object entry(RecordedResource resource, String map, String key) {
        return ((Map<?, ?>) resource.at(map)).get(key);
    }

    static ResourceGraph prod() {
        return Graphs.stack("prod");
    }

    static ResourceGraph staging() {
        return Graphs.stack("staging");
    }

    static DeclaredCluster declare(String stack) {
        return DECLARED.computeIfAbsent(stack, s -> {
            var settings = Graphs.settings(s, Map.of());
            return DeclaredCluster.declare(() -> new EksCluster(settings.cluster().name(), options(settings), ComponentResourceOptions.Empty),
                    List.of(readSecrets("studio-" + s + "-"), new CloudPermission.AwsManagedPolicy("service-role/AmazonEBSCSIDriverPolicy")));
        });
    }

    /** An inline policy, as an add-on would declare it for its own service account. */
    static CloudPermission readSecrets(String prefix) {
        return new CloudPermission.AwsPolicy("read-secrets", PolicyDocument.of(PolicyDocument.Statement.allow(
                List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                List.of("arn:aws:secretsmanager:eu-west-1:222222222222:secret:" + prefix + "*"))));
    }

    static EksCluster.Options options(Settings settings) {
        return EksCluster.Options.from(settings, (ClusterSettings.Aws) settings.cluster().placement());
    }

    // --- zones -------------------------------------------------------------------------------------------

    /** The zones the cluster's subnets are in, private and public alike (the database's own subnets aside). */
    static Map<String, Set<String>> subnetZones(ResourceGraph graph) {
        return clusterSubnets(graph).stream().collect(Collectors.groupingBy(
                r -> r.name().contains("-private-") ? "private" : "public",
                Collectors.mapping(r -> (String) r.at("availabilityZone"), Collectors.toSet())));
    }

    static boolean spansZones(ResourceGraph graph, Set<String> zones) {
        var byKind = subnetZones(graph);
        return zones.equals(byKind.get("private")) && zones.equals(byKind.get("public"))
                && clusterSubnets(graph).size() == 2 * zones.size();
    }

    /** The VPC's subnets for nodes, pods and load balancers; the database's live in the reserved block (RdsDatabaseTest). */
    static List<com.agenticstudio.platform.plan.RecordedResource> clusterSubnets(ResourceGraph graph) {
        return graph.ofType(SUBNET).stream().filter(subnet -> !subnet.name().contains("-database-")).toList();
    }

    static final Set<String> PROD_ZONES = Set.of("eu-west-1a", "eu-west-1b", "eu-west-1c");
    static final Set<String> STAGING_ZONES = Set.of("eu-west-1a", "eu-west-1b");

    @Test
    void prodSpansThreeZones() {
        assertTrue(spansZones(prod(), PROD_ZONES), subnetZones(prod()).toString());
        assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), declare("prod").info().zones());
    }

    @Test
    void stagingSpansTwoZones() {
        assertTrue(spansZones(staging(), STAGING_ZONES), subnetZones(staging()).toString());
    }

    @Test
    void theZoneRuleCatchesTheWrongZoneCount() {
        assertFalse(spansZones(staging(), PROD_ZONES));
        assertFalse(spansZones(prod(), STAGING_ZONES));
    }

    @Test
    void theSubnetsAreCarvedFromTheNodeCidrAndOnlyTheDatabaseTakesTheReservedBlock() {
        var settings = Graphs.settings("prod", Map.of());
        var nodes = settings.cluster().network().nodes();
        var database = SubnetPlan.reserved(nodes);
        int databaseSubnets = 0;
        for (var subnet : prod().ofType(SUBNET)) {
            var cidr = com.agenticstudio.platform.settings.Cidr.parse((String) subnet.at("cidrBlock")).orElseThrow();
            if (subnet.name().contains("-database-dr-")) {
                continue; // the replica's own VPC in the DR region
            }
            assertTrue(cidr.overlaps(nodes) && cidr.prefix() > nodes.prefix(), subnet.name() + " " + cidr);
            boolean databaseSubnet = subnet.name().contains("-database-");
            assertEquals(databaseSubnet, cidr.overlaps(database), subnet.name() + " " + cidr + " and the reserved block " + database);
            databaseSubnets += databaseSubnet ? 1 : 0;
        }
        assertEquals("10.42.224.0/19", database.toString());
        assertEquals(3, databaseSubnets, "the twin: one database subnet per zone lives in the reserved eighth");
    }

    @Test
    void subnetsAreTaggedForLoadBalancersAndTheCluster() {
        for (var subnet : clusterSubnets(prod())) {
            var role = subnet.name().contains("-private-") ? "kubernetes.io/role/internal-elb" : "kubernetes.io/role/elb";
            assertEquals("1", entry(subnet, "tags", role), subnet.name());
            assertEquals("shared", entry(subnet, "tags", "kubernetes.io/cluster/studio-prod"), subnet.name());
        }
    }

    // --- NAT -----------------------------------------------------------------------------------------

    @Test
    void prodHasANatGatewayPerZoneStagingSharesOne() {
        assertEquals(3, prod().ofType("aws:ec2/natGateway:NatGateway").size());
        assertEquals(1, staging().ofType("aws:ec2/natGateway:NatGateway").size());
        var routes = staging().ofType("aws:ec2/routeTable:RouteTable").stream()
                .filter(r -> r.name().contains("-private-")).map(r -> r.at("routes.0.natGatewayId")).distinct().toList();
        assertEquals(1, routes.size(), "both private route tables use the one NAT gateway");
    }

    // --- protection ------------------------------------------------------------------------------------

    static List<String> unprotected(ResourceGraph graph) {
        var mustProtect = Set.of("aws:eks/cluster:Cluster", "aws:ec2/vpc:Vpc", SUBNET, "aws:kms/key:Key");
        var found = graph.resources().stream().filter(r -> mustProtect.contains(r.type())).toList();
        var missing = new ArrayList<String>();
        if (found.stream().map(RecordedResource::type).distinct().count() != mustProtect.size()) {
            missing.add("not every kind of data-holding resource is declared");
        }
        found.stream().filter(r -> !r.options().protect()).forEach(r -> missing.add(r.urn()));
        return missing;
    }

    @Test
    void prodProtectsTheClusterVpcSubnetsAndSecretsKey() {
        assertEquals(List.of(), unprotected(prod()));
    }

    @Test
    void stagingProtectsNothingSoItCanBeTornDown() {
        assertFalse(unprotected(staging()).isEmpty(), "the twin: the protection rule fails on staging");
    }

    @Test
    void nodeGroupsAreNotProtectedSoTheyCanBeReplaced() {
        assertTrue(prod().ofType(NODE_GROUP).stream().noneMatch(r -> r.options().protect()));
    }

    // --- node groups ---------------------------------------------------------------------------------

    static RecordedResource group(ResourceGraph graph, String kind) {
        return graph.named("studio-prod-" + kind);
    }

    static boolean taintedForSpot(RecordedResource group) {
        var taints = (List<?>) group.at("taints");
        return taints != null && taints.size() == 1
                && Map.of("key", "studio.platform/capacity", "value", "spot", "effect", "NO_SCHEDULE").equals(taints.get(0));
    }

    @Test
    void theSpotGroupIsTaintedAndLabelled() {
        var spot = group(prod(), "spot");
        assertTrue(taintedForSpot(spot));
        assertEquals("SPOT", spot.at("capacityType"));
        assertEquals("spot", entry(spot, "labels", "studio.platform/capacity"));
        assertTrue(((List<?>) spot.at("instanceTypes")).size() >= 3, "spot needs several types to fall back on");
    }

    @Test
    void theOnDemandGroupIsNotTaintedSoTheTaintRuleCanFail() {
        var onDemand = group(prod(), "on-demand");
        assertFalse(taintedForSpot(onDemand));
        assertEquals("ON_DEMAND", onDemand.at("capacityType"));
        assertEquals("on-demand", entry(onDemand, "labels", "studio.platform/capacity"));
    }

    @Test
    void groupSizesArePerZoneTimesZones() {
        // Pulumi.prod.yaml: 1 to 4 on-demand per zone, up to 4 spot per zone, 3 zones.
        assertEquals(3.0, ((Number) group(prod(), "on-demand").at("scalingConfig.minSize")).doubleValue());
        assertEquals(12.0, ((Number) group(prod(), "on-demand").at("scalingConfig.maxSize")).doubleValue());
        assertEquals(0.0, ((Number) group(prod(), "spot").at("scalingConfig.minSize")).doubleValue());
        assertEquals(12.0, ((Number) group(prod(), "spot").at("scalingConfig.maxSize")).doubleValue());
    }

    @Test
    void theAutoscalerOwnsTheDesiredSizeAndFindsBothGroups() {
        for (var group : prod().ofType(NODE_GROUP)) {
            assertEquals(List.of("scalingConfig.desiredSize"), group.options().ignoreChanges(), group.name());
            assertEquals("true", entry(group, "tags", "k8s.io/cluster-autoscaler/enabled"), group.name());
            assertEquals("owned", entry(group, "tags", "k8s.io/cluster-autoscaler/studio-prod"), group.name());
        }
    }

    @Test
    void noSpotGroupWhenSpotIsOff() {
        var settings = Graphs.settings("prod", Map.of("spotEnabled", "false"));
        var plans = EksNodeGroups.plan(options(settings));
        assertEquals(List.of("on-demand"), plans.stream().map(EksNodeGroups.Plan::kind).toList());
    }

    // --- the Kubernetes provider -----------------------------------------------------------------------

    static boolean providerWaitsForEveryNodeGroup(ResourceGraph graph, RecordedResource provider) {
        var groups = graph.ofType(NODE_GROUP);
        return !groups.isEmpty() && groups.stream().allMatch(provider::dependsOn);
    }

    static RecordedResource kubernetesProvider(ResourceGraph graph) {
        var providers = graph.ofType("pulumi:providers:kubernetes");
        assertEquals(1, providers.size());
        return providers.get(0);
    }

    @Test
    void theKubernetesProviderWaitsForTheNodeGroups() {
        var provider = kubernetesProvider(prod());
        assertTrue(providerWaitsForEveryNodeGroup(prod(), provider));
        assertTrue(provider.dependsOn(prod().named("studio-prod-vpc-cni")), "and for the CNI that enforces NetworkPolicies");
    }

    @Test
    void aProviderWithoutDependenciesBreaksTheWaitRule() {
        var p = kubernetesProvider(prod());
        var eager = new RecordedResource(p.urn(), p.type(), p.name(), p.custom(), p.parent(), p.provider(), List.of(),
                p.options(), p.inputs());
        assertFalse(providerWaitsForEveryNodeGroup(prod(), eager));
    }

    // --- kubeconfig ----------------------------------------------------------------------------------

    @Test
    void theKubeconfigIsSecret() {
        assertEquals(SECRET, kubernetesProvider(prod()).inputs().get("kubeconfig"));
        assertEquals(SECRET, prod().outputs().get("kubeconfig"));
        assertFalse(SECRET.equals(declare("prod").kubeconfig()), "the twin: the value itself is not the secret marker");
    }

    @Test
    void theKubeconfigRunsAwsEksGetTokenForThisClusterAndRegion() {
        var config = JsonParser.parseString(declare("prod").kubeconfig()).getAsJsonObject();
        var exec = config.getAsJsonArray("users").get(0).getAsJsonObject().getAsJsonObject("user").getAsJsonObject("exec");
        assertEquals("aws", exec.get("command").getAsString());
        var args = new ArrayList<String>();
        exec.getAsJsonArray("args").forEach(a -> args.add(a.getAsString()));
        assertEquals(List.of("eks", "get-token", "--cluster-name", "studio-prod", "--region", "eu-west-1", "--output", "json"), args);
        var cluster = config.getAsJsonArray("clusters").get(0).getAsJsonObject().getAsJsonObject("cluster");
        assertTrue(cluster.get("server").getAsString().contains("aws:eks/cluster:Cluster::studio-prod-eks.endpoint"));
        assertTrue(cluster.get("certificate-authority-data").getAsString().contains("certificateAuthority.data"));
        assertEquals("studio-prod", config.get("current-context").getAsString());
        var user = config.getAsJsonArray("users").get(0).getAsJsonObject().getAsJsonObject("user");
        assertEquals(Set.of("exec"), user.keySet(), "no static token, certificate or password");
    }

    // --- the control plane ---------------------------------------------------------------------------

    @Test
    void theControlPlaneUsesTheSettings() {
        var cluster = prod().named("studio-prod-eks");
        assertEquals("studio-prod", cluster.at("name"));
        assertEquals("1.35", cluster.at("version"));
        assertEquals("10.96.0.0/16", cluster.at("kubernetesNetworkConfig.serviceIpv4Cidr"));
        assertEquals(true, cluster.at("vpcConfig.endpointPrivateAccess"));
        assertEquals(true, cluster.at("vpcConfig.endpointPublicAccess"));
        assertEquals("API_AND_CONFIG_MAP", cluster.at("accessConfig.authenticationMode"));
        assertEquals(EksCluster.LOG_TYPES, cluster.at("enabledClusterLogTypes"));
        assertEquals(List.of("secrets"), cluster.at("encryptionConfig.resources"));
        assertEquals(3, ((List<?>) cluster.at("vpcConfig.subnetIds")).size(), "one private subnet per zone");
    }

    @Test
    void theControlPlaneWaitsForItsLogGroupAndKeyPermission() {
        var cluster = prod().named("studio-prod-eks");
        var logs = prod().named("studio-prod-control-plane-logs");
        assertEquals("/aws/eks/studio-prod/cluster", logs.at("name"), "the group EKS writes to");
        assertEquals((double) EksCluster.LOG_RETENTION_DAYS, ((Number) logs.at("retentionInDays")).doubleValue());
        assertTrue(cluster.dependsOn(logs));
        assertTrue(cluster.dependsOn(prod().named("studio-prod-control-plane-secrets-key")));
        assertTrue(cluster.dependsOn(prod().named("studio-prod-control-plane-AmazonEKSClusterPolicy")));
    }

    @Test
    void theVpcCniEnforcesNetworkPolicies() {
        var cni = prod().named("studio-prod-vpc-cni");
        var values = JsonParser.parseString((String) cni.at("configurationValues")).getAsJsonObject();
        assertEquals("true", values.get("enableNetworkPolicy").getAsString());
    }

    // --- managed add-ons -----------------------------------------------------------------------------

    private static final String ADDON = "aws:eks/addon:Addon";
    static final Set<String> MANAGED_ADDONS = Set.of("vpc-cni", "coredns", "snapshot-controller", "kube-proxy", "eks-pod-identity-agent", "aws-ebs-csi-driver");

    /** A managed add-on takes over EKS's self-managed copy and runs EKS's default version for the minor. */
    static List<String> addonViolations(RecordedResource addon) {
        var violations = new ArrayList<String>();
        if (addon.at("addonVersion") != null) {
            violations.add(addon.name() + " pins " + addon.at("addonVersion"));
        }
        for (var field : List.of("resolveConflictsOnCreate", "resolveConflictsOnUpdate")) {
            if (!"OVERWRITE".equals(addon.at(field))) {
                violations.add(addon.name() + " " + field + " is " + addon.at(field));
            }
        }
        return violations;
    }

    static RecordedResource withInput(RecordedResource r, String key, Object value) {
        var inputs = new java.util.HashMap<String, Object>(r.inputs());
        if (value == null) {
            inputs.remove(key);
        } else {
            inputs.put(key, value);
        }
        return new RecordedResource(r.urn(), r.type(), r.name(), r.custom(), r.parent(), r.provider(), r.dependencies(),
                r.options(), inputs);
    }

    @Test
    void theSixManagedAddOnsOverwriteAndRunEksDefaultVersion() {
        for (var graph : List.of(prod(), staging())) {
            var addons = graph.ofType(ADDON);
            assertEquals(MANAGED_ADDONS, addons.stream().map(a -> (String) a.at("addonName")).collect(Collectors.toSet()));
            assertEquals(MANAGED_ADDONS.size(), addons.size());
            for (var addon : addons) {
                assertEquals(List.of(), addonViolations(addon));
            }
        }
    }

    @Test
    void aPinnedOrPreservingAddOnBreaksTheAddOnRule() {
        var cni = prod().named("studio-prod-vpc-cni");
        assertEquals(1, addonViolations(withInput(cni, "addonVersion", "v1.14.1-eksbuild.1")).size());
        assertEquals(1, addonViolations(withInput(cni, "resolveConflictsOnUpdate", "PRESERVE")).size());
        assertEquals(1, addonViolations(withInput(cni, "resolveConflictsOnCreate", null)).size());
    }

    static boolean waitsForEveryNodeGroup(ResourceGraph graph, RecordedResource resource) {
        var groups = graph.ofType(NODE_GROUP);
        return !groups.isEmpty() && groups.stream().allMatch(resource::dependsOn);
    }

    @Test
    void theDaemonSetAddOnsInstallBesideTheNodesAndBeforeAnythingOnThemAndTheDeploymentsAfter() {
        var graph = prod();
        var provider = graph.named("studio-prod-k8s");
        for (var daemonSet : List.of("vpc-cni", "kube-proxy", "eks-pod-identity-agent")) {
            var addon = graph.named("studio-prod-" + daemonSet);
            for (var group : graph.ofType(NODE_GROUP)) {
                assertFalse(group.dependsOn(addon), group.name() + " joins with EKS's bootstrap copy of " + daemonSet);
            }
            assertFalse(waitsForEveryNodeGroup(graph, addon), "the twin: " + daemonSet + " does not wait for the nodes");
            assertTrue(provider.dependsOn(addon), "nothing on the cluster starts before " + daemonSet);
        }
        for (var deployment : List.of("coredns", "aws-ebs-csi-driver")) {
            assertTrue(waitsForEveryNodeGroup(graph, graph.named("studio-prod-" + deployment)), deployment + " needs nodes to run on");
        }
    }

    @Test
    void theEbsCsiDriverRunsAsItsOwnIrsaRoleWithTheManagedPolicy() {
        var graph = prod();
        var driver = graph.named("studio-prod-aws-ebs-csi-driver");
        var role = graph.named("aws-ebs-csi-driver-irsa");
        assertEquals(ComputedOutputs.placeholder(ROLE, "aws-ebs-csi-driver-irsa", "arn"), driver.at("serviceAccountRoleArn"));
        assertEquals("studio-prod-aws-ebs-csi-driver", role.at("name"));
        assertEquals(List.of(), trustViolations((String) role.at("assumeRolePolicy"),
                "system:serviceaccount:kube-system:ebs-csi-controller-sa"));
        var policy = graph.named("aws-ebs-csi-driver-AmazonEBSCSIDriverPolicy");
        assertEquals("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy", policy.at("policyArn"));
        assertTrue(driver.dependsOn(policy), "the driver starts once its policy is attached");
        assertEquals(null, graph.named("studio-prod-coredns").at("serviceAccountRoleArn"), "the twin: CoreDNS needs no AWS access");
    }

    // --- launch templates ----------------------------------------------------------------------------

    private static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

    /** Equal values; numbers by value, whatever their boxed type in the plan. */
    static boolean same(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return e.doubleValue() == a.doubleValue();
        }
        return expected.equals(actual);
    }

    /** The id the offline plan gives a resource (a real provider computes it). */
    static String planId(RecordedResource resource) {
        return resource.name() + "-id";
    }

    /** A node group launches from its own template that allows IMDSv2 only, at hop limit 1, with an encrypted root volume. */
    static List<String> launchTemplateViolations(ResourceGraph graph, RecordedResource group) {
        var violations = new ArrayList<String>();
        if (group.at("diskSize") != null) {
            violations.add(group.name() + " sets diskSize, which EKS refuses with a launch template");
        }
        var templates = graph.ofType(LAUNCH_TEMPLATE).stream()
                .filter(t -> planId(t).equals(group.at("launchTemplate.id"))).toList();
        if (templates.size() != 1) {
            violations.add(group.name() + " launches from no template of the stack: " + group.at("launchTemplate"));
            return violations;
        }
        var template = templates.get(0);
        if (group.at("launchTemplate.version") == null) {
            violations.add(group.name() + " names no template version");
        }
        var metadata = Map.of("httpEndpoint", "enabled", "httpTokens", "required", "httpPutResponseHopLimit", 1.0);
        metadata.forEach((field, expected) -> {
            if (!same(expected, template.at("metadataOptions." + field))) {
                violations.add(template.name() + " metadataOptions." + field + " is " + template.at("metadataOptions." + field));
            }
        });
        var disks = (List<?>) template.at("blockDeviceMappings");
        var root = Map.of("deviceName", "/dev/xvda", "ebs.volumeType", "gp3", "ebs.encrypted", "true", "ebs.volumeSize", 50.0);
        if (disks == null || disks.size() != 1) {
            violations.add(template.name() + " maps " + disks);
        } else {
            root.forEach((field, expected) -> {
                if (!same(expected, template.at("blockDeviceMappings.0." + field))) {
                    violations.add(template.name() + " root volume " + field + " is " + template.at("blockDeviceMappings.0." + field));
                }
            });
        }
        return violations;
    }

    @Test
    void everyNodeGroupLaunchesFromAnImdsV2OnlyTemplateWithAnEncryptedRootVolume() {
        for (var graph : List.of(prod(), staging())) {
            var groups = graph.ofType(NODE_GROUP);
            assertEquals(groups.size(), graph.ofType(LAUNCH_TEMPLATE).size(), "one template per group");
            for (var group : groups) {
                assertEquals(List.of(), launchTemplateViolations(graph, group));
                assertTrue(((String) group.at("amiType")).startsWith("AL2023_"), group.name() + " " + group.at("amiType"));
                assertEquals("1", group.at("launchTemplate.version"), "the plan's stand-in for the latest version");
            }
        }
    }

    @Test
    void anOpenMetadataServiceAPlainDiskOrADiskSizeBreaksTheLaunchTemplateRule() {
        var graph = prod();
        var group = group(graph, "on-demand");
        var template = graph.named("studio-prod-on-demand-template");
        var others = graph.resources().stream().filter(r -> !r.urn().equals(template.urn())).toList();
        var metadata = new java.util.HashMap<String, Object>((Map<String, Object>) template.at("metadataOptions"));
        metadata.put("httpTokens", "optional");
        metadata.put("httpPutResponseHopLimit", 2.0);
        var open = new ArrayList<>(others);
        open.add(withInput(template, "metadataOptions", metadata));
        assertEquals(2, launchTemplateViolations(new ResourceGraph(open, Map.of(), List.of()), group).size());

        var disk = new java.util.HashMap<String, Object>((Map<String, Object>) template.at("blockDeviceMappings.0"));
        var ebs = new java.util.HashMap<String, Object>((Map<String, Object>) disk.get("ebs"));
        ebs.remove("encrypted");
        disk.put("ebs", ebs);
        var plain = new ArrayList<>(others);
        plain.add(withInput(template, "blockDeviceMappings", List.of(disk)));
        assertEquals(1, launchTemplateViolations(new ResourceGraph(plain, Map.of(), List.of()), group).size());

        assertEquals(1, launchTemplateViolations(graph, withInput(group, "diskSize", 50.0)).size());
        assertEquals(1, launchTemplateViolations(graph, withInput(group, "launchTemplate", null)).size());
    }

    // --- storage ------------------------------------------------------------------------------------

    private static final String STORAGE_CLASS = "kubernetes:storage.k8s.io/v1:StorageClass";

    /** The cluster's default class: encrypted gp3 through the EBS CSI driver, bound where the pod lands. */
    static List<String> defaultStorageClassViolations(ResourceGraph graph, String reclaimPolicy) {
        var violations = new ArrayList<String>();
        var defaults = graph.ofType(STORAGE_CLASS).stream()
                .filter(c -> "true".equals(entry(c, "metadata.annotations", "storageclass.kubernetes.io/is-default-class"))).toList();
        if (defaults.size() != 1) {
            return List.of(defaults.size() + " default StorageClasses");
        }
        var sc = defaults.get(0);
        var expected = Map.<String, Object>of("metadata.name", "gp3", "provisioner", "ebs.csi.aws.com",
                "parameters", Map.of("type", "gp3", "encrypted", "true"), "volumeBindingMode", "WaitForFirstConsumer",
                "allowVolumeExpansion", true, "reclaimPolicy", reclaimPolicy);
        expected.forEach((field, value) -> {
            if (!value.equals(sc.at(field))) {
                violations.add(sc.name() + " " + field + " is " + sc.at(field));
            }
        });
        return violations;
    }

    @Test
    void prodHasTheDefaultEncryptedGp3ClassAndKeepsReleasedVolumes() {
        assertEquals(List.of(), defaultStorageClassViolations(prod(), "Retain"));
        var sc = prod().named("studio-prod-storage-class");
        assertTrue(sc.dependsOn(prod().named("studio-prod-aws-ebs-csi-driver")), "the driver provisions its volumes");
        assertEquals(kubernetesProvider(prod()).urn(), sc.providerUrn());
        assertEquals(prod().named("studio-prod").urn(), sc.parent());
        assertEquals("gp3", declare("prod").info().storageClass());
    }

    @Test
    void stagingDeletesReleasedVolumesSoTheRetainRuleFailsThere() {
        assertEquals(List.of(), defaultStorageClassViolations(staging(), "Delete"));
        assertEquals(1, defaultStorageClassViolations(staging(), "Retain").size(), "the twin");
    }

    // --- the API endpoint ---------------------------------------------------------------------------

    @Test
    void prodsPublicEndpointAnswersOnlyTheAllowedNetworks() {
        var cluster = prod().named("studio-prod-eks");
        assertEquals(List.of("203.0.113.0/24"), cluster.at("vpcConfig.publicAccessCidrs"), "Pulumi.prod.yaml apiAllowedCidrs");
        assertEquals(true, cluster.at("vpcConfig.endpointPrivateAccess"), "nodes keep the private endpoint");
        var other = Graphs.stack("prod", Map.of("apiAllowedCidrs", "[\"198.51.100.0/24\",\"192.0.2.8/29\"]"));
        assertEquals(List.of("198.51.100.0/24", "192.0.2.8/29"), other.named("studio-prod-eks").at("vpcConfig.publicAccessCidrs"));
    }

    @Test
    void stagingWithoutAListKeepsEksDefaultOpenEndpoint() {
        assertEquals(null, staging().named("studio-staging-eks").at("vpcConfig.publicAccessCidrs"));
    }

    @Test
    void theNodeRoleHasTheManagedNodePolicies() {
        var attached = prod().ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(r -> r.name().startsWith("studio-prod-nodes-"))
                .map(r -> (String) r.at("policyArn")).collect(Collectors.toSet());
        assertEquals(Set.of(
                "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
                "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"), attached);
    }

    @Test
    void theAccessGroupsSignInAsTheirKubernetesGroups() {
        var entries = prod().ofType("aws:eks/accessEntry:AccessEntry");
        var groups = entries.stream().map(r -> r.at("kubernetesGroups")).collect(Collectors.toSet());
        assertEquals(Set.of(List.of("studio:deployers"), List.of("studio:developers")), groups);
        entries.forEach(e -> assertEquals("STANDARD", e.at("type")));
    }

    @Test
    void theClusterHandsUpItsAwsLocation() {
        var location = (ClusterLocation.Aws) declare("prod").info().location();
        assertEquals("eu-west-1", location.region());
        assertEquals("222222222222", location.accountId());
        assertEquals("1.35", declare("prod").info().kubernetesVersion());
    }

    // --- IRSA ----------------------------------------------------------------------------------------

    /** The subjects a trust policy admits; a trust that admits anything but one exact subject fails. */
    static List<String> trustViolations(String trustPolicy, String expectedSubject) {
        var violations = new ArrayList<String>();
        var statements = JsonParser.parseString(trustPolicy).getAsJsonObject().getAsJsonArray("Statement");
        if (statements.size() != 1) {
            violations.add(statements.size() + " statements");
            return violations;
        }
        var statement = statements.get(0).getAsJsonObject();
        var conditions = statement.getAsJsonObject("Condition");
        if (conditions == null || conditions.keySet().size() != 1 || !conditions.has("StringEquals")) {
            violations.add("conditions other than exactly StringEquals: " + conditions);
            return violations;
        }
        JsonObject equals = conditions.getAsJsonObject("StringEquals");
        var subjects = equals.keySet().stream().filter(k -> k.endsWith(":sub")).toList();
        var audiences = equals.keySet().stream().filter(k -> k.endsWith(":aud")).toList();
        if (subjects.size() != 1 || !equals.get(subjects.get(0)).isJsonPrimitive()
                || !expectedSubject.equals(equals.get(subjects.get(0)).getAsString())) {
            violations.add("subject is not exactly " + expectedSubject + ": " + equals);
        }
        if (audiences.size() != 1 || !"sts.amazonaws.com".equals(equals.get(audiences.get(0)).getAsString())) {
            violations.add("audience is not sts.amazonaws.com: " + equals);
        }
        if (!statement.get("Action").toString().equals("[\"sts:AssumeRoleWithWebIdentity\"]")) {
            violations.add("action: " + statement.get("Action"));
        }
        return violations;
    }

    @Test
    void anIrsaRoleTrustsExactlyOneServiceAccount() {
        var role = declare("prod").graph().named("reader-irsa");
        assertEquals(List.of(), trustViolations((String) role.at("assumeRolePolicy"), "system:serviceaccount:apps:reader"));
        var oidc = declare("prod").graph().named("studio-prod-oidc");
        assertTrue(role.dependsOn(oidc), "the trust names the cluster's OIDC provider");
    }

    @Test
    void everyIrsaRoleInTheStacksTrustsExactlyOneServiceAccount() {
        for (var graph : List.of(prod(), staging())) {
            var irsa = graph.ofType(ROLE).stream()
                    .filter(r -> ((String) r.at("assumeRolePolicy")).contains("AssumeRoleWithWebIdentity")).toList();
            assertFalse(irsa.isEmpty(), "external-secrets reads the database URL through IRSA");
            var subjects = new HashSet<String>();
            for (var role : irsa) {
                var policy = (String) role.at("assumeRolePolicy");
                var subject = policy.replaceFirst("(?s).*\"(system:serviceaccount:[^\"]+)\".*", "$1");
                assertEquals(List.of(), trustViolations(policy, subject), role.urn());
                assertTrue(subjects.add(subject), "one role per service account: " + subject);
            }
        }
    }

    @Test
    void aWildcardOrAListOfSubjectsBreaksTheTrustRule() {
        var like = "{\"Statement\":[{\"Action\":[\"sts:AssumeRoleWithWebIdentity\"],\"Condition\":{\"StringLike\":"
                + "{\"oidc:sub\":\"system:serviceaccount:apps:*\",\"oidc:aud\":\"sts.amazonaws.com\"}}}]}";
        var list = "{\"Statement\":[{\"Action\":[\"sts:AssumeRoleWithWebIdentity\"],\"Condition\":{\"StringEquals\":"
                + "{\"oidc:sub\":[\"system:serviceaccount:apps:reader\",\"system:serviceaccount:apps:other\"],"
                + "\"oidc:aud\":\"sts.amazonaws.com\"}}}]}";
        var noAudience = "{\"Statement\":[{\"Action\":[\"sts:AssumeRoleWithWebIdentity\"],\"Condition\":{\"StringEquals\":"
                + "{\"oidc:sub\":\"system:serviceaccount:apps:reader\"}}}]}";
        for (var policy : List.of(like, list, noAudience)) {
            assertFalse(trustViolations(policy, "system:serviceaccount:apps:reader").isEmpty(), policy);
        }
    }

    @Test
    void readSecretsAllowsOnlyReadingSecretsUnderThePrefix() {
        var policy = (String) declare("prod").graph().named("reader-read-secrets").at("policy");
        var statement = JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement").get(0).getAsJsonObject();
        assertEquals("[\"secretsmanager:GetSecretValue\",\"secretsmanager:DescribeSecret\"]", statement.get("Action").toString());
        assertEquals("[\"arn:aws:secretsmanager:eu-west-1:222222222222:secret:studio-prod-*\"]", statement.get("Resource").toString());
    }

    @Test
    void aManagedPolicyIsAttachedByItsArnInTheRegionsPartition() {
        var attachment = declare("prod").graph().named("reader-AmazonEBSCSIDriverPolicy");
        assertEquals("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy", attachment.at("policyArn"));
    }

    @Test
    void aGcpRoleOnEksIsRefusedNotIgnored() {
        var error = assertThrows(AssertionError.class, () -> DeclaredCluster.declare(() -> new EksCluster("studio-prod",
                options(Graphs.settings("prod", Map.of())), ComponentResourceOptions.Empty),
                List.of(new CloudPermission.GcpProjectRole("roles/secretmanager.secretAccessor", java.util.Optional.empty()))));
        assertTrue(error.getMessage().contains("asks for the GCP role roles/secretmanager.secretAccessor on an EKS cluster"), error.getMessage());
    }

    @Test
    void theAnnotationCarriesTheRoleArnOnceThePolicyIsAttached() {
        var annotations = declare("prod").annotations();
        assertEquals(Set.of(Irsa.ROLE_ARN_ANNOTATION), annotations.keySet());
        assertTrue(annotations.get(Irsa.ROLE_ARN_ANNOTATION).contains("aws:iam/role:Role::reader-irsa.arn"));
    }

    @Test
    void aServiceAccountWithoutCloudAccessGetsARoleWithNoPolicy() {
        var roles = prod().ofType(ROLE).stream().filter(r -> r.name().equals("fastapi-backend-irsa")).toList();
        var policies = prod().ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .filter(r -> r.name().startsWith("fastapi-backend")).toList();
        assertEquals(1, roles.size());
        assertEquals(List.of(), policies);
    }

    // --- providers -----------------------------------------------------------------------------------

    /** Every aws resource uses the cluster's own aws provider, never the ambient default one. */
    static List<String> defaultProviderUsers(ResourceGraph graph) {
        var providers = graph.ofType("pulumi:providers:aws").stream().map(RecordedResource::urn).collect(Collectors.toSet());
        return graph.resources().stream()
                .filter(r -> r.custom() && r.type().startsWith("aws:"))
                .filter(r -> r.provider() == null || !providers.contains(r.providerUrn()))
                .map(RecordedResource::urn).toList();
    }

    @Test
    void noCloudResourceUsesTheDefaultProvider() {
        assertEquals(List.of(), defaultProviderUsers(prod()));
        assertEquals(List.of(), defaultProviderUsers(staging()));
        assertFalse(prod().ofType("aws:eks/cluster:Cluster").isEmpty());
    }

    @Test
    void aResourceWithoutAProviderBreaksTheProviderRule() {
        var vpc = prod().ofType("aws:ec2/vpc:Vpc").get(0);
        var ambient = new RecordedResource(vpc.urn(), vpc.type(), vpc.name(), true, vpc.parent(), null,
                vpc.dependencies(), vpc.options(), vpc.inputs());
        var graph = new ResourceGraph(List.of(ambient), Map.of(), List.of());
        assertEquals(List.of(vpc.urn()), defaultProviderUsers(graph));
    }

    @Test
    void theAwsProviderIsPinnedToTheRegionAndAccount() {
        var provider = prod().named("studio-prod-aws");
        assertEquals("eu-west-1", provider.at("region"));
        assertTrue(String.valueOf(provider.at("allowedAccountIds")).contains("222222222222"), provider.inputs().toString());
        assertEquals(List.of(), declare("prod").graph().invokes(), "no look-ups: ids come from the settings");
    }
}
