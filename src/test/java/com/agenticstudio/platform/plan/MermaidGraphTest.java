package com.agenticstudio.platform.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.testing.Stacks;
import com.agenticstudio.platform.testing.Stacks.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `plan graph` prints a Mermaid flowchart whose every line is a declaration, a subgraph or an edge between declared nodes. */
class MermaidGraphTest {
    static final Pattern NODE = Pattern.compile("\\s*([A-Za-z0-9_]+)\\[\"([^\"]*)\"]");
    static final Pattern SUBGRAPH = Pattern.compile("\\s*subgraph ([A-Za-z0-9_]+)\\[\"([^\"]*)\"]");
    static final Pattern EDGE = Pattern.compile("\\s*([A-Za-z0-9_]+) --> ([A-Za-z0-9_]+)");

    @TempDir
    Path dir;

    /** The node ids and edges of a chart, failing on any line that is not valid flowchart syntax of these forms. */
    record Chart(Map<String, String> nodes, List<List<String>> edges) {
    }

    static Chart parse(String chart) {
        var lines = chart.lines().toList();
        assertEquals("flowchart LR", lines.get(0));
        var nodes = new HashMap<String, String>();
        var ids = new HashSet<String>();
        var edges = new ArrayList<List<String>>();
        int depth = 0;
        for (var line : lines.subList(1, lines.size())) {
            var node = NODE.matcher(line);
            var subgraph = SUBGRAPH.matcher(line);
            var edge = EDGE.matcher(line);
            if (subgraph.matches()) {
                assertTrue(ids.add(subgraph.group(1)), "unique id " + line);
                depth++;
            } else if (line.trim().equals("end")) {
                depth--;
                assertTrue(depth >= 0, "end without subgraph");
            } else if (node.matches()) {
                assertTrue(ids.add(node.group(1)), "unique id " + line);
                nodes.put(node.group(1), node.group(2));
            } else if (edge.matches()) {
                edges.add(List.of(edge.group(1), edge.group(2)));
            } else {
                throw new AssertionError("not a Mermaid flowchart line: " + line);
            }
        }
        assertEquals(0, depth, "every subgraph ends");
        for (var e : edges) {
            assertTrue(nodes.containsKey(e.get(0)) && nodes.containsKey(e.get(1)), "edge between declared nodes: " + e);
        }
        return new Chart(nodes, edges);
    }

    static List<Stack> stacks() {
        return Stacks.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theGraphOfEveryVariantIsAValidFlowchartOfTheComponents(Stack stack) {
        var plan = PlanDirs.write(dir.resolve("plan"), stack.name(), stack.overrides());
        var result = PlanDirs.plan("graph", plan.toString());
        assertEquals(0, result.code(), result.err());
        var chart = parse(result.out());
        var byName = new HashMap<String, String>();
        chart.nodes().forEach((id, label) -> byName.put(label.substring(0, label.indexOf("<br/>")), id));
        for (var component : List.of("platform", "envoy-gateway", "cert-manager", "fastapi-backend", "access")) {
            assertTrue(byName.containsKey(component), component + " in " + byName.keySet());
        }
        assertTrue(chart.edges().contains(List.of(byName.get("envoy-gateway"), byName.get("cert-manager"))),
                "cert-manager waits for the edge: " + chart.edges());
        assertTrue(chart.nodes().values().stream().noneMatch(label -> label.contains(":Deployment")), "custom resources are folded");
    }

    @Test
    void fencedForMarkdown() {
        var plan = PlanDirs.write(dir.resolve("plan"), "prod", Map.of());
        var out = PlanDirs.plan("graph", "--fenced", plan.toString()).out();
        assertTrue(out.startsWith("```mermaid\nflowchart LR\n") && out.endsWith("```\n"), out);
    }

    /** Twin: names that would break Mermaid (quotes, brackets, spaces) give safe ids and escaped labels. */
    @Test
    void awkwardNamesGiveSafeIdsAndEscapedLabels() {
        var options = new RecordedResource.Options(false, false, List.of(), false, null, List.of(), null);
        var stack = new RecordedResource("urn:pulumi:t::p::pulumi:pulumi:Stack::p-t", "pulumi:pulumi:Stack", "p-t", false, null, null,
                List.of(), options, Map.of());
        var a = new RecordedResource("urn:pulumi:t::p::studio:x:A::we\"ird <a>", "studio:x:A", "we\"ird <a>", false, stack.urn(), null,
                List.of(), options, Map.of());
        var b = new RecordedResource("urn:pulumi:t::p::studio:x:B::b b", "studio:x:B", "b b", false, stack.urn(), null,
                List.of(a.urn()), options, Map.of());
        var chart = parse(MermaidGraph.render(List.of(stack, a, b)));
        assertEquals(2, chart.nodes().size());
        assertEquals(1, chart.edges().size());
        assertFalse(chart.nodes().values().stream().anyMatch(l -> l.contains("<a>")), chart.nodes().toString());
    }
}
