package com.agenticstudio.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.check.KubernetesRules;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The backend's database on every target, read from the real stacks' plans: what each cloud declares,
 * what prod adds, where DATABASE_URL comes from, and the one egress the backend has to it. Each rule
 * is a function that lists what is missing, and each has a twin that feeds it a plan where it must fail.
 */
class DatabaseRulesTest {
    static final String RDS = "aws:rds/instance:Instance";
    static final String CLOUD_SQL = "gcp:sql/databaseInstance:DatabaseInstance";
    static final Map<String, String> GCP = Map.of("cloud", "gcp");
    static final Map<String, String> EXTERNAL_STAGING = Map.of("databaseMode", "external", "databaseCidr", "10.41.240.0/24",
            "databaseSecretKey", "studio-staging-database-url");
    static final Map<String, String> EXTERNAL_DEV = Map.of("databaseMode", "external", "databaseCidr", "172.16.0.0/12");

    // ---- the rules ---------------------------------------------------------------------------------

    /** EKS: RDS PostgreSQL, Multi-AZ, its own key, managed password, backups, TLS, subnet group and security group. */
    static List<String> eksHoldsRds(ResourceGraph graph, int backupDays) {
        var problems = new ArrayList<String>();
        var primary = graph.ofType(RDS).stream().filter(r -> r.at("replicateSourceDb") == null).findFirst();
        if (primary.isEmpty()) {
            return List.of("no RDS instance");
        }
        var db = primary.get();
        expect(problems, db, "engine", "postgres");
        expect(problems, db, "multiAz", true);
        expect(problems, db, "storageEncrypted", true);
        expect(problems, db, "manageMasterUserPassword", true);
        expect(problems, db, "publiclyAccessible", false);
        expect(problems, db, "performanceInsightsEnabled", true);
        expect(problems, db, "backupRetentionPeriod", backupDays);
        if (db.at("password") != null) {
            problems.add("the instance takes a password");
        }
        if (!dependsOnType(graph, db, "aws:kms/key:Key")) {
            problems.add("not encrypted with a key of its own");
        }
        var parameters = dependency(graph, db, "aws:rds/parameterGroup:ParameterGroup");
        if (parameters.isEmpty() || !String.valueOf(parameters.get().at("parameters")).contains("name=rds.force_ssl, value=1")) {
            problems.add("no parameter group forcing TLS");
        }
        if (!dependsOnType(graph, db, "aws:rds/subnetGroup:SubnetGroup")) {
            problems.add("no subnet group of its own");
        }
        var firewall = dependency(graph, db, "aws:ec2/securityGroup:SecurityGroup");
        if (firewall.isEmpty()) {
            problems.add("no security group");
        } else {
            for (var rule : (List<?>) firewall.get().at("ingress")) {
                var ingress = (Map<?, ?>) rule;
                if (number(ingress.get("fromPort")) != 5432 || number(ingress.get("toPort")) != 5432) {
                    problems.add("the security group admits more than 5432: " + ingress);
                }
            }
        }
        return problems;
    }

    /** Prod's database: deletion protection, protect, a final snapshot, and a replica in another region on its own provider. */
    static List<String> protectedAndReplicatedToAnotherRegion(ResourceGraph graph) {
        var problems = new ArrayList<String>();
        var instances = new ArrayList<>(graph.ofType(RDS));
        instances.addAll(graph.ofType(CLOUD_SQL));
        var primary = instances.stream().filter(r -> r.at("replicateSourceDb") == null && r.at("masterInstanceName") == null).findFirst();
        if (primary.isEmpty()) {
            return List.of("no managed database");
        }
        var db = primary.get();
        boolean aws = db.type().equals(RDS);
        if (!db.options().protect()) {
            problems.add(db.name() + " is not protected");
        }
        expect(problems, db, "deletionProtection", true);
        if (aws && !(Boolean.FALSE.equals(db.at("skipFinalSnapshot")) && db.at("finalSnapshotIdentifier") != null)) {
            problems.add(db.name() + " takes no final snapshot");
        }
        var replicas = instances.stream().filter(r -> r.at("replicateSourceDb") != null || r.at("masterInstanceName") != null).toList();
        if (replicas.size() != 1) {
            problems.add(replicas.size() + " read replicas, not one");
            return problems;
        }
        var replica = replicas.get(0);
        if (!replica.options().protect()) {
            problems.add(replica.name() + " is not protected");
        }
        String primaryRegion;
        String replicaRegion;
        if (aws) {
            if (Objects.equals(replica.providerUrn(), db.providerUrn())) {
                problems.add("the replica uses the primary's provider");
            }
            primaryRegion = String.valueOf(graph.byUrn(db.providerUrn()).at("region"));
            replicaRegion = String.valueOf(graph.byUrn(replica.providerUrn()).at("region"));
            if (!dependsOnType(graph, replica, "aws:kms/key:Key")) {
                problems.add("the replica has no key of its own");
            }
        } else {
            primaryRegion = String.valueOf(db.at("region"));
            replicaRegion = String.valueOf(replica.at("region"));
        }
        if (primaryRegion.equals(replicaRegion)) {
            problems.add("the replica is in the primary's region " + primaryRegion);
        }
        return problems;
    }

    /** GKE: a private-IP Cloud SQL PostgreSQL through Private Service Access, REGIONAL, PITR, TLS required. */
    static List<String> gkeHoldsCloudSql(ResourceGraph graph) {
        var primary = graph.ofType(CLOUD_SQL).stream().filter(r -> r.at("masterInstanceName") == null).findFirst();
        if (primary.isEmpty()) {
            return List.of("no Cloud SQL instance");
        }
        var problems = new ArrayList<String>();
        var db = primary.get();
        if (!String.valueOf(db.at("databaseVersion")).startsWith("POSTGRES_")) {
            problems.add("not PostgreSQL: " + db.at("databaseVersion"));
        }
        expect(problems, db, "settings.availabilityType", "REGIONAL");
        expect(problems, db, "settings.ipConfiguration.ipv4Enabled", false);
        expect(problems, db, "settings.ipConfiguration.requireSsl", true);
        expect(problems, db, "settings.backupConfiguration.enabled", true);
        expect(problems, db, "settings.backupConfiguration.pointInTimeRecoveryEnabled", true);
        if (db.at("settings.ipConfiguration.privateNetwork") == null || !dependsOnType(graph, db, "gcp:servicenetworking/connection:Connection")) {
            problems.add("no private address through Private Service Access");
        }
        if (db.at("rootPassword") != null || graph.ofType("gcp:sql/user:User").stream().anyMatch(u -> u.at("password") != null)) {
            problems.add("a password user");
        }
        return problems;
    }

    /** kind: the CloudNativePG release and a Cluster, and DATABASE_URL from the operator's generated secret. */
    static List<String> devRunsCloudNativePg(ResourceGraph graph) {
        var problems = new ArrayList<String>();
        if (graph.resources().stream().noneMatch(r -> r.type().equals("kubernetes:helm.sh/v3:Release")
                && "cloudnative-pg".equals(r.at("chart")))) {
            problems.add("no cloudnative-pg release");
        }
        var clusters = graph.ofType("kubernetes:postgresql.cnpg.io/v1:Cluster");
        if (clusters.size() != 1) {
            problems.add(clusters.size() + " CloudNativePG Clusters");
            return problems;
        }
        var cluster = clusters.get(0);
        var url = databaseUrl(graph);
        var expected = Map.of("secretKeyRef", Map.of("name", cluster.at("metadata.name") + "-app", "key", "uri"));
        if (!expected.equals(url)) {
            problems.add("DATABASE_URL comes from " + url + ", not the operator's secret");
        }
        return problems;
    }

    /** The backend's only database egress: exactly these peers on this port. */
    static List<String> egressIsExactly(ResourceGraph graph, List<Map<String, Object>> peers, int port) {
        var policy = graph.manifests().stream().filter(m -> "NetworkPolicy".equals(m.get("kind"))
                && "allow-database".equals(((Map<?, ?>) m.get("metadata")).get("name"))).findFirst().orElseThrow();
        var egress = (List<?>) ((Map<?, ?>) policy.get("spec")).get("egress");
        var rule = (Map<?, ?>) egress.get(0);
        var problems = new ArrayList<String>();
        if (egress.size() != 1 || !peers.equals(rule.get("to"))) {
            problems.add("allow-database reaches " + rule.get("to") + ", not " + peers);
        }
        var ports = ((List<?>) rule.get("ports")).stream().map(p -> (Map<?, ?>) p)
                .map(p -> p.get("protocol") + "/" + number(p.get("port"))).toList();
        if (!List.of("TCP/" + port).equals(ports)) {
            problems.add("allow-database opens " + rule.get("ports") + ", not " + port);
        }
        return problems;
    }

    // ---- EKS ---------------------------------------------------------------------------------------

    @Test
    void eksStagingHoldsRdsMultiAzEncryptedWithItsOwnKeyAManagedPasswordSevenDaysOfBackupsAndTls() {
        assertEquals(List.of(), eksHoldsRds(Graphs.stack("staging"), 7));
    }

    @Test
    void eksProdHoldsRdsWithThirtyDaysOfBackups() {
        assertEquals(List.of(), eksHoldsRds(Graphs.stack("prod"), 30));
    }

    @Test
    void prodsDatabaseIsProtectedAndReplicatedToAnotherRegionOnItsOwnProvider() {
        assertEquals(List.of(), protectedAndReplicatedToAnotherRegion(Graphs.stack("prod")));
        assertEquals("eu-central-1", Graphs.stack("prod").named("studio-prod-database-dr-aws").at("region"));
    }

    /** Twins: staging is neither protected nor replicated; external mode declares no RDS. */
    @Test
    void theEksRulesFailWhereTheyDoNotHold() {
        var staging = protectedAndReplicatedToAnotherRegion(Graphs.stack("staging"));
        assertTrue(staging.contains("studio-staging-database is not protected") && staging.contains("0 read replicas, not one"),
                staging.toString());
        assertEquals(List.of("no RDS instance"), eksHoldsRds(Graphs.stack("staging", EXTERNAL_STAGING), 7));
        assertTrue(eksHoldsRds(Graphs.stack("staging"), 30).contains("backupRetentionPeriod is 7, not 30"));
    }

    @Test
    void theRdsSecretIsReadableByTheSecretStoreOnlyByTheInstancesTagAndItsKeyOnlyThroughSecretsManager() {
        var policy = String.valueOf(Graphs.stack("staging").named("external-secrets-read-database-secret").at("policy"));
        assertTrue(policy.contains("secret:rds!db-*") && policy.contains("aws:rds:primaryDBInstanceArn")
                && policy.contains("arn:aws:rds:eu-west-1:111111111111:db:studio-staging-db"), policy);
        assertTrue(policy.contains("secretsmanager.eu-west-1.amazonaws.com") && policy.contains("studio.platform/database"), policy);
    }

    @Test
    void inStagingAndProdTheExternalSecretsTemplateComposesTheUrlWithTlsRequired() {
        for (var stack : List.of("staging", "prod")) {
            var secret = graph(stack).named("fastapi-backend-database-secret");
            assertEquals("ExternalSecret", secret.at("kind"));
            var url = String.valueOf(secret.at("spec.target.template.data.url"));
            assertTrue(url.startsWith("postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@plan-placeholder:" + RDS)
                    && url.endsWith(":5432/studio?sslmode=require"), url);
            assertEquals("Replace", secret.at("spec.target.template.mergePolicy"));
            assertTrue(String.valueOf(secret.at("spec.data.0.remoteRef.key")).endsWith(".masterUserSecrets[0].secretArn"));
            assertEquals(Map.of("secretKeyRef", Map.of("name", "db-secret", "key", "url")), databaseUrl(graph(stack)));
        }
    }

    // ---- GKE ---------------------------------------------------------------------------------------

    @Test
    void gkeHoldsAPrivateCloudSqlInstanceRegionalWithPitrAndTls() {
        assertEquals(List.of(), gkeHoldsCloudSql(Graphs.stack("staging", GCP)));
        assertEquals(List.of(), gkeHoldsCloudSql(Graphs.stack("prod", GCP)));
        assertEquals(List.of(), protectedAndReplicatedToAnotherRegion(Graphs.stack("prod", GCP)));
    }

    /** Twins: staging on GKE keeps no replica and no protection; an external database declares no Cloud SQL. */
    @Test
    void theGkeRulesFailWhereTheyDoNotHold() {
        assertFalse(protectedAndReplicatedToAnotherRegion(Graphs.stack("staging", GCP)).isEmpty());
        var external = new java.util.HashMap<>(EXTERNAL_STAGING);
        external.putAll(GCP);
        assertEquals(List.of("no Cloud SQL instance"), gkeHoldsCloudSql(Graphs.stack("staging", external)));
    }

    @Test
    void onGkeTheBackendLogsInAsItsOwnIdentityThroughTheAuthProxyWithNoPassword() {
        var graph = Graphs.stack("prod", GCP);
        var user = graph.ofType("gcp:sql/user:User").get(0);
        assertEquals("CLOUD_IAM_SERVICE_ACCOUNT", user.at("type"));
        // Cloud SQL refuses the login of an account that does not exist yet: the user is named from the account's email.
        var account = graph.named("fastapi-backend-gsa");
        assertTrue(user.dependencies().contains(account.urn()), String.valueOf(user.dependencies()));
        var roles = graph.ofType("gcp:projects/iAMMember:IAMMember").stream().filter(r -> r.name().startsWith("fastapi-backend-"))
                .map(r -> r.at("role")).toList();
        assertEquals(List.of("roles/cloudsql.client", "roles/cloudsql.instanceUser"), roles);
        var containers = (List<?>) graph.named("fastapi-backend-deployment").at("spec.template.spec.containers");
        var proxy = (Map<?, ?>) containers.get(1);
        assertEquals("cloud-sql-proxy", proxy.get("name"));
        assertTrue(((List<?>) proxy.get("args")).containsAll(List.of("--private-ip", "--auto-iam-authn")), proxy.toString());
        assertEquals(KubernetesRules.SECRET, graph.named("fastapi-backend-database-secret").at("stringData.url"));
    }

    // ---- kind --------------------------------------------------------------------------------------

    @Test
    void devRunsCloudNativePgAndItsStackFileNeedsNoDatabaseSetting() throws Exception {
        assertEquals(List.of(), devRunsCloudNativePg(Graphs.stack("dev")));
        var devFile = Files.readAllLines(Graphs.PROJECT.resolve("Pulumi.dev.yaml"));
        assertTrue(devFile.stream().noneMatch(line -> line.trim().startsWith("studio-platform:database")), devFile.toString());
    }

    /** Twin: with an external database dev runs no CloudNativePG and reads db-secret. */
    @Test
    void theKindRuleFailsForAnExternalDatabase() {
        var problems = devRunsCloudNativePg(Graphs.stack("dev", EXTERNAL_DEV));
        assertTrue(problems.contains("no cloudnative-pg release") && problems.contains("0 CloudNativePG Clusters"), problems.toString());
    }

    // ---- the backend's egress ----------------------------------------------------------------------

    @Test
    void theBackendReachesExactlyItsDatabase() {
        assertEquals(List.of(), egressIsExactly(Graphs.stack("dev"), List.of(Map.of(
                "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "studio")),
                "podSelector", Map.of("matchLabels", Map.of("cnpg.io/cluster", "studio-db")))), 5432));
        // The database subnets, one per zone, in prod's reserved eighth 10.42.224.0/19.
        assertEquals(List.of(), egressIsExactly(Graphs.stack("prod"), List.of(block("10.42.224.0/22"), block("10.42.228.0/22"),
                block("10.42.232.0/22")), 5432));
        assertEquals(List.of(), egressIsExactly(Graphs.stack("prod", GCP), List.of(block("172.18.0.0/20")), 3307));
    }

    /** Twin, and external mode's own rule: today's databaseCidr on its port. */
    @Test
    void externalModeKeepsTodaysBehaviour() {
        var staging = Graphs.stack("staging", EXTERNAL_STAGING);
        assertEquals(List.of(), egressIsExactly(staging, List.of(block("10.41.240.0/24")), 5432));
        assertFalse(egressIsExactly(Graphs.stack("staging"), List.of(block("10.41.240.0/24")), 5432).isEmpty());
        var synced = staging.named("fastapi-backend-database-secret");
        assertEquals("studio-staging-database-url", synced.at("spec.data.0.remoteRef.key"));
        assertEquals(null, synced.at("spec.target.template"));
        var dev = Graphs.stack("dev", EXTERNAL_DEV);
        var secret = dev.named("fastapi-backend-database-secret");
        assertEquals("kubernetes:core/v1:Secret", secret.type());
        assertEquals(Map.of("url", KubernetesRules.SECRET), secret.at("stringData"));
        assertEquals(Map.of("secretKeyRef", Map.of("name", "db-secret", "key", "url")), databaseUrl(dev));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static ResourceGraph graph(String stack) {
        return Graphs.stack(stack);
    }

    private static Map<String, Object> block(String cidr) {
        return Map.of("ipBlock", Map.of("cidr", cidr));
    }

    private static Object databaseUrl(ResourceGraph graph) {
        var containers = (List<?>) graph.named("fastapi-backend-deployment").at("spec.template.spec.containers");
        for (var env : (List<?>) ((Map<?, ?>) containers.get(0)).get("env")) {
            if ("DATABASE_URL".equals(((Map<?, ?>) env).get("name"))) {
                return ((Map<?, ?>) env).get("valueFrom");
            }
        }
        return null;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : -1;
    }

    private static void expect(List<String> problems, RecordedResource resource, String path, Object expected) {
        var actual = resource.at(path);
        if (expected instanceof Integer && actual instanceof Number n ? n.intValue() != (Integer) expected : !Objects.equals(expected, actual)) {
            problems.add(path + " is " + actual + ", not " + expected);
        }
    }

    private static java.util.Optional<RecordedResource> dependency(ResourceGraph graph, RecordedResource resource, String type) {
        return graph.ofType(type).stream().filter(resource::dependsOn).findFirst();
    }

    private static boolean dependsOnType(ResourceGraph graph, RecordedResource resource, String type) {
        return dependency(graph, resource, type).isPresent();
    }
}
