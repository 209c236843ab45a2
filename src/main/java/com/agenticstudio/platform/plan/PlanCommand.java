package com.agenticstudio.platform.plan;

import java.io.PrintStream;

/** STUB. */
public final class PlanCommand {
    private PlanCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 2;
    }
}
