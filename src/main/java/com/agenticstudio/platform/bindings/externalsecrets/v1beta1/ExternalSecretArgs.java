package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.KubernetesCustomResourceArgs;
import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs.ExternalSecretSpecArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/** Inputs of an {@link ExternalSecret}; apiVersion and kind are fixed by the resource. */
public final class ExternalSecretArgs extends KubernetesCustomResourceArgs {

    /** What to copy from which store into which Secret; required, an ExternalSecret without it does nothing. */
    @Import(name = "spec", required = true)
    private Output<ExternalSecretSpecArgs> spec;

    public Output<ExternalSecretSpecArgs> spec() {
        return this.spec;
    }

    private ExternalSecretArgs() {
    }

    private ExternalSecretArgs(ExternalSecretArgs $) {
        super($);
        this.spec = $.spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder extends KubernetesCustomResourceArgs.Builder<ExternalSecretArgs, Builder> {

        public Builder() {
            super(new ExternalSecretArgs());
        }

        public Builder(ExternalSecretArgs defaults) {
            super(new ExternalSecretArgs(Objects.requireNonNull(defaults)));
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder spec(Output<ExternalSecretSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(ExternalSecretSpecArgs spec) {
            return spec(Output.of(spec));
        }

        @Override
        protected void validate() {
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("ExternalSecretArgs", "spec");
            }
        }
    }
}
