package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * An ACME issuer. Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/acme/v1/types_issuer.go (ACMEIssuer).
 */
public final class ClusterIssuerSpecAcmeArgs extends com.pulumi.resources.ResourceArgs {

    public static final ClusterIssuerSpecAcmeArgs Empty = new ClusterIssuerSpecAcmeArgs();

    /** The ACME directory URL, e.g. https://acme-v02.api.letsencrypt.org/directory. */
    @Import(name = "server", required = true)
    private Output<String> server;

    public Output<String> server() {
        return this.server;
    }

    /** Contact address of the ACME account (expiry notices). */
    @Import(name = "email")
    private @Nullable Output<String> email;

    public Optional<Output<String>> email() {
        return Optional.ofNullable(this.email);
    }

    /** The Secret, in cert-manager's cluster resource namespace, that holds the ACME account key. */
    @Import(name = "privateKeySecretRef", required = true)
    private Output<ClusterIssuerSpecAcmePrivateKeySecretRefArgs> privateKeySecretRef;

    public Output<ClusterIssuerSpecAcmePrivateKeySecretRefArgs> privateKeySecretRef() {
        return this.privateKeySecretRef;
    }

    /** How challenges are answered. */
    @Import(name = "solvers")
    private @Nullable Output<List<ClusterIssuerSpecAcmeSolversArgs>> solvers;

    public Optional<Output<List<ClusterIssuerSpecAcmeSolversArgs>>> solvers() {
        return Optional.ofNullable(this.solvers);
    }

    private ClusterIssuerSpecAcmeArgs() {
    }

    private ClusterIssuerSpecAcmeArgs(ClusterIssuerSpecAcmeArgs $) {
        this.server = $.server;
        this.email = $.email;
        this.privateKeySecretRef = $.privateKeySecretRef;
        this.solvers = $.solvers;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterIssuerSpecAcmeArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterIssuerSpecAcmeArgs $;

        public Builder() {
            $ = new ClusterIssuerSpecAcmeArgs();
        }

        public Builder(ClusterIssuerSpecAcmeArgs defaults) {
            $ = new ClusterIssuerSpecAcmeArgs(Objects.requireNonNull(defaults));
        }

        public Builder server(Output<String> server) {
            $.server = server;
            return this;
        }

        public Builder server(String server) {
            return server(Output.of(server));
        }

        public Builder email(@Nullable Output<String> email) {
            $.email = email;
            return this;
        }

        public Builder email(String email) {
            return email(Output.of(email));
        }

        public Builder privateKeySecretRef(Output<ClusterIssuerSpecAcmePrivateKeySecretRefArgs> privateKeySecretRef) {
            $.privateKeySecretRef = privateKeySecretRef;
            return this;
        }

        public Builder privateKeySecretRef(ClusterIssuerSpecAcmePrivateKeySecretRefArgs privateKeySecretRef) {
            return privateKeySecretRef(Output.of(privateKeySecretRef));
        }

        public Builder solvers(@Nullable Output<List<ClusterIssuerSpecAcmeSolversArgs>> solvers) {
            $.solvers = solvers;
            return this;
        }

        public Builder solvers(List<ClusterIssuerSpecAcmeSolversArgs> solvers) {
            return solvers(Output.of(solvers));
        }

        public Builder solvers(ClusterIssuerSpecAcmeSolversArgs... solvers) {
            return solvers(List.of(solvers));
        }

        public ClusterIssuerSpecAcmeArgs build() {
            if ($.server == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmeArgs", "server");
            }
            if ($.privateKeySecretRef == null) {
                throw new MissingRequiredPropertyException("ClusterIssuerSpecAcmeArgs", "privateKeySecretRef");
            }
            return $;
        }
    }
}
