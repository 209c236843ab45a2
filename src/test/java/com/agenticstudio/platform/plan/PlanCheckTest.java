package com.agenticstudio.platform.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.check.PlanCheck;
import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** `plan check` over the plan files of every variant, and its twins. */
class PlanCheckTest {
    @TempDir
    Path dir;

    static List<Stack> stacks() {
        return Stacks.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyRuleHoldsOnThePlanOfEveryVariant(Stack stack) {
        var plan = PlanDirs.write(dir.resolve("plan"), stack.name(), stack.overrides());
        var result = PlanDirs.plan("check", plan.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains(PlanCheck.ruleCount(false) + " rules, all hold"), result.out());
    }

    /** Twin: manifests.yaml edited by hand to drop the backend container's limits. */
    @Test
    @SuppressWarnings("unchecked")
    void aContainerWithoutLimitsFailsNamingTheRuleAndTheObject() throws Exception {
        var plan = PlanDirs.write(dir.resolve("plan"), "prod", Map.of());
        var file = plan.resolve(PlanWriter.MANIFESTS);
        var documents = new java.util.ArrayList<Object>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file)).forEach(documents::add);
        var deployment = (Map<String, Object>) documents.stream()
                .map(d -> (Map<String, Object>) d)
                .filter(d -> "Deployment".equals(d.get("kind")) && "fastapi-backend".equals(((Map<String, Object>) d.get("metadata")).get("name")))
                .findFirst().orElseThrow();
        var container = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                deployment.get("spec")).get("template")).get("spec")).get("containers")).get(0);
        ((Map<String, Object>) container.get("resources")).remove("limits");
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setExplicitStart(true);
        Files.writeString(file, new Yaml(options).dumpAll(documents.iterator()));

        var result = PlanDirs.plan("check", plan.toString());
        assertEquals(1, result.code(), result.out());
        var name = container.get("name");
        assertTrue(result.out().contains("FAIL [every container has requests, limits and probes] Deployment studio/fastapi-backend container "
                + name + " has no cpu limit"), result.out());
        assertTrue(result.out().contains("1 broken, 2 violations"), result.out());
    }

    /** Twin: against the plan before a cluster rename, the protected resources' replacement fails the check. */
    @Test
    void aProtectedReplacementFailsTheCheckAgainstThePlanBefore() {
        var before = PlanDirs.write(dir.resolve("before"), "prod", Map.of());
        var after = PlanDirs.write(dir.resolve("after"), "prod", PlanDiffTest.RENAMED);
        assertEquals(0, PlanDirs.plan("check", after.toString()).code(), "the new plan alone breaks no rule");
        var result = PlanDirs.plan("check", "--against", before.toString(), after.toString());
        assertEquals(1, result.code());
        assertTrue(result.out().contains("FAIL [" + PlanCheck.NO_PROTECTED_REPLACEMENT + "] aws:eks/cluster:Cluster studio-prod-eks -> "
                + "studio-prod2-eks is replaced"), result.out());
    }

    /** Twin: a graph rule, from resources.json alone: a command edited onto the default provider. */
    @Test
    void aCommandOnTheDefaultProviderFailsTheGraphRule() throws Exception {
        var plan = PlanDirs.write(dir.resolve("plan"), "dev", Map.of());
        var file = plan.resolve(PlanWriter.RESOURCES);
        var text = Files.readString(file);
        var edited = text.replaceFirst("(\"type\": \"command:local:Command\",\\s*\"name\": \"[^\"]+\",\\s*\"custom\": true,\\s*"
                + "\"parent\": (?:\"[^\"]*\"|null),\\s*\"provider\": )\"[^\"]+\"", "$1null");
        assertTrue(!edited.equals(text), "the plan has a command to edit");
        Files.writeString(file, edited);
        var result = PlanDirs.plan("check", plan.toString());
        assertEquals(1, result.code());
        assertTrue(result.out().contains("FAIL [every cloud and command resource uses an explicit provider] urn:pulumi:dev::"), result.out());
    }
}
