package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * The spec of a ClusterIssuer (cert-manager's IssuerSpec). Exactly one way of signing must be chosen;
 * cert-manager would accept the object and then report the issuer as not ready, so the builder refuses it.
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/certmanager/v1/types_issuer.go (IssuerConfig).
 */
public final class ClusterIssuerSpecArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecArgs Empty = new ClusterIssuerSpecArgs();

    /** Sign through an ACME server such as Let's Encrypt. */
    @Import(name = "acme")
    private @Nullable Output<ClusterIssuerSpecAcmeArgs> acme;

    public Optional<Output<ClusterIssuerSpecAcmeArgs>> acme() {
        return Optional.ofNullable(this.acme);
    }

    /** Sign with the CA key pair stored in a Secret. */
    @Import(name = "ca")
    private @Nullable Output<ClusterIssuerSpecCaArgs> ca;

    public Optional<Output<ClusterIssuerSpecCaArgs>> ca() {
        return Optional.ofNullable(this.ca);
    }

    /** Sign each certificate with its own key. */
    @Import(name = "selfSigned")
    private @Nullable Output<ClusterIssuerSpecSelfSignedArgs> selfSigned;

    public Optional<Output<ClusterIssuerSpecSelfSignedArgs>> selfSigned() {
        return Optional.ofNullable(this.selfSigned);
    }

    private ClusterIssuerSpecArgs() {
    }

    private ClusterIssuerSpecArgs(ClusterIssuerSpecArgs $) {
        this.acme = $.acme;
        this.ca = $.ca;
        this.selfSigned = $.selfSigned;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecArgs();
        }

        public Builder(ClusterIssuerSpecArgs defaults) {
            $ = new ClusterIssuerSpecArgs(Objects.requireNonNull(defaults));
        }

        public Builder acme(@Nullable Output<ClusterIssuerSpecAcmeArgs> acme) {
            $.acme = acme;
            return this;
        }

        public Builder acme(ClusterIssuerSpecAcmeArgs acme) {
            return acme(Output.of(acme));
        }

        public Builder ca(@Nullable Output<ClusterIssuerSpecCaArgs> ca) {
            $.ca = ca;
            return this;
        }

        public Builder ca(ClusterIssuerSpecCaArgs ca) {
            return ca(Output.of(ca));
        }

        public Builder selfSigned(@Nullable Output<ClusterIssuerSpecSelfSignedArgs> selfSigned) {
            $.selfSigned = selfSigned;
            return this;
        }

        public Builder selfSigned(ClusterIssuerSpecSelfSignedArgs selfSigned) {
            return selfSigned(Output.of(selfSigned));
        }

        public ClusterIssuerSpecArgs build() {
            var chosen = Stream.of(
                    $.acme == null ? null : "acme",
                    $.ca == null ? null : "ca",
                    $.selfSigned == null ? null : "selfSigned").filter(Objects::nonNull).toList();
            if (chosen.size() != 1) {
                throw new IllegalArgumentException("a ClusterIssuer spec needs exactly one of acme, ca or selfSigned; got "
                        + (chosen.isEmpty() ? "none" : String.join(" and ", chosen)));
            }
            return $;
        }
    }
}
