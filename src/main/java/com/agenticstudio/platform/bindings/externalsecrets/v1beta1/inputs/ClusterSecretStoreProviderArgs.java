package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** spec.provider: exactly one secret backend (the CRD sets MaxProperties=1). */
public final class ClusterSecretStoreProviderArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "aws")
    private @Nullable Output<ClusterSecretStoreAwsArgs> aws;

    /** @return AWS Secrets Manager / Parameter Store */
    public Optional<Output<ClusterSecretStoreAwsArgs>> aws() {
        return Optional.ofNullable(this.aws);
    }

    @Import(name = "gcpsm")
    private @Nullable Output<ClusterSecretStoreGcpsmArgs> gcpsm;

    /** @return Google Cloud Secret Manager */
    public Optional<Output<ClusterSecretStoreGcpsmArgs>> gcpsm() {
        return Optional.ofNullable(this.gcpsm);
    }

    private ClusterSecretStoreProviderArgs() {
    }

    private ClusterSecretStoreProviderArgs(ClusterSecretStoreProviderArgs $) {
        this.aws = $.aws;
        this.gcpsm = $.gcpsm;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreProviderArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreProviderArgs $;

        public Builder() {
            $ = new ClusterSecretStoreProviderArgs();
        }

        public Builder(ClusterSecretStoreProviderArgs defaults) {
            $ = new ClusterSecretStoreProviderArgs(Objects.requireNonNull(defaults));
        }

        public Builder aws(@Nullable Output<ClusterSecretStoreAwsArgs> aws) {
            $.aws = aws;
            return this;
        }

        public Builder aws(ClusterSecretStoreAwsArgs aws) {
            return aws(Output.of(aws));
        }

        public Builder gcpsm(@Nullable Output<ClusterSecretStoreGcpsmArgs> gcpsm) {
            $.gcpsm = gcpsm;
            return this;
        }

        public Builder gcpsm(ClusterSecretStoreGcpsmArgs gcpsm) {
            return gcpsm(Output.of(gcpsm));
        }

        /** The CRD accepts one provider per store; fail here rather than at apply time. */
        private static void validate(ClusterSecretStoreProviderArgs $) {
            int providers = ($.aws == null ? 0 : 1) + ($.gcpsm == null ? 0 : 1);
            if (providers != 1) {
                throw new IllegalArgumentException(
                        "ClusterSecretStoreProviderArgs needs exactly one provider (aws or gcpsm), got " + providers);
            }
        }

        public ClusterSecretStoreProviderArgs build() {
            validate($);
            return $;
        }
    }
}
