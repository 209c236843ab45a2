package com.agenticstudio.platform.bindings.certmanager.v1;

import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Codegen;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of a {@link ClusterIssuer}. The spec is required; which kind of issuer it is, is checked by its own builder. */
public final class ClusterIssuerArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerArgs Empty = new ClusterIssuerArgs();

    /** Set by {@link ClusterIssuer} itself. */
    @Import(name = "apiVersion")
    private @Nullable Output<String> apiVersion;

    public Optional<Output<String>> apiVersion() {
        return Optional.ofNullable(this.apiVersion);
    }

    /** Set by {@link ClusterIssuer} itself. */
    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    /** Standard object metadata; give it an explicit name, which Certificates refer to. */
    @Import(name = "metadata")
    private @Nullable Output<ObjectMetaArgs> metadata;

    public Optional<Output<ObjectMetaArgs>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    /** How the issuer signs: ACME, self-signed or a CA key pair. */
    @Import(name = "spec", required = true)
    private Output<ClusterIssuerSpecArgs> spec;

    public Output<ClusterIssuerSpecArgs> spec() {
        return this.spec;
    }

    private ClusterIssuerArgs() {
    }

    private ClusterIssuerArgs(ClusterIssuerArgs $) {
        this.apiVersion = $.apiVersion;
        this.kind = $.kind;
        this.metadata = $.metadata;
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerArgs $;

        public Builder() {
            $ = new ClusterIssuerArgs();
        }

        public Builder(ClusterIssuerArgs defaults) {
            $ = new ClusterIssuerArgs(Objects.requireNonNull(defaults));
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

        public Builder spec(Output<ClusterIssuerSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ClusterIssuerSpecArgs spec) {
            return spec(Output.of(spec));
        }

        public ClusterIssuerArgs build() {
            $.apiVersion = Codegen.stringProp("apiVersion").output().arg($.apiVersion).getNullable();
            $.kind = Codegen.stringProp("kind").output().arg($.kind).getNullable();
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerArgs", "spec");
            }
            return $;
        }
    }
}
