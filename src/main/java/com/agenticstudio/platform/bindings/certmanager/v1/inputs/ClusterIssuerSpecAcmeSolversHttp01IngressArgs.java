package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * The Ingress cert-manager creates to answer an HTTP-01 challenge.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/acme/v1/types_issuer.go L241 (ingressClassName, since v1.12).
 */
public final class ClusterIssuerSpecAcmeSolversHttp01IngressArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecAcmeSolversHttp01IngressArgs Empty = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs();

    /** The IngressClass of the temporary Ingress. */
    @Import(name = "ingressClassName", required = true)
    private Output<String> ingressClassName;

    public Output<String> ingressClassName() {
        return this.ingressClassName;
    }

    private ClusterIssuerSpecAcmeSolversHttp01IngressArgs() {
    }

    private ClusterIssuerSpecAcmeSolversHttp01IngressArgs(ClusterIssuerSpecAcmeSolversHttp01IngressArgs $) {
        this.ingressClassName = $.ingressClassName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecAcmeSolversHttp01IngressArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecAcmeSolversHttp01IngressArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs();
        }

        public Builder(ClusterIssuerSpecAcmeSolversHttp01IngressArgs defaults) {
            $ = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs(Objects.requireNonNull(defaults));
        }

        public Builder ingressClassName(Output<String> ingressClassName) {
            $.ingressClassName = ingressClassName;
            return this;
        }

        public Builder ingressClassName(String ingressClassName) {
            return ingressClassName(Output.of(ingressClassName));
        }

        public ClusterIssuerSpecAcmeSolversHttp01IngressArgs build() {
            if ($.ingressClassName == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmeSolversHttp01IngressArgs", "ingressClassName");
            }
            return $;
        }
    }
}
