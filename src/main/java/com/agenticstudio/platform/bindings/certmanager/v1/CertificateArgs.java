package com.agenticstudio.platform.bindings.certmanager.v1;

import com.agenticstudio.platform.bindings.KubernetesCustomResourceArgs;
import com.agenticstudio.platform.bindings.certmanager.v1.inputs.CertificateSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * Inputs of a {@link Certificate}: give the metadata an explicit name and namespace. The spec is
 * required; its own builder checks the secret and issuer.
 */
public final class CertificateArgs extends KubernetesCustomResourceArgs {

    public static final CertificateArgs Empty = new CertificateArgs();

    /** What to sign, by whom, and where the key pair goes. */
    @Import(name = "spec", required = true)
    private Output<CertificateSpecArgs> spec;

    public Output<CertificateSpecArgs> spec() {
        return this.spec;
    }

    private CertificateArgs() {
    }

    private CertificateArgs(CertificateArgs $) {
        super($);
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CertificateArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder extends KubernetesCustomResourceArgs.Builder<CertificateArgs, Builder> {

        public Builder() {
            super(new CertificateArgs());
        }

        public Builder(CertificateArgs defaults) {
            super(new CertificateArgs(Objects.requireNonNull(defaults)));
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder spec(Output<CertificateSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(CertificateSpecArgs spec) {
            return spec(Output.of(spec));
        }

        @Override
        protected void validate() {
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("CertificateArgs", "spec");
            }
        }
    }
}
