package com.agenticstudio.platform.bindings.command;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Codegen;
import javax.annotation.Nullable;

/**
 * An explicit instance of the pulumi-command provider ({@code pulumi:providers:command}). Declaring
 * it pins the plugin version in one place and keeps commands off the engine's default provider,
 * like every other provider in this program.
 */
public class Provider extends com.pulumi.resources.ProviderResource {
    public static final String PACKAGE = "command";

    /** @param name the unique name of the provider */
    public Provider(String name) {
        this(name, ProviderArgs.Empty);
    }

    /**
     * @param name the unique name of the provider
     * @param args its configuration (none)
     */
    public Provider(String name, @Nullable ProviderArgs args) {
        this(name, args, null);
    }

    /**
     * @param name    the unique name of the provider
     * @param args    its configuration (none)
     * @param options options that control the provider's behaviour
     */
    public Provider(String name, @Nullable ProviderArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(PACKAGE, name, args == null ? ProviderArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(
            @Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
                .version(CommandPlugin.getVersion())
                .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }
}
