package com.agenticstudio.platform.bindings.command.local;

import com.agenticstudio.platform.bindings.command.CommandPlugin;
import com.agenticstudio.platform.bindings.command.local.enums.Logging;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A command run on the machine that runs {@code pulumi up}: {@code create} on create, {@code update}
 * (or {@code create} again when unset) on update, {@code delete} on delete. A non-zero exit fails the
 * step. Any change to {@code triggers} replaces the resource (the provider marks it replaceOnChanges).
 *
 * <p>Typed binding for {@code command:local:Command} of pulumi/pulumi-command, written in the shape
 * of Pulumi's Java code generator; the SDK artifact is not on this project's classpath. Asset and
 * archive capture ({@code assetPaths}, {@code archivePaths}) are left out.
 */
@ResourceType(type = "command:local:Command")
public class Command extends com.pulumi.resources.CustomResource {
    public static final String TYPE = "command:local:Command";

    @Export(name = "addPreviousOutputInEnv", refs = {Boolean.class}, tree = "[0]")
    private Output</* @Nullable */ Boolean> addPreviousOutputInEnv;

    /** @return whether PULUMI_COMMAND_STDOUT/STDERR of the previous run are passed to update and delete */
    public Output<Optional<Boolean>> addPreviousOutputInEnv() {
        return Codegen.optional(this.addPreviousOutputInEnv);
    }

    @Export(name = "create", refs = {String.class}, tree = "[0]")
    private Output</* @Nullable */ String> create;

    /** @return the command run on create */
    public Output<Optional<String>> create() {
        return Codegen.optional(this.create);
    }

    @Export(name = "delete", refs = {String.class}, tree = "[0]")
    private Output</* @Nullable */ String> delete;

    /** @return the command run on delete */
    public Output<Optional<String>> delete() {
        return Codegen.optional(this.delete);
    }

    @Export(name = "dir", refs = {String.class}, tree = "[0]")
    private Output</* @Nullable */ String> dir;

    /** @return the working directory of the command */
    public Output<Optional<String>> dir() {
        return Codegen.optional(this.dir);
    }

    @Export(name = "environment", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output</* @Nullable */ Map<String, String>> environment;

    /** @return additional environment variables of the command's process */
    public Output<Optional<Map<String, String>>> environment() {
        return Codegen.optional(this.environment);
    }

    @Export(name = "interpreter", refs = {List.class, String.class}, tree = "[0,1]")
    private Output</* @Nullable */ List<String>> interpreter;

    /** @return the program and arguments that run the command, e.g. ["/bin/sh", "-c"] */
    public Output<Optional<List<String>>> interpreter() {
        return Codegen.optional(this.interpreter);
    }

    @Export(name = "logging", refs = {Logging.class}, tree = "[0]")
    private Output</* @Nullable */ Logging> logging;

    /** @return which streams the provider copies into the Pulumi log */
    public Output<Optional<Logging>> logging() {
        return Codegen.optional(this.logging);
    }

    @Export(name = "stderr", refs = {String.class}, tree = "[0]")
    private Output<String> stderr;

    /** @return the standard error of the command's process */
    public Output<String> stderr() {
        return this.stderr;
    }

    @Export(name = "stdin", refs = {String.class}, tree = "[0]")
    private Output</* @Nullable */ String> stdin;

    /** @return what was passed to the command's standard input */
    public Output<Optional<String>> stdin() {
        return Codegen.optional(this.stdin);
    }

    @Export(name = "stdout", refs = {String.class}, tree = "[0]")
    private Output<String> stdout;

    /** @return the standard output of the command's process, without its trailing newline */
    public Output<String> stdout() {
        return this.stdout;
    }

    @Export(name = "triggers", refs = {List.class, Object.class}, tree = "[0,1]")
    private Output</* @Nullable */ List<Object>> triggers;

    /** @return the values whose change replaces the resource */
    public Output<Optional<List<Object>>> triggers() {
        return Codegen.optional(this.triggers);
    }

    @Export(name = "update", refs = {String.class}, tree = "[0]")
    private Output</* @Nullable */ String> update;

    /** @return the command run on update; when empty, create runs again */
    public Output<Optional<String>> update() {
        return Codegen.optional(this.update);
    }

    /**
     * @param name the unique name of the resource
     * @param args the arguments that populate its properties
     */
    public Command(String name, CommandArgs args) {
        this(name, args, null);
    }

    /**
     * @param name    the unique name of the resource
     * @param args    the arguments that populate its properties
     * @param options options that control the resource's behaviour
     */
    public Command(String name, CommandArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(
            @Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
                .version(CommandPlugin.getVersion())
                .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }
}
