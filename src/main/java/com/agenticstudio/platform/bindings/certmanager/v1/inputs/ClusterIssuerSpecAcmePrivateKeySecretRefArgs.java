package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A reference to the Secret that holds the ACME account key (cert-manager's SecretKeySelector).
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/meta/v1/types.go.
 */
public final class ClusterIssuerSpecAcmePrivateKeySecretRefArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecAcmePrivateKeySecretRefArgs Empty = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs();

    /** Name of the Secret; cert-manager creates it on first registration. */
    @Import(name = "name", required = true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    /** Key inside the Secret; cert-manager's default is tls.key. */
    @Import(name = "key")
    private @Nullable Output<String> key;

    public Optional<Output<String>> key() {
        return Optional.ofNullable(this.key);
    }

    private ClusterIssuerSpecAcmePrivateKeySecretRefArgs() {
    }

    private ClusterIssuerSpecAcmePrivateKeySecretRefArgs(ClusterIssuerSpecAcmePrivateKeySecretRefArgs $) {
        this.name = $.name;
        this.key = $.key;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecAcmePrivateKeySecretRefArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecAcmePrivateKeySecretRefArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs();
        }

        public Builder(ClusterIssuerSpecAcmePrivateKeySecretRefArgs defaults) {
            $ = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs(Objects.requireNonNull(defaults));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder key(@Nullable Output<String> key) {
            $.key = key;
            return this;
        }

        public Builder key(String key) {
            return key(Output.of(key));
        }

        public ClusterIssuerSpecAcmePrivateKeySecretRefArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmePrivateKeySecretRefArgs", "name");
            }
            return $;
        }
    }
}
