package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * The HTTP-01 solver; only the Ingress variant is bound, so it is required.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/acme/v1/types_issuer.go (ACMEChallengeSolverHTTP01).
 */
public final class ClusterIssuerSpecAcmeSolversHttp01Args extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecAcmeSolversHttp01Args Empty = new ClusterIssuerSpecAcmeSolversHttp01Args();

    /** Answer through a temporary Ingress served by the cluster's ingress controller. */
    @Import(name = "ingress", required = true)
    private Output<ClusterIssuerSpecAcmeSolversHttp01IngressArgs> ingress;

    public Output<ClusterIssuerSpecAcmeSolversHttp01IngressArgs> ingress() {
        return this.ingress;
    }

    private ClusterIssuerSpecAcmeSolversHttp01Args() {
    }

    private ClusterIssuerSpecAcmeSolversHttp01Args(ClusterIssuerSpecAcmeSolversHttp01Args $) {
        this.ingress = $.ingress;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecAcmeSolversHttp01Args defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecAcmeSolversHttp01Args $;

        public Builder() {
            $ = new ClusterIssuerSpecAcmeSolversHttp01Args();
        }

        public Builder(ClusterIssuerSpecAcmeSolversHttp01Args defaults) {
            $ = new ClusterIssuerSpecAcmeSolversHttp01Args(Objects.requireNonNull(defaults));
        }

        public Builder ingress(Output<ClusterIssuerSpecAcmeSolversHttp01IngressArgs> ingress) {
            $.ingress = ingress;
            return this;
        }

        public Builder ingress(ClusterIssuerSpecAcmeSolversHttp01IngressArgs ingress) {
            return ingress(Output.of(ingress));
        }

        public ClusterIssuerSpecAcmeSolversHttp01Args build() {
            if ($.ingress == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmeSolversHttp01Args", "ingress");
            }
            return $;
        }
    }
}
