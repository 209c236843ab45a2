package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * A CA issuer: signs with the key pair in a Secret of cert-manager's cluster resource namespace.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/certmanager/v1/types_issuer.go (CAIssuer).
 */
public final class ClusterIssuerSpecCaArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecCaArgs Empty = new ClusterIssuerSpecCaArgs();

    /** The Secret with tls.crt and tls.key of the CA. */
    @Import(name = "secretName", required = true)
    private Output<String> secretName;

    public Output<String> secretName() {
        return this.secretName;
    }

    private ClusterIssuerSpecCaArgs() {
    }

    private ClusterIssuerSpecCaArgs(ClusterIssuerSpecCaArgs $) {
        this.secretName = $.secretName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecCaArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecCaArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecCaArgs();
        }

        public Builder(ClusterIssuerSpecCaArgs defaults) {
            $ = new ClusterIssuerSpecCaArgs(Objects.requireNonNull(defaults));
        }

        public Builder secretName(Output<String> secretName) {
            $.secretName = secretName;
            return this;
        }

        public Builder secretName(String secretName) {
            return secretName(Output.of(secretName));
        }

        public ClusterIssuerSpecCaArgs build() {
            if ($.secretName == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecCaArgs", "secretName");
            }
            return $;
        }
    }
}
