package com.agenticstudio.platform;

import com.agenticstudio.platform.check.PlanCheck;
import com.agenticstudio.platform.plan.DiffReport;
import com.agenticstudio.platform.plan.MermaidGraph;
import com.agenticstudio.platform.plan.PlanDiff;
import com.agenticstudio.platform.plan.PlanEngine;
import com.agenticstudio.platform.plan.PlanFiles;
import com.agenticstudio.platform.plan.PlanWriter;
import com.agenticstudio.platform.plan.RecordedResource;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.plan.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan}: the real program offline, and what reviewers and CI do with its files.
 * <ul>
 *   <li>{@code plan run --stack <stack> [--set <key>=<value>]... --out <dir>} (also without {@code run}, as before):
 *       exit 0 with the three files written; 1 with one line per problem and nothing written; 2 on usage;</li>
 *   <li>{@code plan diff <before-dir> <after-dir>}: what changes, for a pull-request comment;</li>
 *   <li>{@code plan graph <dir>}: the component graph as a Mermaid flowchart;</li>
 *   <li>{@code plan check <dir>}: the rules the tests enforce, over any plan directory.</li>
 * </ul>
 */
@Command(name = "plan", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        version = "studio-platform plan 0.1.0",
        description = "Runs the program offline and writes its plan (resources.json, manifests.yaml, outputs.json), "
                + "or reads plans: diff two, draw one, check one. Without a subcommand it is plan run.",
        subcommands = {PlanCommand.Run.class, PlanCommand.Diff.class, PlanCommand.Graph.class, PlanCommand.Check.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan is written", "1:bad settings (one line each), nothing written", "2:usage error"})
public final class PlanCommand implements Callable<Integer> {
    public static final String USAGE = "usage: plan --stack <stack> [--set <key>=<value>]... --out <dir>  (see plan --help)";

    /** Exit code of {@code plan diff --fail-on-protected-replacement} when a protected or data-holding resource is replaced or deleted. */
    public static final int PROTECTED_REPLACEMENT = 3;

    @Option(names = "--stack", paramLabel = "<stack>", description = "the stack file Pulumi.<stack>.yaml to plan")
    String stack;

    @Option(names = "--set", paramLabel = "<key>=<value>", description = "override one setting, e.g. studio-platform:cloud=gcp")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<dir>", description = "where to write the three files")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PlanCommand() {
    }

    /** Runs {@code plan <args>}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var line = new CommandLine(new PlanCommand());
        line.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setParameterExceptionHandler((e, arguments) -> {
            var cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            cmd.getErr().println(cmd.getCommandName().equals("plan") || cmd.getCommandName().equals("run")
                    ? USAGE : "usage: " + cmd.getCommandSpec().qualifiedName() + " ... (see --help)");
            return CommandLine.ExitCode.USAGE;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        return plan(spec, stack, sets, out);
    }

    static int plan(CommandLine.Model.CommandSpec spec, String stack, List<String> setArgs, Path outDir) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (stack == null || outDir == null) {
            err.println(stack == null && outDir == null && setArgs.isEmpty() ? USAGE : "--stack and --out are both required\n" + USAGE);
            return CommandLine.ExitCode.USAGE;
        }
        var sets = new LinkedHashMap<String, String>();
        for (var value : setArgs) {
            int eq = value.indexOf('=');
            if (eq < 1) {
                err.println("--set takes <key>=<value>, got '" + value + "'\n" + USAGE);
                return CommandLine.ExitCode.USAGE;
            }
            sets.put(value.substring(0, eq), value.substring(eq + 1));
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

    private static void summary(ResourceGraph graph, String stack, Path outDir, long millis, PrintWriter out) {
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
        out.flush();
    }

    private static PlanFiles read(CommandLine.Model.CommandSpec spec, Path dir) {
        try {
            return PlanFiles.read(dir);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("cannot read the plan in " + dir + ": " + e.getMessage());
            return null;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, version = "studio-platform plan 0.1.0", sortOptions = false,
            description = "Runs the program offline for one stack and writes its plan.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the plan is written", "1:bad settings (one line each), nothing written", "2:usage error"})
    static final class Run implements Callable<Integer> {
        @Option(names = "--stack", required = true, paramLabel = "<stack>", description = "the stack file Pulumi.<stack>.yaml to plan")
        String stack;

        @Option(names = "--set", paramLabel = "<key>=<value>", description = "override one setting, e.g. studio-platform:cloud=gcp")
        List<String> sets = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "<dir>", description = "where to write the three files")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return plan(spec, stack, sets, out);
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, version = "studio-platform plan 0.1.0", sortOptions = false,
            description = "Compares two plans of one stack: resources added, deleted, updated (changed inputs, old and new "
                    + "values; secrets stay [secret]) and replaced, protected or data-holding replacements first.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:compared", "1:a plan directory cannot be read", "2:usage error",
                    "3:with --fail-on-protected-replacement, a protected or data-holding resource is replaced or deleted"})
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<before-dir>", description = "the plan before the change (the base branch)")
        Path before;

        @Parameters(index = "1", paramLabel = "<after-dir>", description = "the plan after the change (the pull request)")
        Path after;

        @Option(names = "--format", paramLabel = "markdown|text", defaultValue = "text",
                description = "markdown for a pull-request comment, text for a terminal (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--name", paramLabel = "<name>", description = "the name to report, e.g. prod-gcp (default: the stack in the URNs)")
        String name;

        @Option(names = "--summary", description = "print only the one-line summary")
        boolean summaryOnly;

        @Option(names = "--fail-on-protected-replacement",
                description = "exit 3 when a protected or data-holding resource is replaced or deleted")
        boolean failOnProtected;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!format.equals("markdown") && !format.equals("text")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format is markdown or text, not '" + format + "'");
            }
            var a = read(spec, before);
            var b = read(spec, after);
            if (a == null || b == null) {
                return 1;
            }
            var diff = name == null ? PlanDiff.between(a, b) : PlanDiff.between(a, b).named(name);
            var out = spec.commandLine().getOut();
            out.print(summaryOnly ? diff.summary() + "\n" : format.equals("markdown") ? DiffReport.markdown(diff) : DiffReport.text(diff));
            out.flush();
            return failOnProtected && !diff.critical().isEmpty() ? PROTECTED_REPLACEMENT : 0;
        }
    }

    @Command(name = "graph", mixinStandardHelpOptions = true, version = "studio-platform plan 0.1.0",
            description = "Prints a plan's component graph as a Mermaid flowchart: components, custom resources "
                    + "folded into them, and an arrow from each component to those that wait for it.")
    static final class Graph implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<dir>", description = "a plan directory")
        Path dir;

        @Option(names = "--fenced", description = "wrap it in a ```mermaid block, for Markdown")
        boolean fenced;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var files = read(spec, dir);
            if (files == null) {
                return 1;
            }
            var out = spec.commandLine().getOut();
            var chart = MermaidGraph.render(files.resources());
            out.print(fenced ? "```mermaid\n" + chart + "```\n" : chart);
            out.flush();
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, version = "studio-platform plan 0.1.0", sortOptions = false,
            description = "Runs the manifest and graph rules the tests enforce against a plan directory; each "
                    + "violation names the rule and the object.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every rule holds", "1:a rule is broken, or the plan cannot be read", "2:usage error"})
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<dir>", description = "a plan directory")
        Path dir;

        @Option(names = "--against", paramLabel = "<before-dir>",
                description = "the plan before the change; adds the rule that no protected resource is replaced or deleted")
        Path against;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var files = read(spec, dir);
            var before = against == null ? null : read(spec, against);
            if (files == null || (against != null && before == null)) {
                return 1;
            }
            var violations = PlanCheck.run(files, before);
            var out = spec.commandLine().getOut();
            violations.forEach(v -> out.println("FAIL " + v));
            int rules = PlanCheck.ruleCount(before != null);
            long broken = violations.stream().map(PlanCheck.Violation::rule).distinct().count();
            out.printf("plan check %s (%s): %d rules, %s%n", dir, files.stack(), rules,
                    violations.isEmpty() ? "all hold" : broken + " broken, " + violations.size() + " violations");
            out.flush();
            return violations.isEmpty() ? 0 : 1;
        }
    }
}
