package com.agenticstudio.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the source, read as text so that a fully qualified name counts as much as an import:
 * settings -> cluster -> kube -> add-ons -> workload flows one way, and the root package (Main, the
 * program, its command line) is the one place that sees every layer.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src/main/java/com/agenticstudio/platform");
    private static final Pattern REFERENCE = Pattern.compile("com\\.agenticstudio\\.platform\\.([a-z]\\w*|[A-Z]\\w*)");
    private static final String ROOT = "(root)";

    /** Each top-level package and the other top-level packages its files name. */
    static Map<String, Set<String>> references(Map<String, String> sourcesByPath) {
        var graph = new TreeMap<String, Set<String>>();
        sourcesByPath.forEach((path, source) -> {
            var from = path.contains("/") ? path.substring(0, path.indexOf('/')) : ROOT;
            var to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            var matcher = REFERENCE.matcher(source);
            while (matcher.find()) {
                var name = matcher.group(1);
                var target = Character.isUpperCase(name.charAt(0)) ? ROOT : name;
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        });
        return graph;
    }

    /** One line per package that reaches itself again, with the way round. */
    static List<String> cycles(Map<String, Set<String>> graph) {
        var found = new ArrayList<String>();
        for (var start : graph.keySet()) {
            var path = shortestWayBack(graph, start);
            if (!path.isEmpty()) {
                found.add(String.join(" -> ", path));
            }
        }
        return found;
    }

    private static List<String> shortestWayBack(Map<String, Set<String>> graph, String start) {
        var previous = new TreeMap<String, String>();
        var queue = new ArrayList<>(List.of(start));
        for (int i = 0; i < queue.size(); i++) {
            var at = queue.get(i);
            for (var next : graph.getOrDefault(at, Set.of())) {
                if (next.equals(start)) {
                    var path = new ArrayList<>(List.of(start));
                    for (var step = at; step != null && !step.equals(start); step = previous.get(step)) {
                        path.add(1, step);
                    }
                    path.add(start);
                    return path;
                }
                if (!previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    private static Map<String, String> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            var sources = new TreeMap<String, String>();
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    sources.put(SOURCES.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noPackageReachesItselfAgain() {
        var graph = references(mainSources());
        assertEquals(List.of(), cycles(graph), graph.toString());
    }

    @Test
    void theSettingsAndTheBindingsStandOnNothingOfOurs() {
        var graph = references(mainSources());
        assertEquals(Set.of(), graph.get("settings"));
        assertEquals(Set.of(), graph.get("bindings"));
    }

    @Test
    void nothingButTheRootSeesTheRoot() {
        var graph = references(mainSources());
        graph.forEach((from, to) -> assertFalse(to.contains(ROOT), from + " names a class of the root package"));
    }

    @Test
    void aFullyQualifiedNameBackIntoALowerLayerIsACycle() {
        var sources = Map.of(
                "kube/Capacity.java", "import com.agenticstudio.platform.cluster.NodeCapacity;",
                "cluster/aws/EksNodeGroups.java", "static final String LABEL = com.agenticstudio.platform.kube.Capacity.LABEL;");
        assertEquals(List.of("cluster -> kube -> cluster", "kube -> cluster -> kube"), cycles(references(sources)));
    }

    @Test
    void aLayerThatNamesTheRootIsCaught() {
        var sources = Map.of(
                "Main.java", "import com.agenticstudio.platform.plan.PlanEngine;",
                "plan/PlanEngine.java", "var run = com.agenticstudio.platform.StudioPlatform.define(ctx);");
        var graph = references(sources);
        assertEquals(Set.of(ROOT), graph.get("plan"));
        assertEquals(List.of("(root) -> plan -> (root)", "plan -> (root) -> plan"), cycles(graph));
    }
}
