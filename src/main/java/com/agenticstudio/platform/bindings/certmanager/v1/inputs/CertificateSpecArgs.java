package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The spec of a Certificate. Fields checked: cert-manager/cert-manager@v1.14.5
 * pkg/apis/certmanager/v1/types_certificate.go (CertificateSpec; secretName and issuerRef are required there too).
 */
public final class CertificateSpecArgs extends com.pulumi.resources.ResourceArgs {

    public static final CertificateSpecArgs Empty = new CertificateSpecArgs();

    /** The Secret the signed key pair is written to, in the Certificate's namespace. */
    @Import(name = "secretName", required = true)
    private Output<String> secretName;

    public Output<String> secretName() {
        return this.secretName;
    }

    /** Which issuer signs it. */
    @Import(name = "issuerRef", required = true)
    private Output<CertificateSpecIssuerRefArgs> issuerRef;

    public Output<CertificateSpecIssuerRefArgs> issuerRef() {
        return this.issuerRef;
    }

    /** Subject common name. */
    @Import(name = "commonName")
    private @Nullable Output<String> commonName;

    public Optional<Output<String>> commonName() {
        return Optional.ofNullable(this.commonName);
    }

    /** Subject alternative DNS names. */
    @Import(name = "dnsNames")
    private @Nullable Output<List<String>> dnsNames;

    public Optional<Output<List<String>>> dnsNames() {
        return Optional.ofNullable(this.dnsNames);
    }

    /** Mark the certificate as a CA, so that a CA issuer can sign with it. */
    @Import(name = "isCA")
    private @Nullable Output<Boolean> isCA;

    public Optional<Output<Boolean>> isCA() {
        return Optional.ofNullable(this.isCA);
    }

    /** Algorithm and size of the private key. */
    @Import(name = "privateKey")
    private @Nullable Output<CertificateSpecPrivateKeyArgs> privateKey;

    public Optional<Output<CertificateSpecPrivateKeyArgs>> privateKey() {
        return Optional.ofNullable(this.privateKey);
    }

    private CertificateSpecArgs() {
    }

    private CertificateSpecArgs(CertificateSpecArgs $) {
        this.secretName = $.secretName;
        this.issuerRef = $.issuerRef;
        this.commonName = $.commonName;
        this.dnsNames = $.dnsNames;
        this.isCA = $.isCA;
        this.privateKey = $.privateKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CertificateSpecArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private CertificateSpecArgs $;

        public Builder() {
            $ = new CertificateSpecArgs();
        }

        public Builder(CertificateSpecArgs defaults) {
            $ = new CertificateSpecArgs(Objects.requireNonNull(defaults));
        }

        public Builder secretName(Output<String> secretName) {
            $.secretName = secretName;
            return this;
        }

        public Builder secretName(String secretName) {
            return secretName(Output.of(secretName));
        }

        public Builder issuerRef(Output<CertificateSpecIssuerRefArgs> issuerRef) {
            $.issuerRef = issuerRef;
            return this;
        }

        public Builder issuerRef(CertificateSpecIssuerRefArgs issuerRef) {
            return issuerRef(Output.of(issuerRef));
        }

        public Builder commonName(@Nullable Output<String> commonName) {
            $.commonName = commonName;
            return this;
        }

        public Builder commonName(String commonName) {
            return commonName(Output.of(commonName));
        }

        public Builder dnsNames(@Nullable Output<List<String>> dnsNames) {
            $.dnsNames = dnsNames;
            return this;
        }

        public Builder dnsNames(List<String> dnsNames) {
            return dnsNames(Output.of(dnsNames));
        }

        public Builder dnsNames(String... dnsNames) {
            return dnsNames(List.of(dnsNames));
        }

        public Builder isCA(@Nullable Output<Boolean> isCA) {
            $.isCA = isCA;
            return this;
        }

        public Builder isCA(Boolean isCA) {
            return isCA(Output.of(isCA));
        }

        public Builder privateKey(@Nullable Output<CertificateSpecPrivateKeyArgs> privateKey) {
            $.privateKey = privateKey;
            return this;
        }

        public Builder privateKey(CertificateSpecPrivateKeyArgs privateKey) {
            return privateKey(Output.of(privateKey));
        }

        public CertificateSpecArgs build() {
            if ($.secretName == null) {
                throw new MissingRequiredPropertyException("CertificateSpecArgs", "secretName");
            }
            if ($.issuerRef == null) {
                throw new MissingRequiredPropertyException("CertificateSpecArgs", "issuerRef");
            }
            return $;
        }
    }
}
