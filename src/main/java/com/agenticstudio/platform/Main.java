package com.agenticstudio.platform;

import com.pulumi.Pulumi;

/**
 * Without arguments, as Pulumi's Java host starts it, this runs the program for preview and up.
 * With {@code plan ...} it runs the same program offline under a recording engine, or reads plans
 * ({@code plan diff | graph | check}); {@code --help} lists the subcommands.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.exit(PlanCommand.run(new String[] {"--help"}, System.out, System.err));
        }
        Pulumi.run(StudioPlatform::define);
    }
}
