package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** ClusterSecretStore spec (SecretStoreSpec). */
public final class ClusterSecretStoreSpecArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "provider", required = true)
    private Output<ClusterSecretStoreProviderArgs> provider;

    /** @return the secret backend */
    public Output<ClusterSecretStoreProviderArgs> provider() {
        return this.provider;
    }

    @Import(name = "refreshInterval")
    private @Nullable Output<Integer> refreshInterval;

    /** @return seconds between re-validations of the store; the controller's default when unset */
    public Optional<Output<Integer>> refreshInterval() {
        return Optional.ofNullable(this.refreshInterval);
    }

    private ClusterSecretStoreSpecArgs() {
    }

    private ClusterSecretStoreSpecArgs(ClusterSecretStoreSpecArgs $) {
        this.provider = $.provider;
        this.refreshInterval = $.refreshInterval;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreSpecArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreSpecArgs $;

        public Builder() {
            $ = new ClusterSecretStoreSpecArgs();
        }

        public Builder(ClusterSecretStoreSpecArgs defaults) {
            $ = new ClusterSecretStoreSpecArgs(Objects.requireNonNull(defaults));
        }

        public Builder provider(Output<ClusterSecretStoreProviderArgs> provider) {
            $.provider = provider;
            return this;
        }

        public Builder provider(ClusterSecretStoreProviderArgs provider) {
            return provider(Output.of(provider));
        }

        public Builder refreshInterval(@Nullable Output<Integer> refreshInterval) {
            $.refreshInterval = refreshInterval;
            return this;
        }

        public Builder refreshInterval(Integer refreshInterval) {
            return refreshInterval(Output.of(refreshInterval));
        }

        public ClusterSecretStoreSpecArgs build() {
            if ($.provider == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreSpecArgs", "provider");
            }
            return $;
        }
    }
}
