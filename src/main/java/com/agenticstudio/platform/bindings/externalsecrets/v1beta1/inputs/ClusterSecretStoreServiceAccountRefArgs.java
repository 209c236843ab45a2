package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** A Kubernetes service account whose token the provider exchanges for cloud credentials (ServiceAccountSelector). */
public final class ClusterSecretStoreServiceAccountRefArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "name", required = true)
    private Output<String> name;

    /** @return the service account's name */
    public Output<String> name() {
        return this.name;
    }

    @Import(name = "namespace")
    private @Nullable Output<String> namespace;

    /** @return its namespace; required for a ClusterSecretStore, which has none of its own */
    public Optional<Output<String>> namespace() {
        return Optional.ofNullable(this.namespace);
    }

    @Import(name = "audiences")
    private @Nullable Output<List<String>> audiences;

    /** @return audiences of the requested token; the provider's default when unset */
    public Optional<Output<List<String>>> audiences() {
        return Optional.ofNullable(this.audiences);
    }

    private ClusterSecretStoreServiceAccountRefArgs() {
    }

    private ClusterSecretStoreServiceAccountRefArgs(ClusterSecretStoreServiceAccountRefArgs $) {
        this.name = $.name;
        this.namespace = $.namespace;
        this.audiences = $.audiences;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreServiceAccountRefArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreServiceAccountRefArgs $;

        public Builder() {
            $ = new ClusterSecretStoreServiceAccountRefArgs();
        }

        public Builder(ClusterSecretStoreServiceAccountRefArgs defaults) {
            $ = new ClusterSecretStoreServiceAccountRefArgs(Objects.requireNonNull(defaults));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder namespace(@Nullable Output<String> namespace) {
            $.namespace = namespace;
            return this;
        }

        public Builder namespace(String namespace) {
            return namespace(Output.of(namespace));
        }

        public Builder audiences(@Nullable Output<List<String>> audiences) {
            $.audiences = audiences;
            return this;
        }

        public Builder audiences(List<String> audiences) {
            return audiences(Output.of(audiences));
        }

        public Builder audiences(String... audiences) {
            return audiences(List.of(audiences));
        }

        public ClusterSecretStoreServiceAccountRefArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreServiceAccountRefArgs", "name");
            }
            return $;
        }
    }
}
