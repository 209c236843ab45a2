package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/** One entry of ExternalSecret.spec.data: a store entry copied into one key of the Secret. */
public final class ExternalSecretSpecDataArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "remoteRef", required = true)
    private Output<ExternalSecretSpecDataRemoteRefArgs> remoteRef;

    public Output<ExternalSecretSpecDataRemoteRefArgs> remoteRef() {
        return this.remoteRef;
    }

    /** The key in the Kubernetes Secret. */
    @Import(name = "secretKey", required = true)
    private Output<String> secretKey;

    public Output<String> secretKey() {
        return this.secretKey;
    }

    private ExternalSecretSpecDataArgs() {
    }

    private ExternalSecretSpecDataArgs(ExternalSecretSpecDataArgs $) {
        this.remoteRef = $.remoteRef;
        this.secretKey = $.secretKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretSpecDataArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretSpecDataArgs $;

        public Builder() {
            $ = new ExternalSecretSpecDataArgs();
        }

        public Builder(ExternalSecretSpecDataArgs defaults) {
            $ = new ExternalSecretSpecDataArgs(Objects.requireNonNull(defaults));
        }

        public Builder remoteRef(Output<ExternalSecretSpecDataRemoteRefArgs> remoteRef) {
            $.remoteRef = remoteRef;
            return this;
        }

        public Builder remoteRef(ExternalSecretSpecDataRemoteRefArgs remoteRef) {
            return remoteRef(Output.of(remoteRef));
        }

        public Builder secretKey(Output<String> secretKey) {
            $.secretKey = secretKey;
            return this;
        }

        public Builder secretKey(String secretKey) {
            return secretKey(Output.of(secretKey));
        }

        public ExternalSecretSpecDataArgs build() {
            if ($.remoteRef == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecDataArgs", "remoteRef");
            }
            if ($.secretKey == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecDataArgs", "secretKey");
            }
            return $;
        }
    }
}
