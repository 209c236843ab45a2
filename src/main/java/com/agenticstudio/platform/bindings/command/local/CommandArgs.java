package com.agenticstudio.platform.bindings.command.local;

import com.agenticstudio.platform.bindings.command.local.enums.Logging;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of {@code command:local:Command}; names as in the provider's schema. */
public final class CommandArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "addPreviousOutputInEnv")
    private @Nullable Output<Boolean> addPreviousOutputInEnv;

    /**
     * @return whether the previous run's stdout/stderr are passed to update and delete as
     * PULUMI_COMMAND_STDOUT/STDERR (provider default: true)
     */
    public Optional<Output<Boolean>> addPreviousOutputInEnv() {
        return Optional.ofNullable(this.addPreviousOutputInEnv);
    }

    @Import(name = "create")
    private @Nullable Output<String> create;

    /** @return the command run on create */
    public Optional<Output<String>> create() {
        return Optional.ofNullable(this.create);
    }

    @Import(name = "delete")
    private @Nullable Output<String> delete;

    /** @return the command run on delete */
    public Optional<Output<String>> delete() {
        return Optional.ofNullable(this.delete);
    }

    @Import(name = "dir")
    private @Nullable Output<String> dir;

    /** @return the working directory; the command fails if it does not exist */
    public Optional<Output<String>> dir() {
        return Optional.ofNullable(this.dir);
    }

    @Import(name = "environment")
    private @Nullable Output<Map<String, String>> environment;

    /** @return additional environment variables of the command's process */
    public Optional<Output<Map<String, String>>> environment() {
        return Optional.ofNullable(this.environment);
    }

    @Import(name = "interpreter")
    private @Nullable Output<List<String>> interpreter;

    /** @return the program and arguments that run the command (provider default ["/bin/sh", "-c"]) */
    public Optional<Output<List<String>>> interpreter() {
        return Optional.ofNullable(this.interpreter);
    }

    @Import(name = "logging")
    private @Nullable Output<Logging> logging;

    /** @return which streams the provider copies into the Pulumi log (provider default: both) */
    public Optional<Output<Logging>> logging() {
        return Optional.ofNullable(this.logging);
    }

    @Import(name = "stdin")
    private @Nullable Output<String> stdin;

    /** @return what to pass to the command's standard input */
    public Optional<Output<String>> stdin() {
        return Optional.ofNullable(this.stdin);
    }

    @Import(name = "triggers")
    private @Nullable Output<List<Object>> triggers;

    /** @return values whose change replaces the resource */
    public Optional<Output<List<Object>>> triggers() {
        return Optional.ofNullable(this.triggers);
    }

    @Import(name = "update")
    private @Nullable Output<String> update;

    /** @return the command run on update; when empty, create runs again */
    public Optional<Output<String>> update() {
        return Optional.ofNullable(this.update);
    }

    private CommandArgs() {
    }

    private CommandArgs(CommandArgs $) {
        this.addPreviousOutputInEnv = $.addPreviousOutputInEnv;
        this.create = $.create;
        this.delete = $.delete;
        this.dir = $.dir;
        this.environment = $.environment;
        this.interpreter = $.interpreter;
        this.logging = $.logging;
        this.stdin = $.stdin;
        this.triggers = $.triggers;
        this.update = $.update;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CommandArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private CommandArgs $;

        public Builder() {
            $ = new CommandArgs();
        }

        public Builder(CommandArgs defaults) {
            $ = new CommandArgs(Objects.requireNonNull(defaults));
        }

        public Builder addPreviousOutputInEnv(@Nullable Output<Boolean> addPreviousOutputInEnv) {
            $.addPreviousOutputInEnv = addPreviousOutputInEnv;
            return this;
        }

        public Builder addPreviousOutputInEnv(Boolean addPreviousOutputInEnv) {
            return addPreviousOutputInEnv(Output.of(addPreviousOutputInEnv));
        }

        public Builder create(@Nullable Output<String> create) {
            $.create = create;
            return this;
        }

        public Builder create(String create) {
            return create(Output.of(create));
        }

        public Builder delete(@Nullable Output<String> delete) {
            $.delete = delete;
            return this;
        }

        public Builder delete(String delete) {
            return delete(Output.of(delete));
        }

        public Builder dir(@Nullable Output<String> dir) {
            $.dir = dir;
            return this;
        }

        public Builder dir(String dir) {
            return dir(Output.of(dir));
        }

        public Builder environment(@Nullable Output<Map<String, String>> environment) {
            $.environment = environment;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            return environment(Output.of(environment));
        }

        public Builder interpreter(@Nullable Output<List<String>> interpreter) {
            $.interpreter = interpreter;
            return this;
        }

        public Builder interpreter(List<String> interpreter) {
            return interpreter(Output.of(interpreter));
        }

        public Builder interpreter(String... interpreter) {
            return interpreter(List.of(interpreter));
        }

        public Builder logging(@Nullable Output<Logging> logging) {
            $.logging = logging;
            return this;
        }

        public Builder logging(Logging logging) {
            return logging(Output.of(logging));
        }

        public Builder stdin(@Nullable Output<String> stdin) {
            $.stdin = stdin;
            return this;
        }

        public Builder stdin(String stdin) {
            return stdin(Output.of(stdin));
        }

        public Builder triggers(@Nullable Output<List<Object>> triggers) {
            $.triggers = triggers;
            return this;
        }

        public Builder triggers(List<Object> triggers) {
            return triggers(Output.of(triggers));
        }

        public Builder triggers(Object... triggers) {
            return triggers(List.of(triggers));
        }

        public Builder update(@Nullable Output<String> update) {
            $.update = update;
            return this;
        }

        public Builder update(String update) {
            return update(Output.of(update));
        }

        /** A command without {@code create} would do nothing on {@code pulumi up}; this binding refuses it. */
        public CommandArgs build() {
            if ($.create == null) {
                throw new MissingRequiredPropertyException("CommandArgs", "create");
            }
            return $;
        }
    }
}
