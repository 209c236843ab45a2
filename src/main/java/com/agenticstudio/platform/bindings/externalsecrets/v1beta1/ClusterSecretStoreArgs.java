package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.KubernetesCustomResourceArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ClusterSecretStoreSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * Inputs of a ClusterSecretStore; apiVersion and kind are fixed by the resource. The store is
 * cluster-scoped: its metadata has a name and no namespace.
 */
public final class ClusterSecretStoreArgs extends KubernetesCustomResourceArgs {

    @Import(name = "spec", required = true)
    private Output<ClusterSecretStoreSpecArgs> spec;

    /** @return the store's backend */
    public Output<ClusterSecretStoreSpecArgs> spec() {
        return this.spec;
    }

    private ClusterSecretStoreArgs() {
    }

    private ClusterSecretStoreArgs(ClusterSecretStoreArgs $) {
        super($);
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder extends KubernetesCustomResourceArgs.Builder<ClusterSecretStoreArgs, Builder> {

        public Builder() {
            super(new ClusterSecretStoreArgs());
        }

        public Builder(ClusterSecretStoreArgs defaults) {
            super(new ClusterSecretStoreArgs(Objects.requireNonNull(defaults)));
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder spec(Output<ClusterSecretStoreSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ClusterSecretStoreSpecArgs spec) {
            return spec(Output.of(spec));
        }

        /** Every platform object is named explicitly, and a store without a provider is rejected by the CRD. */
        @Override
        protected void validate() {
            if ($.metadata().isEmpty()) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreArgs", "metadata");
            }
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreArgs", "spec");
            }
        }
    }
}
