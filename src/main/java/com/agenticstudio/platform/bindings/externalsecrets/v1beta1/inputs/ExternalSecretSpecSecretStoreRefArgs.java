package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/** ExternalSecret.spec.secretStoreRef: the store to read from. */
public final class ExternalSecretSpecSecretStoreRefArgs extends com.pulumi.resources.ResourceArgs {
    private static final Set<String> KINDS = Set.of("SecretStore", "ClusterSecretStore");

    /** SecretStore (the CRD's default, same namespace) or ClusterSecretStore. */
    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    @Import(name = "name", required = true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    private ExternalSecretSpecSecretStoreRefArgs() {
    }

    private ExternalSecretSpecSecretStoreRefArgs(ExternalSecretSpecSecretStoreRefArgs $) {
        this.kind = $.kind;
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretSpecSecretStoreRefArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretSpecSecretStoreRefArgs $;

        public Builder() {
            $ = new ExternalSecretSpecSecretStoreRefArgs();
        }

        public Builder(ExternalSecretSpecSecretStoreRefArgs defaults) {
            $ = new ExternalSecretSpecSecretStoreRefArgs(Objects.requireNonNull(defaults));
        }

        public Builder kind(@Nullable Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("ExternalSecretSpecSecretStoreRefArgs.kind: '" + kind + "' is not one of " + KINDS);
            }
            return kind(Output.of(kind));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public ExternalSecretSpecSecretStoreRefArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecSecretStoreRefArgs", "name");
            }
            return $;
        }
    }
}
