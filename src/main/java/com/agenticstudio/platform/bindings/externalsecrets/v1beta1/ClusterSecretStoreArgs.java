package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Codegen;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of a ClusterSecretStore; apiVersion and kind are fixed by the resource. */
public final class ClusterSecretStoreArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "apiVersion")
    private @Nullable Output<String> apiVersion;

    /** @return the API version; the resource sets external-secrets.io/v1beta1 */
    public Optional<Output<String>> apiVersion() {
        return Optional.ofNullable(this.apiVersion);
    }

    @Import(name = "kind")
    private @Nullable Output<String> kind;

    /** @return the kind; the resource sets ClusterSecretStore */
    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    @Import(name = "metadata", required = true)
    private Output<ObjectMetaArgs> metadata;

    /** @return the object's metadata (cluster-scoped: a name, no namespace) */
    public Output<ObjectMetaArgs> metadata() {
        return this.metadata;
    }

    @Import(name = "spec", required = true)
    private Output<ClusterSecretStoreSpecArgs> spec;

    /** @return the store's backend */
    public Output<ClusterSecretStoreSpecArgs> spec() {
        return this.spec;
    }

    private ClusterSecretStoreArgs() {
    }

    private ClusterSecretStoreArgs(ClusterSecretStoreArgs $) {
        this.apiVersion = $.apiVersion;
        this.kind = $.kind;
        this.metadata = $.metadata;
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreArgs $;

        public Builder() {
            $ = new ClusterSecretStoreArgs();
        }

        public Builder(ClusterSecretStoreArgs defaults) {
            $ = new ClusterSecretStoreArgs(Objects.requireNonNull(defaults));
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

        public Builder metadata(Output<ObjectMetaArgs> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(ObjectMetaArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder spec(Output<ClusterSecretStoreSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ClusterSecretStoreSpecArgs spec) {
            return spec(Output.of(spec));
        }

        /** Every platform object is named explicitly, and a store without a provider is rejected by the CRD. */
        public ClusterSecretStoreArgs build() {
            $.apiVersion = Codegen.stringProp("apiVersion").output().arg($.apiVersion).getNullable();
            $.kind = Codegen.stringProp("kind").output().arg($.kind).getNullable();
            if ($.metadata == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreArgs", "metadata");
            }
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreArgs", "spec");
            }
            return $;
        }
    }
}
