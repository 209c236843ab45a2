package com.agenticstudio.platform.addons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Requirements decide the deploy order and carry typed results; everything else about the list is refused or ignored. */
class AddonInstallerTest {
    private static final AddonId<String> CRDS = AddonId.of("crds", String.class);
    private static final AddonId<String> ISSUERS = AddonId.of("issuers", String.class);
    private static final AddonId<String> EDGE = AddonId.of("edge", String.class);
    private static final AddonId<String> METRICS = AddonId.of("metrics", String.class);

    /** An add-on that needs no engine: its result is what {@code deploy} makes of its context. */
    private static <T> Addon<T> addon(AddonId<T> id, List<AddonId<?>> requires, Function<AddonContext, T> deploy) {
        return new Addon<>() {
            @Override
            public AddonId<T> id() {
                return id;
            }

            @Override
            public List<AddonId<?>> requires() {
                return requires;
            }

            @Override
            public T deploy(AddonContext context) {
                return deploy.apply(context);
            }
        };
    }

    private static Addon<String> named(AddonId<String> id, AddonId<?>... requires) {
        return addon(id, List.of(requires), context -> id.name());
    }

    private static AddonInstaller.Installed install(List<? extends Addon<?>> addons) {
        return AddonInstaller.install(addons, null, null);
    }

    private static List<String> order(AddonInstaller.Installed installed) {
        return installed.results().keySet().stream().map(AddonId::name).toList();
    }

    /** The rule: each add-on comes after every add-on it requires. */
    static List<String> outOfOrder(List<String> order, List<? extends Addon<?>> addons) {
        var violations = new ArrayList<String>();
        for (var addon : addons) {
            for (var required : addon.requires()) {
                if (order.indexOf(required.name()) > order.indexOf(addon.id().name())) {
                    violations.add(addon.id() + " before " + required);
                }
            }
        }
        return violations;
    }

    // issuers needs crds and edge, edge needs crds, metrics needs nothing.
    private static final List<Addon<String>> ADDONS = List.of(
            named(ISSUERS, CRDS, EDGE), named(EDGE, CRDS), named(CRDS), named(METRICS));

    private static List<List<Addon<String>>> permutations(List<Addon<String>> addons) {
        if (addons.isEmpty()) {
            return List.of(List.of());
        }
        var all = new ArrayList<List<Addon<String>>>();
        for (var first : addons) {
            var rest = new ArrayList<>(addons);
            rest.remove(first);
            for (var tail : permutations(rest)) {
                var permutation = new ArrayList<Addon<String>>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }

    @Test
    void requirementsBecomeTheDeployOrderWhateverTheDeclarationOrder() {
        var permutations = permutations(ADDONS);
        assertEquals(24, permutations.size());
        for (var declared : permutations) {
            var deployed = new ArrayList<String>();
            var recording = declared.stream().map(a -> addon(a.id(), a.requires(), context -> {
                deployed.add(a.id().name());
                return a.deploy(context);
            })).toList();
            var installed = install(recording);
            assertEquals(List.of(), outOfOrder(deployed, declared), "declared " + declared.stream().map(a -> a.id().name()).toList());
            assertEquals(deployed, order(installed), "the results come in deploy order");
        }
    }

    @Test
    void theDeclarationOrderAloneBreaksTheOrderRule() {
        var declared = ADDONS.stream().map(a -> a.id().name()).toList();
        assertEquals(List.of("issuers before crds", "issuers before edge", "edge before crds"), outOfOrder(declared, ADDONS));
    }

    @Test
    void aRequiredAddonsTypedResultReachesTheAddonThatDeclaredIt() {
        var port = AddonId.of("port", Integer.class);
        var installed = install(List.of(
                addon(EDGE, List.of(port), context -> "listens on " + (context.require(port) + 1)),
                addon(port, List.of(), context -> 8079)));
        String edge = installed.get(EDGE);
        assertEquals("listens on 8080", edge);
        assertEquals(8079, installed.get(port));
        assertEquals(Optional.empty(), installed.find(METRICS));
        var error = assertThrows(IllegalArgumentException.class, () -> installed.get(METRICS));
        assertEquals("add-on metrics is not installed on this cluster", error.getMessage());
    }

    @Test
    void readingAnAddonThatWasNotDeclaredThrows() {
        var error = assertThrows(IllegalStateException.class, () -> install(List.of(
                named(CRDS),
                addon(ISSUERS, List.of(), context -> context.require(CRDS)))));
        assertEquals("add-on issuers reads crds without declaring it in requires()", error.getMessage());
    }

    @Test
    void aRequirementThatIsNotInstalledIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> install(List.of(named(ISSUERS, CRDS))));
        assertEquals("add-on issuers requires crds, which is not installed", error.getMessage());
    }

    @Test
    void anAddonListedTwiceIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> install(List.of(named(CRDS), named(METRICS), named(CRDS))));
        assertEquals("add-on crds is listed twice", error.getMessage());
    }

    @Test
    void twoAddonsOfOneNameAreRefusedWhateverTheirResults() {
        var edgeAsText = AddonId.of("edge", String.class);
        var edgeAsNumber = AddonId.of("edge", Integer.class);
        Addon<String> a = new Addon<>() {
            public AddonId<String> id() {
                return edgeAsText;
            }

            public String deploy(AddonContext context) {
                return "x";
            }
        };
        Addon<Integer> b = new Addon<>() {
            public AddonId<Integer> id() {
                return edgeAsNumber;
            }

            public Integer deploy(AddonContext context) {
                return 1;
            }
        };
        var error = assertThrows(IllegalArgumentException.class, () -> install(List.of(a, b)));
        assertEquals("add-on edge is listed twice", error.getMessage());
    }

    @Test
    void aCycleNamesOnlyTheAddonsInItNotThoseWaitingBehindIt() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> install(List.of(named(METRICS, EDGE), named(EDGE, ISSUERS), named(ISSUERS, EDGE))));
        assertEquals("add-on requirements form a cycle among [edge, issuers]", error.getMessage());
    }

    @Test
    void aCycleIsRefusedNamingTheAddonsInIt() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> install(List.of(named(METRICS), named(EDGE, ISSUERS), named(ISSUERS, EDGE))));
        assertEquals("add-on requirements form a cycle among [edge, issuers]", error.getMessage());
    }

    @Test
    void inTheEngineAnAddonWaitsForWhatItReadsFromItsRequirementAndTheRestWaitForNothing() {
        var crds = AddonId.of("crds", Namespace.class);
        var issuers = AddonId.of("issuers", Namespace.class);
        var metrics = AddonId.of("metrics", Namespace.class);
        Function<AddonId<Namespace>, Function<AddonContext, Namespace>> namespace = id -> context -> new Namespace(id.name(),
                NamespaceArgs.builder().metadata(ObjectMetaArgs.builder().name(id.name()).build()).build(),
                KubeOptions.of(context.cluster(), context.parent(), context.declared().stream()
                        .map(required -> (Resource) context.require(required)).toArray(Resource[]::new)));
        var graph = Graphs.component(Cloud.KIND, cluster -> AddonInstaller.install(List.of(
                addon(issuers, List.of(crds), namespace.apply(issuers)),
                addon(metrics, List.of(), namespace.apply(metrics)),
                addon(crds, List.of(), namespace.apply(crds))),
                cluster, new ComponentResource("studio:platform:Platform", "platform", ComponentResourceOptions.Empty)));
        var platform = graph.named("platform");
        assertTrue(graph.named("issuers").dependsOn(graph.named("crds")));
        assertEquals(List.of(), graph.named("crds").dependencies());
        assertEquals(List.of(), graph.named("metrics").dependencies(), "an add-on that requires nothing waits for nothing");
        for (var name : List.of("crds", "issuers", "metrics")) {
            assertEquals(platform.urn(), graph.named(name).parent(), name + " is parented under the platform");
        }
    }
}
