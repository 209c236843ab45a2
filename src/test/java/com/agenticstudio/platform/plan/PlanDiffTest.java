package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.PlanCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `plan diff` over real plans of prod, and the replacement table. */
class PlanDiffTest {
    static final Map<String, String> RENAMED = Map.of("clusterName", "studio-prod2",
            "grafanaAdminSecretKey", "studio-prod2-grafana-admin-password",
            "elasticsearchGrafanaSecretKey", "studio-prod2-elasticsearch-grafana-password",
            "elasticsearchJaegerSecretKey", "studio-prod2-elasticsearch-jaeger-password");

    @TempDir
    Path dir;

    private Path prod() {
        return PlanDirs.write(dir.resolve("before"), "prod", Map.of());
    }

    @Test
    void aChangedHpaMaximumIsOneUpdateOfTheHpa() throws Exception {
        var after = PlanDirs.write(dir.resolve("after"), "prod", Map.of("hpaMaxReplicas", "12"));
        var diff = PlanDiff.between(PlanFiles.read(prod()), PlanFiles.read(after));
        assertEquals(List.of(), diff.added());
        assertEquals(List.of(), diff.deleted());
        assertEquals(List.of(), diff.replaced());
        assertEquals(1, diff.updated().size(), diff.updated()::toString);
        var update = diff.updated().get(0);
        assertEquals("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", update.type());
        assertEquals("fastapi-backend-hpa", update.name());
        assertEquals(List.of(new PlanDiff.Field("spec.maxReplicas", 10L, 12L, false)), update.fields());
        assertEquals("prod: 0 to add, 1 to update, 0 to replace, 0 to delete", diff.summary());

        var result = PlanDirs.plan("diff", "--format", "markdown", "--fail-on-protected-replacement", prod().toString(), after.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("- `kubernetes:autoscaling/v2:HorizontalPodAutoscaler` `fastapi-backend-hpa`\n"
                + "  - `spec.maxReplicas`: `10` → `12`\n"), result.out());
        assertFalse(result.out().contains("CAUTION"), result.out());
    }

    @Test
    void aRenamedClusterReplacesTheProtectedClusterNetworkAndKeyAndFailsWhenAsked() throws Exception {
        var after = PlanDirs.write(dir.resolve("after"), "prod", RENAMED);
        var diff = PlanDiff.between(PlanFiles.read(prod()), PlanFiles.read(after));
        var critical = diff.critical().stream().map(c -> c.type() + " " + c.name() + " -> " + c.newName()).toList();
        for (var expected : List.of("aws:eks/cluster:Cluster studio-prod-eks -> studio-prod2-eks",
                "aws:ec2/vpc:Vpc studio-prod-network-vpc -> studio-prod2-network-vpc",
                "aws:kms/key:Key studio-prod-secrets-key -> studio-prod2-secrets-key")) {
            assertTrue(critical.contains(expected), expected + " in " + critical);
        }
        var cluster = diff.replaced().stream().filter(c -> c.type().equals("aws:eks/cluster:Cluster")).findFirst().orElseThrow();
        assertTrue(cluster.isProtected());
        assertTrue(cluster.fields().contains(new PlanDiff.Field("name", "studio-prod", "studio-prod2", true)), cluster.fields()::toString);
        assertTrue(diff.summary().endsWith("protected or data-holding resources replaced or deleted"), diff.summary());

        var flagged = PlanDirs.plan("diff", "--format", "markdown", "--fail-on-protected-replacement", prod().toString(), after.toString());
        assertEquals(PlanCommand.PROTECTED_REPLACEMENT, flagged.code(), flagged.err());
        var caution = flagged.out().indexOf("> [!CAUTION]");
        assertTrue(caution > 0 && caution < flagged.out().indexOf("Replaced ("), "called out at the top:\n" + flagged.out());
        assertTrue(flagged.out().contains("> - **replace** `aws:eks/cluster:Cluster` `studio-prod-eks` → `studio-prod2-eks` (protected)"),
                flagged.out());
        assertEquals(0, PlanDirs.plan("diff", prod().toString(), after.toString()).code(), "without the flag it only reports");
        var text = PlanDirs.plan("diff", prod().toString(), after.toString()).out();
        assertTrue(text.contains("!!   replace aws:eks/cluster:Cluster studio-prod-eks -> studio-prod2-eks (protected)"), text);
    }

    @Test
    void theSameStackTwiceHasNoChanges() throws Exception {
        var diff = PlanDiff.between(PlanFiles.read(prod()), PlanFiles.read(PlanDirs.write(dir.resolve("again"), "prod", Map.of())));
        assertTrue(diff.isEmpty());
        assertEquals("prod: no changes", PlanDirs.plan("diff", "--summary", prod().toString(), dir.resolve("again").toString()).out().trim());
        assertEquals("prod-copy: no changes", PlanDirs.plan("diff", "--summary", "--name", "prod-copy", prod().toString(),
                dir.resolve("again").toString()).out().trim());
    }

    @Test
    void secretsStaySecretInTheDiff() throws Exception {
        var external = Map.of("databaseMode", "external", "databaseCidr", "172.16.0.0/12");
        var before = PlanDirs.write(dir.resolve("dev"), "dev", external);
        var changed = new HashMap<>(external);
        changed.put("databaseUrl", "postgresql://studio:other-password@db:5432/studio");
        var after = PlanDirs.write(dir.resolve("dev2"), "dev", changed);
        var result = PlanDirs.plan("diff", "--format", "markdown", before.toString(), after.toString());
        assertFalse(result.out().contains("other-password"), result.out());
        assertFalse(result.out().contains("dev-only-password"), result.out());
    }

    /** Twin: a changed VPC range, edited into a real plan, is a protected replacement of the VPC. */
    @Test
    void aChangedVpcRangeReplacesTheVpc() throws Exception {
        var before = PlanFiles.read(prod());
        var resources = new ArrayList<RecordedResource>();
        for (var r : before.resources()) {
            if (r.type().equals("aws:ec2/vpc:Vpc") && r.name().equals("studio-prod-network-vpc")) {
                var inputs = new HashMap<>(r.inputs());
                inputs.put("cidrBlock", "10.43.0.0/16");
                r = new RecordedResource(r.urn(), r.type(), r.name(), r.custom(), r.parent(), r.provider(), r.dependencies(), r.options(), inputs);
            }
            resources.add(r);
        }
        var diff = PlanDiff.between(before, new PlanFiles(before.dir(), resources, before.manifests(), before.outputs()));
        assertEquals(1, diff.replaced().size());
        assertEquals(diff.replaced(), diff.critical());
        assertEquals("changed cidrBlock", diff.replaced().get(0).why());
    }

    @Test
    void theReplacementTableCoversTheMainTypes() {
        assertTrue(Replacements.forcesReplacement("aws:eks/cluster:Cluster", "name"));
        assertFalse(Replacements.forcesReplacement("aws:eks/cluster:Cluster", "version"), "EKS upgrades in place");
        assertTrue(Replacements.forcesReplacement("aws:ec2/subnet:Subnet", "availabilityZone"));
        assertTrue(Replacements.forcesReplacement("gcp:container/cluster:Cluster", "location"));
        assertTrue(Replacements.forcesReplacement("gcp:kms/cryptoKey:CryptoKey", "keyRing"));
        assertTrue(Replacements.forcesReplacement("kubernetes:core/v1:ConfigMap", "metadata.namespace"));
        assertTrue(Replacements.forcesReplacement("kubernetes:apps/v1:Deployment", "spec.selector.matchLabels.app"));
        assertFalse(Replacements.forcesReplacement("kubernetes:apps/v1:Deployment", "spec.template.spec.containers.0.image"));
        assertFalse(Replacements.forcesReplacement("kubernetes:apps/v1:Deployment", "metadata.namespaceX"), "a path, not a prefix");
        assertTrue(Replacements.forcesReplacement("kubernetes:helm.sh/v3:Release", "namespace"));
        assertFalse(Replacements.forcesReplacement("kubernetes:helm.sh/v3:Release", "values.replicaCount"));
        assertTrue(Replacements.isDataHolding("gcp:compute/network:Network"));
    }

    @Test
    void anUnreadablePlanDirectoryExitsOne() {
        var result = PlanDirs.plan("diff", dir.resolve("none").toString(), dir.resolve("none").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot read the plan"), result.err());
        assertEquals(2, PlanDirs.plan("diff", dir.toString()).code(), "two directories are needed");
    }
}
