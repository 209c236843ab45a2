package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.agenticstudio.platform.bindings.externalsecrets.v1beta1.enums.ClusterSecretStoreAwsService;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** spec.provider.aws: AWS Secrets Manager or Parameter Store (AWSProvider). */
public final class ClusterSecretStoreAwsArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "service", required = true)
    private Output<ClusterSecretStoreAwsService> service;

    /** @return which AWS secret service to read */
    public Output<ClusterSecretStoreAwsService> service() {
        return this.service;
    }

    @Import(name = "region", required = true)
    private Output<String> region;

    /** @return the AWS region of the secrets */
    public Output<String> region() {
        return this.region;
    }

    @Import(name = "role")
    private @Nullable Output<String> role;

    /** @return an IAM role to assume after authenticating */
    public Optional<Output<String>> role() {
        return Optional.ofNullable(this.role);
    }

    @Import(name = "auth")
    private @Nullable Output<ClusterSecretStoreAwsAuthArgs> auth;

    /** @return how to authenticate; the pod's ambient credentials when unset */
    public Optional<Output<ClusterSecretStoreAwsAuthArgs>> auth() {
        return Optional.ofNullable(this.auth);
    }

    private ClusterSecretStoreAwsArgs() {
    }

    private ClusterSecretStoreAwsArgs(ClusterSecretStoreAwsArgs $) {
        this.service = $.service;
        this.region = $.region;
        this.role = $.role;
        this.auth = $.auth;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreAwsArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreAwsArgs $;

        public Builder() {
            $ = new ClusterSecretStoreAwsArgs();
        }

        public Builder(ClusterSecretStoreAwsArgs defaults) {
            $ = new ClusterSecretStoreAwsArgs(Objects.requireNonNull(defaults));
        }

        public Builder service(Output<ClusterSecretStoreAwsService> service) {
            $.service = service;
            return this;
        }

        public Builder service(ClusterSecretStoreAwsService service) {
            return service(Output.of(service));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder role(@Nullable Output<String> role) {
            $.role = role;
            return this;
        }

        public Builder role(String role) {
            return role(Output.of(role));
        }

        public Builder auth(@Nullable Output<ClusterSecretStoreAwsAuthArgs> auth) {
            $.auth = auth;
            return this;
        }

        public Builder auth(ClusterSecretStoreAwsAuthArgs auth) {
            return auth(Output.of(auth));
        }

        public ClusterSecretStoreAwsArgs build() {
            if ($.service == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreAwsArgs", "service");
            }
            if ($.region == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreAwsArgs", "region");
            }
            return $;
        }
    }
}
