package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.StudioPlatform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code plan --stack <stack> [--set <key>=<value>]... --out <dir>}: the real program, offline.
 * Exit 0 with the three files written; 1 with one line per problem and nothing written; 2 on usage.
 */
public final class PlanCommand {
    static final String USAGE = "usage: plan --stack <stack> [--set <key>=<value>]... --out <dir>";

    private PlanCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String stack = null;
        Path outDir = null;
        var sets = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            var flag = args[i];
            if (i + 1 >= args.length) {
                err.println("missing value after " + flag + "\n" + USAGE);
                return 2;
            }
            var value = args[++i];
            switch (flag) {
                case "--stack" -> stack = value;
                case "--out" -> outDir = Path.of(value);
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        err.println("--set takes <key>=<value>, got '" + value + "'\n" + USAGE);
                        return 2;
                    }
                    sets.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> {
                    err.println("unknown argument " + flag + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (stack == null || outDir == null) {
            err.println(USAGE);
            return 2;
        }

        long start = System.nanoTime();
        var config = StackConfig.load(Path.of("").toAbsolutePath(), stack, sets);
        var run = PlanEngine.run(config, StudioPlatform::define);
        if (!run.ok()) {
            run.problems().forEach(err::println);
            return 1;
        }
        try {
            PlanWriter.write(run.graph(), outDir);
        } catch (IOException e) {
            err.println("cannot write the plan to " + outDir + ": " + e.getMessage());
            return 1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        summary(run.graph(), stack, outDir, millis, out);
        return 0;
    }

    private static void summary(ResourceGraph graph, String stack, Path outDir, long millis, PrintStream out) {
        Map<String, Long> byType = graph.resources().stream()
                .collect(Collectors.groupingBy(RecordedResource::type, TreeMap::new, Collectors.counting()));
        out.printf("plan of stack %s (%d ms after JVM start) -> %s%n", stack, millis, outDir);
        byType.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        out.printf("  %4d  total (%d Kubernetes objects in %s)%n", graph.resources().size(), graph.manifests().size(),
                PlanWriter.MANIFESTS);
        if (!graph.invokes().isEmpty()) {
            out.println("  provider functions answered with placeholders: " + graph.invokes().stream()
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())));
        }
    }

}
