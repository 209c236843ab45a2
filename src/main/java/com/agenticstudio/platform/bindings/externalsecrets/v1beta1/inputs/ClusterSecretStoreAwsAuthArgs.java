package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** How the AWS provider authenticates; only the JWT (IRSA) method is bound here, static keys are not. */
public final class ClusterSecretStoreAwsAuthArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "jwt")
    private @Nullable Output<ClusterSecretStoreAwsJwtAuthArgs> jwt;

    /** @return authentication through a service account token */
    public Optional<Output<ClusterSecretStoreAwsJwtAuthArgs>> jwt() {
        return Optional.ofNullable(this.jwt);
    }

    private ClusterSecretStoreAwsAuthArgs() {
    }

    private ClusterSecretStoreAwsAuthArgs(ClusterSecretStoreAwsAuthArgs $) {
        this.jwt = $.jwt;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreAwsAuthArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreAwsAuthArgs $;

        public Builder() {
            $ = new ClusterSecretStoreAwsAuthArgs();
        }

        public Builder(ClusterSecretStoreAwsAuthArgs defaults) {
            $ = new ClusterSecretStoreAwsAuthArgs(Objects.requireNonNull(defaults));
        }

        public Builder jwt(@Nullable Output<ClusterSecretStoreAwsJwtAuthArgs> jwt) {
            $.jwt = jwt;
            return this;
        }

        public Builder jwt(ClusterSecretStoreAwsJwtAuthArgs jwt) {
            return jwt(Output.of(jwt));
        }

        public ClusterSecretStoreAwsAuthArgs build() {
            return $;
        }
    }
}
