package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The private key of a Certificate. Fields checked: cert-manager/cert-manager@v1.14.5
 * pkg/apis/certmanager/v1/types_certificate.go (CertificatePrivateKey; algorithm RSA, ECDSA or Ed25519).
 */
public final class CertificateSpecPrivateKeyArgs extends com.pulumi.resources.ResourceArgs {

    public static final CertificateSpecPrivateKeyArgs Empty = new CertificateSpecPrivateKeyArgs();

    /** RSA, ECDSA or Ed25519. */
    @Import(name = "algorithm")
    private @Nullable Output<String> algorithm;

    public Optional<Output<String>> algorithm() {
        return Optional.ofNullable(this.algorithm);
    }

    /** Key size: bits for RSA, curve size (256, 384, 521) for ECDSA. */
    @Import(name = "size")
    private @Nullable Output<Integer> size;

    public Optional<Output<Integer>> size() {
        return Optional.ofNullable(this.size);
    }

    private CertificateSpecPrivateKeyArgs() {
    }

    private CertificateSpecPrivateKeyArgs(CertificateSpecPrivateKeyArgs $) {
        this.algorithm = $.algorithm;
        this.size = $.size;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CertificateSpecPrivateKeyArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private CertificateSpecPrivateKeyArgs $;

        public Builder() {
            $ = new CertificateSpecPrivateKeyArgs();
        }

        public Builder(CertificateSpecPrivateKeyArgs defaults) {
            $ = new CertificateSpecPrivateKeyArgs(Objects.requireNonNull(defaults));
        }

        public Builder algorithm(@Nullable Output<String> algorithm) {
            $.algorithm = algorithm;
            return this;
        }

        public Builder algorithm(String algorithm) {
            return algorithm(Output.of(algorithm));
        }

        public Builder size(@Nullable Output<Integer> size) {
            $.size = size;
            return this;
        }

        public Builder size(Integer size) {
            return size(Output.of(size));
        }

        public CertificateSpecPrivateKeyArgs build() {
            return $;
        }
    }
}
