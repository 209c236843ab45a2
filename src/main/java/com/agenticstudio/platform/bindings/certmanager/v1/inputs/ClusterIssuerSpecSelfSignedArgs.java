package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A self-signed issuer: each certificate is signed by its own private key. Rendered as {@code selfSigned: {}}.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/certmanager/v1/types_issuer.go (SelfSignedIssuer).
 */
public final class ClusterIssuerSpecSelfSignedArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecSelfSignedArgs Empty = new ClusterIssuerSpecSelfSignedArgs();

    /** CRL distribution points to put into issued certificates. */
    @Import(name = "crlDistributionPoints")
    private @Nullable Output<List<String>> crlDistributionPoints;

    public Optional<Output<List<String>>> crlDistributionPoints() {
        return Optional.ofNullable(this.crlDistributionPoints);
    }

    private ClusterIssuerSpecSelfSignedArgs() {
    }

    private ClusterIssuerSpecSelfSignedArgs(ClusterIssuerSpecSelfSignedArgs $) {
        this.crlDistributionPoints = $.crlDistributionPoints;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecSelfSignedArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecSelfSignedArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecSelfSignedArgs();
        }

        public Builder(ClusterIssuerSpecSelfSignedArgs defaults) {
            $ = new ClusterIssuerSpecSelfSignedArgs(Objects.requireNonNull(defaults));
        }

        public Builder crlDistributionPoints(@Nullable Output<List<String>> crlDistributionPoints) {
            $.crlDistributionPoints = crlDistributionPoints;
            return this;
        }

        public Builder crlDistributionPoints(List<String> crlDistributionPoints) {
            return crlDistributionPoints(Output.of(crlDistributionPoints));
        }

        public Builder crlDistributionPoints(String... crlDistributionPoints) {
            return crlDistributionPoints(List.of(crlDistributionPoints));
        }

        public ClusterIssuerSpecSelfSignedArgs build() {
            return $;
        }
    }
}
