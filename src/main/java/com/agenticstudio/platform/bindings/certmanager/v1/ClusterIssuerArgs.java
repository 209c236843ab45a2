package com.agenticstudio.platform.bindings.certmanager.v1;

import com.agenticstudio.platform.bindings.KubernetesCustomResourceArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.ClusterIssuerSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * Inputs of a {@link ClusterIssuer}: give the metadata an explicit name, which Certificates refer to.
 * The spec is required; which kind of issuer it is, is checked by its own builder.
 */
public final class ClusterIssuerArgs extends KubernetesCustomResourceArgs {

    public static final ClusterIssuerArgs Empty = new ClusterIssuerArgs();

    /** How the issuer signs: ACME, self-signed or a CA key pair. */
    @Import(name = "spec", required = true)
    private Output<ClusterIssuerSpecArgs> spec;

    public Output<ClusterIssuerSpecArgs> spec() {
        return this.spec;
    }

    private ClusterIssuerArgs() {
    }

    private ClusterIssuerArgs(ClusterIssuerArgs $) {
        super($);
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder extends KubernetesCustomResourceArgs.Builder<ClusterIssuerArgs, Builder> {

        public Builder() {
            super(new ClusterIssuerArgs());
        }

        public Builder(ClusterIssuerArgs defaults) {
            super(new ClusterIssuerArgs(Objects.requireNonNull(defaults)));
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder spec(Output<ClusterIssuerSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ClusterIssuerSpecArgs spec) {
            return spec(Output.of(spec));
        }

        @Override
        protected void validate() {
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerArgs", "spec");
            }
        }
    }
}
