package com.agenticstudio.platform.addons.backup;

import static com.agenticstudio.platform.addons.AddonGraphs.DEV;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD;
import static com.agenticstudio.platform.addons.AddonGraphs.PROD_GCP;
import static com.agenticstudio.platform.addons.AddonGraphs.STAGING;
import static com.agenticstudio.platform.addons.AddonGraphs.containersWithoutResources;
import static com.agenticstudio.platform.addons.AddonGraphs.entry;
import static com.agenticstudio.platform.addons.AddonGraphs.policies;
import static com.agenticstudio.platform.addons.AddonGraphs.ports;
import static com.agenticstudio.platform.addons.AddonGraphs.value;
import static com.agenticstudio.platform.addons.AddonGraphs.withoutPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.addons.AddonGraphs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Stacks;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Velero on every cloud plan: its bucket, its identity scoped to that bucket, CSI snapshots, schedules. */
class VeleroTest {
    static final String NAME = "velero";
    static final String SCHEDULE = "kubernetes:velero.io/v1:Schedule";
    static final String SNAPSHOT_CLASS = "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotClass";
    static final Stacks.Stack STAGING_GCP = new Stacks.Stack("staging", Map.of("cloud", "gcp"));

    static Stream<Stacks.Stack> clouds() {
        return Stream.of(STAGING, PROD, STAGING_GCP, PROD_GCP);
    }

    static RecordedResource release(ResourceGraph graph) {
        return AddonGraphs.release(graph, NAME).orElseThrow();
    }

    static RecordedResource component(ResourceGraph graph) {
        return AddonGraphs.component(graph, Velero.TYPE).orElseThrow();
    }

    static String provider(Stacks.Stack stack) {
        return stack.cloud();
    }

    @Test
    void everyCloudPlanHoldsVeleroAndKindDoesNot() {
        assertTrue(AddonGraphs.component(DEV.graph(), Velero.TYPE).isEmpty());
        assertTrue(DEV.graph().ofType(SCHEDULE).isEmpty());
        clouds().forEach(stack -> assertTrue(AddonGraphs.release(stack.graph(), NAME).isPresent(), stack.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void theChartIsPinnedWithThePluginOfTheCloudAndCsiSnapshots(Stacks.Stack stack) {
        var release = release(stack.graph());
        AddonGraphs.assertPinned(release, "velero", "12.1.0", "https://vmware-tanzu.github.io/helm-charts");
        assertEquals("v1.18.2", value(release, "image.tag"));
        assertEquals("velero/velero-plugin-for-" + provider(stack) + ":v1.14.2", value(release, "initContainers.0.image"));
        assertEquals("EnableCSI", value(release, "configuration.features"));
        assertEquals(false, value(release, "snapshotsEnabled"), "CSI only: no VolumeSnapshotLocation");
        assertEquals(false, value(release, "deployNodeAgent"));
        assertEquals(false, value(release, "credentials.useSecret"), "no static keys: the workload identity");
        assertEquals("studio-platform-critical", value(release, "priorityClassName"));
        assertEquals(provider(stack), value(release, "configuration.backupStorageLocation.0.provider"));
        assertEquals(true, value(release, "configuration.backupStorageLocation.0.default"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void everyContainerHasResourcesAndTheNamespaceIsRestrictedAndLockedDown(Stacks.Stack stack) {
        var graph = stack.graph();
        var values = (Map<?, ?>) release(graph).at("values");
        assertEquals(List.of(), containersWithoutResources(component(graph), values));
        assertEquals(1, containersWithoutResources(component(graph),
                Map.of("resources", values.get("resources"), "initContainers", List.of(Map.of("name", "plugin")))).size(),
                "the twin: a plugin container without resources");
        assertEquals(1, containersWithoutResources(component(graph), withoutPath(values, "resources")).size());
        assertEquals(List.of(), AddonGraphs.namespaceViolations(graph, component(graph)));
        assertEquals("restricted", component(graph).at("declarations.namespace.podSecurity"));
        var policies = policies(graph, NAME);
        assertTrue(policies.keySet().containsAll(List.of("default-deny-all", "allow-dns", "allow-api-server", "allow-scrape")),
                policies.keySet().toString());
        assertTrue(policies.keySet().stream().anyMatch(n -> n.startsWith("allow-cloud-apis")));
        assertEquals(List.of(8085), ports(policies.get("allow-scrape")));
    }

    // --- the bucket ----------------------------------------------------------------------------------

    /** What the issue asks of the S3 bucket, as violations. */
    static List<String> s3BucketViolations(ResourceGraph graph, boolean retained) {
        var violations = new ArrayList<String>();
        var bucket = graph.named("velero-bucket");
        if (retained && !(bucket.options().protect() && bucket.options().retainOnDelete())) {
            violations.add("bucket neither protected nor retained");
        }
        if (!"Enabled".equals(graph.named("velero-bucket-versioning").at("versioningConfiguration.status"))) {
            violations.add("not versioned");
        }
        var sse = graph.named("velero-bucket-encryption");
        if (!"aws:kms".equals(sse.at("rules.0.applyServerSideEncryptionByDefault.sseAlgorithm"))
                || !sse.dependsOn(graph.named("velero-bucket-key"))) {
            violations.add("not encrypted with its own KMS key");
        }
        var block = graph.named("velero-bucket-public-access");
        for (var field : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
            if (!Boolean.TRUE.equals(block.at(field))) {
                violations.add("public access not blocked: " + field);
            }
        }
        var lifecycle = graph.named("velero-bucket-lifecycle");
        if (lifecycle.at("rules.0.noncurrentVersionExpiration.noncurrentDays") == null) {
            violations.add("old versions never expire");
        }
        return violations;
    }

    @Test
    void prodsS3BucketIsVersionedEncryptedPrivateExpiresOldVersionsAndIsProtectedAndRetained() {
        var graph = PROD.graph();
        assertEquals(List.of(), s3BucketViolations(graph, true));
        assertEquals("studio-prod-velero-222222222222-eu-west-1", graph.named("velero-bucket").at("bucket"));
        assertTrue(graph.named("velero-bucket-key").options().protect(), "the key outlives a destroy with the bucket");
        assertEquals(List.of(), s3BucketViolations(STAGING.graph(), false));
        assertEquals(List.of("bucket neither protected nor retained"), s3BucketViolations(STAGING.graph(), true),
                "the twin: staging's bucket may go with its stack");
    }

    @Test
    void prodsGcsBucketIsVersionedUniformPrivateExpiresOldVersionsAndIsProtectedAndRetained() {
        var bucket = PROD_GCP.graph().named("velero-bucket");
        assertTrue(bucket.options().protect() && bucket.options().retainOnDelete());
        assertEquals(true, bucket.at("versioning.enabled"));
        assertEquals(true, bucket.at("uniformBucketLevelAccess"));
        assertEquals("enforced", bucket.at("publicAccessPrevention"));
        assertEquals("ARCHIVED", bucket.at("lifecycleRules.0.condition.withState"));
        assertEquals("Delete", bucket.at("lifecycleRules.0.action.type"));
        assertEquals("studio-prod-4711-studio-prod-velero", bucket.at("name"));
        assertFalse(STAGING_GCP.graph().named("velero-bucket").options().protect());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void theReleaseWaitsForItsBucketAndItsPriorityClass(Stacks.Stack stack) {
        var graph = stack.graph();
        assertTrue(release(graph).dependsOn(graph.named("velero-bucket")));
        assertTrue(release(graph).dependsOn(graph.named("studio-platform-critical")));
        assertEquals(List.of("scheduling"), component(graph).at("declarations.requires"));
    }

    // --- the identity --------------------------------------------------------------------------------

    @Test
    void onEksItsRoleMayUseOnlyItsBucketAndItsKeyThroughS3() {
        var graph = PROD.graph();
        var bucketArn = "arn:aws:s3:::studio-prod-velero-222222222222-eu-west-1";
        var document = JsonParser.parseString((String) graph.named("velero-backup-bucket").at("policy")).getAsJsonObject();
        for (var element : document.getAsJsonArray("Statement")) {
            var statement = element.getAsJsonObject();
            var resources = statement.getAsJsonArray("Resource").toString();
            var actions = statement.getAsJsonArray("Action").toString();
            if (actions.contains("s3:")) {
                assertTrue(resources.equals("[\"" + bucketArn + "\"]") || resources.equals("[\"" + bucketArn + "/*\"]"), resources);
            } else {
                assertTrue(actions.contains("kms:") && !actions.contains("ec2:"), actions);
                var conditions = statement.getAsJsonObject("Condition").toString();
                assertTrue(conditions.contains("s3.eu-west-1.amazonaws.com") && conditions.contains(bucketArn), conditions);
            }
        }
        assertTrue(((String) graph.named("velero-irsa").at("assumeRolePolicy")).contains("system:serviceaccount:velero:velero"));
        assertTrue(String.valueOf(entry(release(graph), "values.serviceAccount.server.annotations", "eks.amazonaws.com/role-arn"))
                .contains("velero-irsa"));
    }

    @Test
    void onGkeItsGoogleAccountMayAdministerObjectsOfItsBucketOnly() {
        var grant = PROD_GCP.graph().ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(m -> "roles/storage.objectAdmin".equals(m.at("role"))).findFirst().orElseThrow();
        var expression = (String) grant.at("condition.expression");
        assertTrue(expression.contains("\"projects/_/buckets/studio-prod-4711-studio-prod-velero/\""), expression);
        var graph = PROD_GCP.graph();
        var signer = graph.ofType("gcp:serviceaccount/iAMMember:IAMMember").stream()
                .filter(m -> "roles/iam.serviceAccountTokenCreator".equals(m.at("role"))).toList();
        assertEquals(1, signer.size(), "signs download URLs as itself, and only itself");
        assertTrue(String.valueOf(signer.get(0).at("serviceAccountId")).endsWith("Account::velero-gsa.name"));
        assertTrue(String.valueOf(signer.get(0).at("member")).contains("Account::velero-gsa."), "granted to itself");
        assertTrue(String.valueOf(value(release(graph), "configuration.backupStorageLocation.0.config.serviceAccount")).contains("velero-gsa"),
                "the location names the Google service account that signs");
    }

    // --- snapshots and schedules ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void oneVolumeSnapshotClassForTheClustersCsiDriverLabelledForVelero(Stacks.Stack stack) {
        var graph = stack.graph();
        var classes = graph.ofType(SNAPSHOT_CLASS);
        assertEquals(1, classes.size());
        var snapshotClass = classes.get(0);
        assertEquals(stack.cloud().equals("aws") ? "ebs.csi.aws.com" : "pd.csi.storage.gke.io", snapshotClass.at("driver"));
        assertEquals("Retain", snapshotClass.at("deletionPolicy"), "Velero expires the snapshot with its backup");
        assertEquals(null, snapshotClass.at("spec"), "a VolumeSnapshotClass keeps its fields beside metadata");
        assertEquals("true", entry(snapshotClass, "metadata.labels", "velero.io/csi-volumesnapshot-class"));
        if (stack.cloud().equals("aws")) {
            var controller = graph.ofType("aws:eks/addon:Addon").stream()
                    .filter(a -> "snapshot-controller".equals(a.at("addonName"))).findFirst().orElseThrow();
            assertTrue(snapshotClass.dependsOn(controller), "the EKS add-on serves the snapshot CRDs");
            assertEquals(null, controller.at("addonVersion"), "EKS's default version for the minor, like the other add-ons");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clouds")
    void aDailyWholeClusterBackupKeptThirtyDaysAndInProdAnHourlyOneOfTheDataKeptTwoDays(Stacks.Stack stack) {
        var graph = stack.graph();
        var schedules = new java.util.TreeMap<String, RecordedResource>();
        graph.ofType(SCHEDULE).forEach(s -> schedules.put((String) s.at("metadata.name"), s));
        var prod = stack.name().equals("prod");
        assertEquals(prod ? List.of("daily-cluster", "hourly-data") : List.of("daily-cluster"), List.copyOf(schedules.keySet()));
        var daily = schedules.get("daily-cluster");
        assertEquals("0 2 * * *", daily.at("spec.schedule"));
        assertEquals("720h0m0s", daily.at("spec.template.ttl"));
        assertEquals(List.of("*"), daily.at("spec.template.includedNamespaces"));
        assertEquals(List.of("kube-node-lease", "kube-public", "velero"), daily.at("spec.template.excludedNamespaces"));
        assertEquals(true, daily.at("spec.template.snapshotVolumes"));
        assertEquals("velero", daily.at("metadata.namespace"));
        assertTrue(daily.dependsOn(release(graph)), "the chart's crds/ installs the Schedule CRD");
        if (prod) {
            var hourly = schedules.get("hourly-data");
            assertEquals("15 * * * *", hourly.at("spec.schedule"));
            assertEquals("48h0m0s", hourly.at("spec.template.ttl"));
            assertEquals(List.of("monitoring", "logging"), hourly.at("spec.template.includedNamespaces"));
        }
    }

    @Test
    void aScheduleSpecRefusesWhatVeleroWouldRefuseOrMisread() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec("@daily", "720h", List.of("*"), List.of(), "default"));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec("0 2 * * *", "30d", List.of("*"), List.of(), "default"));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec("0 2 * * *", "720h", List.of(), List.of(), "default"));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec("0 2 * * *", "720h", List.of("a"), List.of("a"), "default"));
        assertThrows(IllegalArgumentException.class, () -> new VolumeSnapshotClassSpec("ebs.csi.aws.com", "Keep"));
        assertThrows(IllegalArgumentException.class, () -> new Velero.Options(List.of(), true, "monitoring"));
    }
}
