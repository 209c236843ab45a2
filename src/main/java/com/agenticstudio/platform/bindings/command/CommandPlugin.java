package com.agenticstudio.platform.bindings.command;

/**
 * The pulumi-command provider plugin this binding is written against. Generated SDKs read their
 * version from a resource (Utilities.getVersion()); this hand-written binding keeps it here, once,
 * so that every Command asks the engine for the same plugin.
 */
public final class CommandPlugin {
    /**
     * pulumi/pulumi-command v1.2.1 (tagged 2026-03-03, the newest 1.x); the command:local:Command
     * schema this binding mirrors is unchanged from v1.0.0 to v1.2.1.
     */
    public static final String VERSION = "1.2.1";

    private CommandPlugin() {
    }

    public static String getVersion() {
        return VERSION;
    }
}
