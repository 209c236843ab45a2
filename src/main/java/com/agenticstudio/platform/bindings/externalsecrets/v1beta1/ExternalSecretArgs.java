package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Codegen;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of an {@link ExternalSecret}; apiVersion and kind are fixed by the resource. */
public final class ExternalSecretArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "apiVersion")
    private @Nullable Output<String> apiVersion;

    public Optional<Output<String>> apiVersion() {
        return Optional.ofNullable(this.apiVersion);
    }

    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    @Import(name = "metadata")
    private @Nullable Output<ObjectMetaArgs> metadata;

    public Optional<Output<ObjectMetaArgs>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    /** What to copy from which store into which Secret; required, an ExternalSecret without it does nothing. */
    @Import(name = "spec", required = true)
    private Output<ExternalSecretSpecArgs> spec;

    public Output<ExternalSecretSpecArgs> spec() {
        return this.spec;
    }

    private ExternalSecretArgs() {
    }

    private ExternalSecretArgs(ExternalSecretArgs $) {
        this.apiVersion = $.apiVersion;
        this.kind = $.kind;
        this.metadata = $.metadata;
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretArgs $;

        public Builder() {
            $ = new ExternalSecretArgs();
        }

        public Builder(ExternalSecretArgs defaults) {
            $ = new ExternalSecretArgs(Objects.requireNonNull(defaults));
        }

        public Builder apiVersion(@Nullable Output<String> apiVersion) {
            $.apiVersion = apiVersion;
            return this;
        }

        public Builder apiVersion(String apiVersion) {
            return apiVersion(Output.of(apiVersion));
        }

        public Builder kind(@Nullable Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        public Builder metadata(@Nullable Output<ObjectMetaArgs> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(ObjectMetaArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder spec(Output<ExternalSecretSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ExternalSecretSpecArgs spec) {
            return spec(Output.of(spec));
        }

        public ExternalSecretArgs build() {
            $.apiVersion = Codegen.stringProp("apiVersion").output().arg($.apiVersion).getNullable();
            $.kind = Codegen.stringProp("kind").output().arg($.kind).getNullable();
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ExternalSecretArgs", "spec");
            }
            return $;
        }
    }
}
