package com.agenticstudio.platform.bindings.certmanager.v1;

import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Codegen;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of a {@link Certificate}. The spec is required; its own builder checks the secret and issuer. */
public final class CertificateArgs extends com.pulumi.resources.ResourceArgs {

    public static final CertificateArgs Empty = new CertificateArgs();

    /** Set by {@link Certificate} itself. */
    @Import(name = "apiVersion")
    private @Nullable Output<String> apiVersion;

    public Optional<Output<String>> apiVersion() {
        return Optional.ofNullable(this.apiVersion);
    }

    /** Set by {@link Certificate} itself. */
    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    /** Standard object metadata; give it an explicit name and namespace. */
    @Import(name = "metadata")
    private @Nullable Output<ObjectMetaArgs> metadata;

    public Optional<Output<ObjectMetaArgs>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    /** What to sign, by whom, and where the key pair goes. */
    @Import(name = "spec", required = true)
    private Output<CertificateSpecArgs> spec;

    public Output<CertificateSpecArgs> spec() {
        return this.spec;
    }

    private CertificateArgs() {
    }

    private CertificateArgs(CertificateArgs $) {
        this.apiVersion = $.apiVersion;
        this.kind = $.kind;
        this.metadata = $.metadata;
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CertificateArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private CertificateArgs $;

        public Builder() {
            $ = new CertificateArgs();
        }

        public Builder(CertificateArgs defaults) {
            $ = new CertificateArgs(Objects.requireNonNull(defaults));
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

        public Builder spec(Output<CertificateSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(CertificateSpecArgs spec) {
            return spec(Output.of(spec));
        }

        public CertificateArgs build() {
            $.apiVersion = Codegen.stringProp("apiVersion").output().arg($.apiVersion).getNullable();
            $.kind = Codegen.stringProp("kind").output().arg($.kind).getNullable();
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("CertificateArgs", "spec");
            }
            return $;
        }
    }
}
