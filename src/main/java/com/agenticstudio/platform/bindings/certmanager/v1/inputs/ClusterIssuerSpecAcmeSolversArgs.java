package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * One ACME challenge solver. Only HTTP-01 is bound (the platform has no DNS credentials), so it is required.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/acme/v1/types_issuer.go (ACMEChallengeSolver).
 */
public final class ClusterIssuerSpecAcmeSolversArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecAcmeSolversArgs Empty = new ClusterIssuerSpecAcmeSolversArgs();

    /** Answer challenges over HTTP on port 80. */
    @Import(name = "http01", required = true)
    private Output<ClusterIssuerSpecAcmeSolversHttp01Args> http01;

    public Output<ClusterIssuerSpecAcmeSolversHttp01Args> http01() {
        return this.http01;
    }

    private ClusterIssuerSpecAcmeSolversArgs() {
    }

    private ClusterIssuerSpecAcmeSolversArgs(ClusterIssuerSpecAcmeSolversArgs $) {
        this.http01 = $.http01;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecAcmeSolversArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecAcmeSolversArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecAcmeSolversArgs();
        }

        public Builder(ClusterIssuerSpecAcmeSolversArgs defaults) {
            $ = new ClusterIssuerSpecAcmeSolversArgs(Objects.requireNonNull(defaults));
        }

        public Builder http01(Output<ClusterIssuerSpecAcmeSolversHttp01Args> http01) {
            $.http01 = http01;
            return this;
        }

        public Builder http01(ClusterIssuerSpecAcmeSolversHttp01Args http01) {
            return http01(Output.of(http01));
        }

        public ClusterIssuerSpecAcmeSolversArgs build() {
            if ($.http01 == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmeSolversArgs", "http01");
            }
            return $;
        }
    }
}
