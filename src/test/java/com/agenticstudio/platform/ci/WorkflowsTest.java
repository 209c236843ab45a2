package com.agenticstudio.platform.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Graphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The workflows' own rules, which actionlint does not check: every action pinned by a full commit SHA
 * with its release in a comment, no permission granted at the top, every job naming its own, deploys
 * serialised per stack, prod behind its environment, no stored cloud key.
 */
class WorkflowsTest {
    static final Path WORKFLOWS = Graphs.PROJECT.resolve(".github/workflows");
    static final Pattern PINNED = Pattern.compile("uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40} # v\\d+(\\.\\d+)*");

    static Stream<Path> workflows() throws IOException {
        try (var files = Files.list(WORKFLOWS)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    /** Lines with a {@code uses:} that is not pinned by a 40-character SHA and commented with its version. */
    static List<String> unpinned(String workflow) {
        return workflow.lines().map(String::trim).map(l -> l.startsWith("- ") ? l.substring(2) : l)
                .filter(l -> l.startsWith("uses:") && !PINNED.matcher(l).matches()).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        return (Map<String, Map<String, Object>>) workflow.get("jobs");
    }

    @Test
    void thereAreThePullRequestPreviewAndDeployWorkflows() throws IOException {
        assertEquals(List.of("deploy.yml", "preview.yml", "pull-request.yml"),
                workflows().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void everyActionIsPinnedByCommitShaWithItsVersion(Path file) throws IOException {
        var text = Files.readString(file);
        assertTrue(text.contains("uses:"), "uses actions");
        assertEquals(List.of(), unpinned(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void nothingIsGrantedAtTheTopAndEveryJobNamesItsPermissions(Path file) throws IOException {
        var workflow = load(file);
        assertEquals(Map.of(), workflow.get("permissions"), "permissions: {} at the top");
        jobs(workflow).forEach((name, job) -> {
            assertTrue(job.get("permissions") instanceof Map<?, ?>, name + " declares its permissions");
            ((Map<?, ?>) job.get("permissions")).forEach((scope, level) ->
                    assertTrue(!"write".equals(level) || List.of("id-token", "pull-requests").contains(scope),
                            name + " writes only what it must: " + scope));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void noCloudKeyIsStored(Path file) throws IOException {
        var text = Files.readString(file);
        for (var key : List.of("aws-access-key-id", "aws-secret-access-key", "credentials_json")) {
            assertTrue(!text.contains(key), key + " in " + file);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void deploysAreSerialisedPerStackAndProdWaitsForItsEnvironment() throws IOException {
        var jobs = jobs(load(WORKFLOWS.resolve("deploy.yml")));
        for (var stack : List.of("staging", "prod")) {
            var job = jobs.get(stack);
            assertEquals(stack, job.get("environment"));
            var concurrency = (Map<String, Object>) job.get("concurrency");
            assertEquals("deploy-" + stack, concurrency.get("group"));
            assertEquals(false, concurrency.get("cancel-in-progress"), "a running deployment is never cancelled");
            assertTrue(job.get("permissions").equals(Map.of("contents", "read", "id-token", "write")), job.get("permissions")::toString);
        }
        assertEquals("staging", jobs.get("prod").get("needs"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheCommentJobWritesToThePullRequestAndItRunsNoCode() throws IOException {
        var jobs = jobs(load(WORKFLOWS.resolve("pull-request.yml")));
        assertEquals(Map.of("contents", "read"), jobs.get("plans").get("permissions"));
        assertEquals(Map.of("pull-requests", "write"), jobs.get("comment").get("permissions"));
        var steps = (List<Map<String, Object>>) jobs.get("comment").get("steps");
        assertTrue(steps.stream().noneMatch(s -> s.containsKey("run")), "the job with write access runs no script");
    }

    /** Twin: a tag, a branch or a short SHA is caught. */
    @Test
    void aTagOrShortShaIsCaught() {
        var lines = new ArrayList<String>();
        lines.add("      - uses: actions/checkout@v4");
        lines.add("      - uses: actions/checkout@11bd719 # v4.2.2");
        lines.add("        uses: pulumi/actions@main");
        lines.add("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683");
        lines.add("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2");
        assertEquals(4, unpinned(String.join("\n", lines)).size());
    }
}
