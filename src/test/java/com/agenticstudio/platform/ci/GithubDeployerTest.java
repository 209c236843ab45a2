package com.agenticstudio.platform.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.check.ArchitectureRules;
import com.agenticstudio.platform.plan.ComputedOutputs;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CI identity: declared only when asked for, on the cloud stacks, trusted for one repository's deploy environment. */
class GithubDeployerTest {
    static final String REPO = "acme/studio-platform";
    static final String ROLE = "aws:iam/role:Role";
    static final String OIDC = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    static final String POOL = "gcp:iam/workloadIdentityPool:WorkloadIdentityPool";
    static final String POOL_PROVIDER = "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider";
    static final List<String> OUTPUTS = List.of(GithubDeployer.AWS_ROLE_ARN, GithubDeployer.GCP_PROVIDER,
            GithubDeployer.GCP_SERVICE_ACCOUNT);

    static ResourceGraph aws(Map<String, String> more) {
        var overrides = new java.util.HashMap<>(more);
        overrides.put("ciRepository", REPO);
        return Graphs.stack("prod", overrides);
    }

    static ResourceGraph gcp() {
        return Graphs.stack("prod", Map.of("cloud", "gcp", "ciRepository", REPO));
    }

    // --- the trust: one subject, no pattern ------------------------------------------------------------

    /**
     * What is wrong with a trust policy that should admit only GitHub's tokens for {@code subject}: one
     * statement, federated to GitHub's provider, StringEquals only (no StringLike, no wildcard), the
     * subject and the STS audience exactly.
     */
    static List<String> trustViolations(String trustPolicy, String providerArn, String subject) {
        var violations = new ArrayList<String>();
        var statements = JsonParser.parseString(trustPolicy).getAsJsonObject().getAsJsonArray("Statement");
        if (statements.size() != 1) {
            return List.of(statements.size() + " statements");
        }
        var statement = statements.get(0).getAsJsonObject();
        if (!"sts:AssumeRoleWithWebIdentity".equals(single(statement.get("Action")))) {
            violations.add("action " + statement.get("Action"));
        }
        var federated = statement.getAsJsonObject("Principal").get("Federated");
        if (federated == null || !providerArn.equals(federated.getAsString())) {
            violations.add("principal " + statement.get("Principal"));
        }
        var conditions = statement.getAsJsonObject("Condition");
        if (conditions == null || !conditions.keySet().equals(java.util.Set.of("StringEquals"))) {
            violations.add("conditions other than exactly StringEquals: " + conditions);
            return violations;
        }
        JsonObject equals = conditions.getAsJsonObject("StringEquals");
        var expected = Map.of(GithubDeployer.ISSUER_HOST + ":sub", subject, GithubDeployer.ISSUER_HOST + ":aud", "sts.amazonaws.com");
        if (!equals.keySet().equals(expected.keySet())) {
            violations.add("condition keys " + equals.keySet());
        }
        expected.forEach((key, value) -> {
            var actual = equals.get(key);
            if (actual == null || !actual.isJsonPrimitive() || !value.equals(actual.getAsString())) {
                violations.add(key + " is " + actual + ", not " + value);
            }
        });
        if (trustPolicy.contains("*") || trustPolicy.contains("?")) {
            violations.add("a wildcard");
        }
        return violations;
    }

    private static String single(JsonElement element) {
        return element.isJsonArray() && element.getAsJsonArray().size() == 1
                ? element.getAsJsonArray().get(0).getAsString()
                : element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    @Test
    void theAwsRoleTrustsOnlyTheRepositorysDeployEnvironmentThroughGithubsProvider() {
        var graph = aws(Map.of());
        var oidc = graph.ofType(OIDC).stream().filter(p -> GithubDeployer.ISSUER.equals(p.at("url"))).toList();
        assertEquals(1, oidc.size(), "one GitHub OIDC provider");
        assertEquals(List.of("sts.amazonaws.com"), oidc.get(0).at("clientIdLists"));
        var role = graph.named("github-deployer-role");
        assertEquals("studio-prod-github-deploy", role.at("name"));
        assertEquals(List.of(), trustViolations((String) role.at("assumeRolePolicy"),
                ComputedOutputs.placeholder(OIDC, "github-deployer-github-oidc", "arn"), "repo:" + REPO + ":environment:prod"));
    }

    @Test
    void aWildcardTrustIsCaughtAndNeverBuilt() {
        var arn = "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com";
        var wide = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"" + arn + "\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":"
                + "\"sts.amazonaws.com\"},\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:acme/*:*\"}}}]}";
        assertFalse(trustViolations(wide, arn, "repo:" + REPO + ":environment:prod").isEmpty(), "the twin is caught");
        var otherBranch = GithubDeployer.trustPolicy(arn, "repo:" + REPO + ":ref:refs/heads/feature").toJson();
        assertFalse(trustViolations(otherBranch, arn, "repo:" + REPO + ":environment:prod").isEmpty(), "another subject is caught");
        assertEquals(List.of(), trustViolations(GithubDeployer.trustPolicy(arn, "repo:" + REPO + ":environment:prod").toJson(),
                arn, "repo:" + REPO + ":environment:prod"));
        assertThrows(IllegalArgumentException.class, () -> GithubDeployer.trustPolicy(arn, "repo:acme/*:*"));
        assertThrows(IllegalArgumentException.class, () -> new GithubDeployer.Options("acme/*", "prod", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new GithubDeployer.Options(REPO, "*", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new GithubDeployer.Options("acme", "prod", Optional.empty()));
    }

    @Test
    void theEnvironmentSettingNamesTheTrustedSubject() {
        var role = aws(Map.of("ciEnvironment", "production")).named("github-deployer-role");
        assertTrue(((String) role.at("assumeRolePolicy")).contains("\"repo:" + REPO + ":environment:production\""));
        assertEquals("prod", Graphs.settings("prod", Map.of("ciRepository", REPO)).ci().orElseThrow().environment());
        assertEquals("staging", Graphs.settings("staging", Map.of("ciRepository", REPO)).ci().orElseThrow().environment());
    }

    @Test
    void aSecondStackInTheAccountTrustsTheExistingProviderAndDeclaresNone() {
        var arn = "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com";
        var graph = aws(Map.of("ciAwsOidcProviderArn", arn));
        assertTrue(graph.ofType(OIDC).stream().noneMatch(p -> GithubDeployer.ISSUER.equals(p.at("url"))));
        assertEquals(List.of(), trustViolations((String) graph.named("github-deployer-role").at("assumeRolePolicy"), arn,
                "repo:" + REPO + ":environment:prod"));
        // It may not manage the shared provider either.
        assertFalse(((String) graph.named("github-deployer-deploy").at("policy")).contains("oidc-provider/token.actions"));
    }

    // --- the AWS permissions ---------------------------------------------------------------------------

    @Test
    void theAwsPermissionsAreScopedToTheClusterWhereIamAllows() {
        var graph = aws(Map.of());
        var policy = (String) graph.named("github-deployer-deploy").at("policy");
        assertTrue(policy.length() < 10_240, "an inline policy has at most 10,240 characters: " + policy.length());
        var statements = JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement");
        for (var element : statements) {
            var statement = element.getAsJsonObject();
            var actions = statement.getAsJsonArray("Action").asList().stream().map(JsonElement::getAsString).toList();
            var resources = statement.getAsJsonArray("Resource").asList().stream().map(JsonElement::getAsString).toList();
            assertFalse(actions.contains("*") || actions.contains("iam:*") || actions.contains("sts:*"), statement::toString);
            // Anything that writes IAM is held to the cluster's role names, the managed policies it attaches and its providers.
            if (actions.stream().anyMatch(a -> a.startsWith("iam:") && !a.startsWith("iam:Get") && !a.startsWith("iam:List"))) {
                assertTrue(resources.stream().allMatch(r -> r.startsWith("arn:aws:iam::222222222222:role/studio-prod-")
                        || r.startsWith("arn:aws:iam::222222222222:oidc-provider/")
                        || r.equals("arn:aws:iam::222222222222:role/aws-service-role/*")), statement::toString);
            }
            // A whole-service grant on every resource is conditioned (the region, a tag).
            if (resources.contains("*") && actions.stream().anyMatch(a -> a.endsWith(":*"))) {
                assertTrue(statement.has("Condition"), statement::toString);
            }
        }
        assertTrue(policy.contains("\"arn:aws:eks:eu-west-1:222222222222:cluster/studio-prod\""));
        assertTrue(policy.contains("\"aws:ResourceTag/studio.platform/cluster\":\"studio-prod\""));
        assertTrue(policy.contains("\"arn:aws:s3:::studio-prod-*-222222222222-eu-west-1\""));
    }

    /** An IAM resource pattern ({@code *} any characters) as a regex. */
    static boolean matches(String pattern, String arn) {
        return arn.matches(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")));
    }

    /** The scoped grants still reach everything the stack declares: its roles, its log group, its buckets. */
    @Test
    void theScopedGrantsCoverWhatTheStackDeclares() {
        var graph = aws(Map.of());
        var policy = (String) graph.named("github-deployer-deploy").at("policy");
        var resources = new ArrayList<String>();
        JsonParser.parseString(policy).getAsJsonObject().getAsJsonArray("Statement")
                .forEach(st -> st.getAsJsonObject().getAsJsonArray("Resource").forEach(r -> resources.add(r.getAsString())));
        var declared = new ArrayList<String>();
        graph.ofType(ROLE).forEach(r -> declared.add("arn:aws:iam::222222222222:role/" + r.at("name")));
        graph.ofType("aws:cloudwatch/logGroup:LogGroup").forEach(r -> declared.add("arn:aws:logs:eu-west-1:222222222222:log-group:" + r.at("name")));
        graph.ofType("aws:s3/bucketV2:BucketV2").forEach(r -> declared.add("arn:aws:s3:::" + r.at("bucket")));
        assertTrue(declared.size() >= 8, declared::toString);
        for (var arn : declared) {
            assertTrue(resources.stream().filter(p -> !p.equals("*")).anyMatch(p -> matches(p, arn)), arn + " is outside the grants");
        }
        assertFalse(resources.stream().filter(p -> !p.equals("*")).anyMatch(p -> matches(p, "arn:aws:iam::222222222222:role/billing-admin")),
                "the twin: another role of the account is outside");
    }

    /** configure-aws-credentials' keys do not refresh: the deploy jobs ask for the session the role allows. */
    @Test
    void theDeployJobsAskForTheSessionTheRoleAllows() throws Exception {
        var role = aws(Map.of()).named("github-deployer-role");
        assertEquals(GithubDeployer.SESSION_SECONDS, ((Number) role.at("maxSessionDuration")).intValue());
        var deploy = java.nio.file.Files.readString(Graphs.PROJECT.resolve(".github/workflows/deploy.yml"));
        var asked = Pattern.compile("role-duration-seconds: (\\d+)").matcher(deploy).results().map(m -> Integer.parseInt(m.group(1))).toList();
        assertEquals(List.of(GithubDeployer.SESSION_SECONDS, GithubDeployer.SESSION_SECONDS), asked);
    }

    @Test
    void theAwsRoleIsAClusterAdminThroughAnAccessEntry() {
        var graph = aws(Map.of());
        var roleArn = ComputedOutputs.placeholder(ROLE, "github-deployer-role", "arn");
        var entry = graph.named("github-deployer-access");
        assertEquals(roleArn, entry.at("principalArn"));
        var admin = graph.named("github-deployer-cluster-admin");
        assertEquals("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", admin.at("policyArn"));
        assertEquals("cluster", admin.at("accessScope.type"));
        assertTrue(entry.dependsOn(graph.named("studio-prod-eks")), "the entry waits for the cluster");
        assertEquals(roleArn, graph.outputs().get(GithubDeployer.AWS_ROLE_ARN));
    }

    // --- GCP ---------------------------------------------------------------------------------------------

    static final Pattern CLAUSE = Pattern.compile("assertion\\.(repository|ref|environment) == '([^'*?]+)'");

    /** What lets a token through besides this repository's main branch in this environment. */
    static List<String> conditionViolations(String condition, String repository, String environment) {
        var clauses = List.of(condition.split(" && "));
        var found = new java.util.TreeMap<String, String>();
        var violations = new ArrayList<String>();
        for (var clause : clauses) {
            var m = CLAUSE.matcher(clause.trim());
            if (!m.matches()) {
                violations.add("clause " + clause);
            } else {
                found.put(m.group(1), m.group(2));
            }
        }
        if (!found.equals(new java.util.TreeMap<>(Map.of("repository", repository, "ref", GithubDeployer.MAIN,
                "environment", environment)))) {
            violations.add("requires " + found);
        }
        return violations;
    }

    @Test
    void theGcpProviderAdmitsOnlyTheRepositorysMainInItsEnvironment() {
        var graph = gcp();
        var pool = graph.ofType(POOL);
        assertEquals(1, pool.size());
        assertEquals("studio-prod-github", pool.get(0).at("workloadIdentityPoolId"));
        var provider = graph.ofType(POOL_PROVIDER).get(0);
        assertEquals(GithubDeployer.ISSUER, provider.at("oidc.issuerUri"));
        assertEquals(List.of(), conditionViolations((String) provider.at("attributeCondition"), REPO, "prod"));
        assertEquals("assertion.sub", ((Map<?, ?>) provider.at("attributeMapping")).get("google.subject"));
        // The twins: a condition without the branch, or on the owner only, is caught.
        assertFalse(conditionViolations("assertion.repository == '" + REPO + "' && assertion.environment == 'prod'", REPO, "prod").isEmpty());
        assertFalse(conditionViolations("assertion.repository_owner == 'acme'", REPO, "prod").isEmpty());
    }

    @Test
    void theGcpServiceAccountIsImpersonatedOnlyByTheEnvironmentsPrincipalSet() {
        var graph = gcp();
        var binding = graph.named("github-deployer-workload-identity-user");
        assertEquals("roles/iam.workloadIdentityUser", binding.at("role"));
        assertEquals("principalSet://iam.googleapis.com/" + ComputedOutputs.placeholder(POOL, "github-deployer-pool", "name")
                + "/attribute.environment/prod", binding.at("member"));
        var roles = graph.ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(r -> r.name().startsWith("github-deployer-")).map(r -> (String) r.at("role")).sorted().toList();
        assertEquals(GithubDeployer.GCP_ROLES.stream().sorted().toList(), roles);
        assertFalse(roles.contains("roles/owner") || roles.contains("roles/editor"));
        assertEquals(List.of(GithubDeployer.GCP_SERVICE_ACCOUNT, GithubDeployer.GCP_PROVIDER),
                graph.outputs().keySet().stream().filter(OUTPUTS::contains).sorted().toList());
    }

    @Test
    void poolIdsAreValidAndNeverGooglesPrefix() {
        for (var cluster : List.of("studio-prod", "gcp-prod", "a", "x".repeat(32))) {
            var id = GithubDeployer.poolId(cluster);
            assertTrue(id.matches("[a-z0-9-]{4,32}") && !id.startsWith("gcp-"), cluster + " -> " + id);
        }
    }

    // --- where nothing is declared -------------------------------------------------------------------

    static boolean declaresACiIdentity(ResourceGraph graph) {
        return graph.resources().stream().anyMatch(r -> r.type().equals(GithubDeployer.TYPE)
                || r.type().equals(POOL) || (r.type().equals(OIDC) && GithubDeployer.ISSUER.equals(r.at("url"))))
                || OUTPUTS.stream().anyMatch(graph.outputs()::containsKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.agenticstudio.platform.testing.Stacks#all")
    void withoutTheSettingNothingIsDeclared(Stacks.Stack stack) {
        assertFalse(declaresACiIdentity(stack.graph()), stack + " declares a CI identity");
    }

    @Test
    void theTwinsDeclareOne() {
        assertTrue(declaresACiIdentity(aws(Map.of())));
        assertTrue(declaresACiIdentity(gcp()));
    }

    @Test
    void kindRefusesTheSettingRatherThanDeclaringNothingSilently() {
        assertEquals(List.of("studio-platform:ciRepository: '" + REPO + "' is not allowed; a kind cluster has no cloud account"
                        + " for CI to sign in to; leave it empty"),
                Graphs.read("dev", Map.of("ciRepository", REPO)).problems());
    }

    // --- the architecture rules hold with it ----------------------------------------------------------

    @Test
    void itLivesInTheClusterLayerOnTheClustersProviders() {
        for (var graph : List.of(aws(Map.of()), gcp())) {
            assertEquals(List.of(), ArchitectureRules.cloudResourcesUseAnExplicitProvider(graph));
            assertEquals(List.of(), ArchitectureRules.componentsHaveStudioTypeTokens(graph));
            assertEquals(4, ArchitectureRules.layerTypes(graph).size(), "still four layers");
            var deployer = graph.ofType(GithubDeployer.TYPE).get(0);
            var parent = graph.byUrn(deployer.parent());
            assertTrue(parent.type().startsWith("studio:cluster:"), parent.type());
            // The cluster's own provider (the database's DR-region provider sits below it, in its component).
            var clusterProvider = graph.resources().stream().filter(r -> r.type().matches("pulumi:providers:(aws|gcp)"))
                    .filter(r -> parent.urn().equals(r.parent()))
                    .map(RecordedResource::urn).toList();
            assertEquals(1, clusterProvider.size());
            graph.resources().stream().filter(r -> r.custom() && deployer.urn().equals(r.parent()))
                    .forEach(r -> assertEquals(clusterProvider.get(0), r.providerUrn(), r.name()));
        }
    }
}
