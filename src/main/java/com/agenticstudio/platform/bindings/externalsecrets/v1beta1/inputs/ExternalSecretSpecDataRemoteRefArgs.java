package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** ExternalSecret.spec.data[].remoteRef: which store entry, and which JSON property of it. */
public final class ExternalSecretSpecDataRemoteRefArgs extends com.pulumi.resources.ResourceArgs {

    /** The entry's name in the store (the AWS or GCP secret name). */
    @Import(name = "key", required = true)
    private Output<String> key;

    public Output<String> key() {
        return this.key;
    }

    /** A property of a JSON entry; absent means the whole value. */
    @Import(name = "property")
    private @Nullable Output<String> property;

    public Optional<Output<String>> property() {
        return Optional.ofNullable(this.property);
    }

    /** A version of the entry; absent means the latest. */
    @Import(name = "version")
    private @Nullable Output<String> version;

    public Optional<Output<String>> version() {
        return Optional.ofNullable(this.version);
    }

    private ExternalSecretSpecDataRemoteRefArgs() {
    }

    private ExternalSecretSpecDataRemoteRefArgs(ExternalSecretSpecDataRemoteRefArgs $) {
        this.key = $.key;
        this.property = $.property;
        this.version = $.version;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretSpecDataRemoteRefArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretSpecDataRemoteRefArgs $;

        public Builder() {
            $ = new ExternalSecretSpecDataRemoteRefArgs();
        }

        public Builder(ExternalSecretSpecDataRemoteRefArgs defaults) {
            $ = new ExternalSecretSpecDataRemoteRefArgs(Objects.requireNonNull(defaults));
        }

        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        public Builder key(String key) {
            return key(Output.of(key));
        }

        public Builder property(@Nullable Output<String> property) {
            $.property = property;
            return this;
        }

        public Builder property(String property) {
            return property(Output.of(property));
        }

        public Builder version(@Nullable Output<String> version) {
            $.version = version;
            return this;
        }

        public Builder version(String version) {
            return version(Output.of(version));
        }

        public ExternalSecretSpecDataRemoteRefArgs build() {
            if ($.key == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecDataRemoteRefArgs", "key");
            }
            return $;
        }
    }
}
