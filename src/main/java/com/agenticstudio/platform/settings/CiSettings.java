package com.agenticstudio.platform.settings;

import java.util.Optional;

/**
 * The CI identity a cloud stack declares for its GitHub deploy job: which repository, and which GitHub
 * environment of it, may deploy this stack. Absent (no {@code ciRepository}) nothing is declared.
 *
 * @param repository          {@code owner/name} of the GitHub repository whose workflows deploy this stack
 * @param environment         the GitHub environment of the deploy job (deploy.yml: {@code staging}, {@code prod});
 *                            GitHub puts it in the OIDC token's subject, {@code repo:<owner>/<name>:environment:<env>}
 * @param awsOidcProviderArn  AWS only: an existing GitHub OIDC provider of the account to trust instead of declaring
 *                            one (IAM allows one provider per issuer and account, so the second stack in an account reuses it)
 */
public record CiSettings(String repository, String environment, Optional<String> awsOidcProviderArn) {
    /** GitHub's owner names: letters, digits and single inner hyphens, at most 39 characters. */
    static final String OWNER = "[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}";
    /** GitHub's repository names: letters, digits, '.', '-' and '_', at most 100 characters, never '.' or '..'. */
    static final String NAME = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}";
    /**
     * Environment names this program accepts: letters, digits, '.', '-' and '_'. GitHub allows more (spaces),
     * but nothing here may carry a wildcard ('*', '?') or the subject's separator (':').
     */
    static final String ENVIRONMENT = "[A-Za-z0-9._-]{1,255}";

    /** The OIDC subject GitHub gives a job of this repository that runs in this environment. */
    public String deploySubject() {
        return "repo:" + repository + ":environment:" + environment;
    }

    static Optional<CiSettings> read(SettingsReader in, Environment env, ClusterSettings.Placement placement) {
        var repository = in.optional("ciRepository");
        var environment = in.optional("ciEnvironment");
        var providerArn = in.optional("ciAwsOidcProviderArn");
        repository.filter(r -> !r.matches(OWNER + "/" + NAME)).ifPresent(r -> in.problem("ciRepository", r,
                "must be the GitHub repository as owner/name (letters, digits, '-' in the owner; letters, digits, '.', '-', '_'"
                        + " in the name; no wildcard), or empty to declare no CI identity"));
        if (repository.isPresent() && placement.cloud() == Cloud.KIND) {
            in.problem("ciRepository", repository.get(), "a kind cluster has no cloud account for CI to sign in to; leave it empty");
        }
        environment.filter(e -> !e.matches(ENVIRONMENT)).ifPresent(e -> in.problem("ciEnvironment", e,
                "must be a GitHub environment name of letters, digits, '.', '-' and '_' (no wildcard, no ':'),"
                        + " or empty for the stack's environment (" + env.id() + ")"));
        if (environment.isPresent() && repository.isEmpty()) {
            in.problem("ciEnvironment", environment.get(), "needs studio-platform:ciRepository, the repository whose environment it is");
        }
        if (providerArn.isPresent()) {
            if (!(placement instanceof ClusterSettings.Aws aws)) {
                in.problem("ciAwsOidcProviderArn", providerArn.get(), "only an AWS stack trusts an IAM OIDC provider; leave it empty");
            } else if (repository.isEmpty()) {
                in.problem("ciAwsOidcProviderArn", providerArn.get(), "needs studio-platform:ciRepository, the repository it admits");
            } else {
                var expected = "arn:" + partition(aws.region()) + ":iam::" + aws.accountId()
                        + ":oidc-provider/token.actions.githubusercontent.com";
                if (!providerArn.get().equals(expected)) {
                    in.problem("ciAwsOidcProviderArn", providerArn.get(), "must be the GitHub OIDC provider of account "
                            + aws.accountId() + ", " + expected + ", or empty to declare it in this stack");
                }
            }
        }
        var subject = "repo:" + repository.orElse("") + ":environment:" + environment.orElse(env.id());
        if (repository.isPresent() && placement.cloud() == Cloud.GCP && subject.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 127) {
            in.problem("ciRepository", repository.get(), "GCP maps the token's subject (" + subject + ") to google.subject,"
                    + " which holds at most 127 bytes; use a shorter studio-platform:ciEnvironment");
        }
        return repository.map(r -> new CiSettings(r, environment.orElse(env.id()), providerArn));
    }

    private static String partition(String region) {
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return region.startsWith("cn-") ? "aws-cn" : "aws";
    }
}
