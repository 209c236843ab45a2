package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.PlanCommand;
import com.agenticstudio.platform.testing.Graphs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Real plans written to directories, as `plan run` writes them, and the plan command run over them. */
final class PlanDirs {
    private PlanDirs() {
    }

    /** The stack's plan (shared graph, written fresh) in {@code dir}. */
    static Path write(Path dir, String stack, Map<String, String> overrides) {
        try {
            PlanWriter.write(Graphs.stack(stack, overrides), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What `plan <args>` prints and returns. */
    record Result(int code, String out, String err) {
    }

    static Result plan(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
