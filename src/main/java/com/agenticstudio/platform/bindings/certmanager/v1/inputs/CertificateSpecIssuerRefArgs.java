package com.agenticstudio.platform.bindings.certmanager.v1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A reference to the issuer of a Certificate (cert-manager's ObjectReference).
 * Fields checked: cert-manager/cert-manager@v1.14.5 pkg/apis/meta/v1/types.go.
 */
public final class CertificateSpecIssuerRefArgs extends com.pulumi.resources.ResourceArgs {

    public static final CertificateSpecIssuerRefArgs Empty = new CertificateSpecIssuerRefArgs();

    /** Name of the Issuer or ClusterIssuer. */
    @Import(name = "name", required = true)
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }

    /** Issuer (default) or ClusterIssuer. */
    @Import(name = "kind")
    private @Nullable Output<String> kind;

    public Optional<Output<String>> kind() {
        return Optional.ofNullable(this.kind);
    }

    /** API group of the issuer, cert-manager.io for cert-manager's own. */
    @Import(name = "group")
    private @Nullable Output<String> group;

    public Optional<Output<String>> group() {
        return Optional.ofNullable(this.group);
    }

    private CertificateSpecIssuerRefArgs() {
    }

    private CertificateSpecIssuerRefArgs(CertificateSpecIssuerRefArgs $) {
        this.name = $.name;
        this.kind = $.kind;
        this.group = $.group;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(CertificateSpecIssuerRefArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private CertificateSpecIssuerRefArgs $;

        public Builder() {
            $ = new CertificateSpecIssuerRefArgs();
        }

        public Builder(CertificateSpecIssuerRefArgs defaults) {
            $ = new CertificateSpecIssuerRefArgs(Objects.requireNonNull(defaults));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder kind(@Nullable Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        public Builder group(@Nullable Output<String> group) {
            $.group = group;
            return this;
        }

        public Builder group(String group) {
            return group(Output.of(group));
        }

        public CertificateSpecIssuerRefArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("CertificateSpecIssuerRefArgs", "name");
            }
            return $;
        }
    }
}
