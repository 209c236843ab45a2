package com.agenticstudio.platform.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Codegen;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The inputs every {@link KubernetesCustomResource} has besides its spec: apiVersion and kind (set
 * by the resource itself) and metadata. A subclass adds its typed {@code spec}, a copy constructor
 * and a builder extending {@link Builder}; Pulumi reads {@code @Import} fields of superclasses too,
 * so these are sent exactly as if the subclass declared them.
 */
public abstract class KubernetesCustomResourceArgs extends com.pulumi.resources.ResourceArgs {

    /** Set by the resource itself. */
    @Import(name = "apiVersion")
    private @Nullable Output<String> apiVersion;

    public Optional<Output<String>> apiVersion() {
        return Optional.ofNullable(this.apiVersion);
    }

    /** Set by the resource itself. */
    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    /** Standard object metadata; the platform always gives an explicit name (and namespace, when namespaced). */
    @Import(name = "metadata")
    private @Nullable Output<ObjectMetaArgs> metadata;

    public Optional<Output<ObjectMetaArgs>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    protected KubernetesCustomResourceArgs() {
    }

    protected KubernetesCustomResourceArgs(KubernetesCustomResourceArgs $) {
        this.apiVersion = $.apiVersion;
        this.kind = $.kind;
        this.metadata = $.metadata;
    }

    /**
     * The setters every custom resource's builder has. {@code B} is the concrete builder, so chained
     * calls keep its own setters (such as {@code spec}) in reach.
     *
     * @param <A> the args type being built
     * @param <B> the concrete builder
     */
    public abstract static class Builder<A extends KubernetesCustomResourceArgs, B extends Builder<A, B>> {
        protected final A $;

        protected Builder(A $) {
            this.$ = $;
        }

        /** {@code this}, typed as the concrete builder. */
        protected abstract B self();

        /** Throws {@link com.pulumi.exceptions.MissingRequiredPropertyException} for what the subclass requires. */
        protected abstract void validate();

        public B apiVersion(@Nullable Output<String> apiVersion) {
            common().apiVersion = apiVersion;
            return self();
        }

        public B apiVersion(String apiVersion) {
            return apiVersion(Output.of(apiVersion));
        }

        public B kind(@Nullable Output<String> kind) {
            common().kind = kind;
            return self();
        }

        public B kind(String kind) {
            return kind(Output.of(kind));
        }

        public B metadata(@Nullable Output<ObjectMetaArgs> metadata) {
            common().metadata = metadata;
            return self();
        }

        public B metadata(ObjectMetaArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public final A build() {
            var common = common();
            common.apiVersion = Codegen.stringProp("apiVersion").output().arg(common.apiVersion).getNullable();
            common.kind = Codegen.stringProp("kind").output().arg(common.kind).getNullable();
            validate();
            return $;
        }

        // The fields are private to KubernetesCustomResourceArgs, so reach them through that type rather than A.
        private KubernetesCustomResourceArgs common() {
            return $;
        }
    }
}
