package com.agenticstudio.platform.check;

import com.agenticstudio.platform.bindings.command.CommandPlugin;
import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.plan.PlanDiff;
import com.agenticstudio.platform.plan.PlanFiles;
import com.agenticstudio.platform.plan.StackConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The rules the test suite enforces on every stack, run against a plan directory: the manifest rules
 * ({@link KubernetesRules}) over manifests.yaml and the graph rules ({@link ArchitectureRules}) over
 * resources.json. A user who plans with {@code --set} gets the same verdict as the tests.
 */
public final class PlanCheck {

    /** A named rule over a plan's files; one line per violation. */
    public record Check(String name, Function<PlanFiles, List<String>> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One violation, naming the rule and the object. */
    public record Violation(String rule, String message) {
        @Override
        public String toString() {
            return "[" + rule + "] " + message;
        }
    }

    public static final List<Check> ALL;

    static {
        var checks = new ArrayList<Check>();
        // The Services the charts render stand in beside the plan's own objects (the plan does not expand releases).
        for (var rule : KubernetesRules.ALL) {
            checks.add(new Check(rule.name(), files -> rule.apply(ChartServices.withStandIns(files.manifests(), files.graph()))));
        }
        checks.add(new Check("every ServiceMonitor selects a Service and names one of its ports",
                files -> MonitoringRules.serviceMonitorsSelectServicePorts(ChartServices.withStandIns(files.manifests(), files.graph()))));
        checks.add(new Check("nothing stateful tolerates the spot taint",
                files -> SpotRules.nothingStatefulToleratesSpot(files.graph())));
        checks.add(new Check("each non-critical workload tolerates the spot taint, prefers spot nodes and runs best effort",
                files -> SpotRules.nonCriticalWorkloadsPreferSpot(files.graph())));
        checks.add(new Check("every alert has a severity, a summary, a description and a runbook link",
                files -> MonitoringRules.alertsHaveSeverityAndRunbook(files.manifests())));
        checks.add(new Check("every manifest has apiVersion, kind, name and, where namespaced, a namespace",
                files -> KubernetesRules.manifestsAreWellFormed(files.manifests())));
        checks.add(new Check("no secret placeholder appears in plain text", files -> {
            var documents = new LinkedHashMap<String, Object>();
            files.resources().forEach(r -> documents.put(r.urn(), r.inputs()));
            documents.put("stack outputs", files.outputs());
            return KubernetesRules.secretValuesNeverAppear(documents, List.of(StackConfig.SECRET_PLACEHOLDER));
        }));
        checks.add(new Check("every Kubernetes resource uses the cluster layer's provider",
                files -> ArchitectureRules.kubernetesResourcesUseTheClusterProvider(files.graph())));
        checks.add(new Check("every cloud and command resource uses an explicit provider",
                files -> ArchitectureRules.cloudResourcesUseAnExplicitProvider(files.graph())));
        checks.add(new Check("Kubernetes objects and providers pin plugin " + KubernetesProviders.PLUGIN_VERSION,
                files -> ArchitectureRules.pluginsPinned(files.graph(), "kubernetes", KubernetesProviders.PLUGIN_VERSION)));
        checks.add(new Check("commands pin plugin " + CommandPlugin.VERSION,
                files -> ArchitectureRules.pluginsPinned(files.graph(), "command", CommandPlugin.VERSION)));
        checks.add(new Check("AWS and GCP resources and providers pin plugins " + CloudPlugins.AWS + " and " + CloudPlugins.GCP,
                files -> java.util.stream.Stream.concat(ArchitectureRules.pluginsPinned(files.graph(), "aws", CloudPlugins.AWS).stream(),
                        ArchitectureRules.pluginsPinned(files.graph(), "gcp", CloudPlugins.GCP).stream()).toList()));
        checks.add(new Check("components carry studio:<area>:<Name> type tokens",
                files -> ArchitectureRules.componentsHaveStudioTypeTokens(files.graph())));
        checks.add(new Check("a privileged namespace is declared so by its add-on with the reason",
                files -> ArchitectureRules.privilegedNamespacesSayWhy(files.graph())));
        checks.add(new Check("an add-on waits only for the add-ons it declares",
                files -> ArchitectureRules.addonsWaitOnlyForDeclaredAddons(files.graph())));
        checks.add(new Check("every custom resource waits for the Helm release that installs its CRD",
                files -> ArchitectureRules.customResourcesWaitForAReleaseWithTheirCrd(files.graph())));
        checks.add(new Check("every add-on container has CPU and memory requests and a memory limit",
                files -> ArchitectureRules.addonContainersHaveRequestsAndMemoryLimits(files.graph())));
        checks.add(new Check("the longest chain of waits has at most " + ArchitectureRules.MAX_CHAIN + " resources",
                files -> ArchitectureRules.chainLongerThan(files.graph(), ArchitectureRules.MAX_CHAIN)));
        ALL = List.copyOf(checks);
    }

    /** Compared with the plan before the change: the rule that needs two plans. */
    public static final String NO_PROTECTED_REPLACEMENT = "no protected resource is replaced or deleted";

    private PlanCheck() {
    }

    /** Every violation of every rule; a rule that cannot read the plan reports that as its violation. */
    public static List<Violation> run(PlanFiles files, PlanFiles before) {
        var violations = new ArrayList<Violation>();
        for (var check : ALL) {
            try {
                check.check().apply(files).forEach(v -> violations.add(new Violation(check.name(), v)));
            } catch (RuntimeException e) {
                violations.add(new Violation(check.name(), "cannot judge this plan: " + e.getMessage()));
            }
        }
        if (before != null) {
            PlanDiff.between(before, files).critical().stream().filter(PlanDiff.Change::isProtected)
                    .forEach(c -> violations.add(new Violation(NO_PROTECTED_REPLACEMENT, c.type() + " " + c.name()
                            + (c.newName() == null ? "" : " -> " + c.newName()) + " is "
                            + (c.kind() == PlanDiff.Kind.DELETE ? "deleted" : "replaced") + (c.why() == null ? "" : ": " + c.why()))));
        }
        return violations;
    }

    /** How many rules a run judges. */
    public static int ruleCount(boolean withBefore) {
        return ALL.size() + (withBefore ? 1 : 0);
    }
}
