package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/** ExternalSecret.spec (external-secrets 0.9.20, apis/externalsecrets/v1beta1/externalsecret_types.go). */
public final class ExternalSecretSpecArgs extends com.pulumi.resources.ResourceArgs {
    // A Go duration, as the CRD's refreshInterval: "1h", "15m", "1h30m"; "0" turns refreshing off.
    private static final Pattern DURATION = Pattern.compile("0|(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+");

    /** Entries to copy, one Secret key each; at least one. */
    @Import(name = "data", required = true)
    private Output<List<ExternalSecretSpecDataArgs>> data;

    public Output<List<ExternalSecretSpecDataArgs>> data() {
        return this.data;
    }

    /** How often the operator re-reads the store; defaults to 1h in the CRD. */
    @Import(name = "refreshInterval")
    private @Nullable Output<String> refreshInterval;

    public Optional<Output<String>> refreshInterval() {
        return Optional.ofNullable(this.refreshInterval);
    }

    @Import(name = "secretStoreRef", required = true)
    private Output<ExternalSecretSpecSecretStoreRefArgs> secretStoreRef;

    public Output<ExternalSecretSpecSecretStoreRefArgs> secretStoreRef() {
        return this.secretStoreRef;
    }

    @Import(name = "target")
    private @Nullable Output<ExternalSecretSpecTargetArgs> target;

    public Optional<Output<ExternalSecretSpecTargetArgs>> target() {
        return Optional.ofNullable(this.target);
    }

    private ExternalSecretSpecArgs() {
    }

    private ExternalSecretSpecArgs(ExternalSecretSpecArgs $) {
        this.data = $.data;
        this.refreshInterval = $.refreshInterval;
        this.secretStoreRef = $.secretStoreRef;
        this.target = $.target;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretSpecArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretSpecArgs $;

        public Builder() {
            $ = new ExternalSecretSpecArgs();
        }

        public Builder(ExternalSecretSpecArgs defaults) {
            $ = new ExternalSecretSpecArgs(Objects.requireNonNull(defaults));
        }

        public Builder data(Output<List<ExternalSecretSpecDataArgs>> data) {
            $.data = data;
            return this;
        }

        public Builder data(List<ExternalSecretSpecDataArgs> data) {
            if (data.isEmpty()) {
                throw new IllegalArgumentException("ExternalSecretSpecArgs.data: at least one entry is needed");
            }
            return data(Output.of(List.copyOf(data)));
        }

        public Builder data(ExternalSecretSpecDataArgs... data) {
            return data(List.of(data));
        }

        public Builder refreshInterval(@Nullable Output<String> refreshInterval) {
            $.refreshInterval = refreshInterval;
            return this;
        }

        public Builder refreshInterval(String refreshInterval) {
            if (!DURATION.matcher(refreshInterval).matches()) {
                throw new IllegalArgumentException(
                        "ExternalSecretSpecArgs.refreshInterval: '" + refreshInterval + "' is not a duration such as 1h or 15m");
            }
            return refreshInterval(Output.of(refreshInterval));
        }

        public Builder secretStoreRef(Output<ExternalSecretSpecSecretStoreRefArgs> secretStoreRef) {
            $.secretStoreRef = secretStoreRef;
            return this;
        }

        public Builder secretStoreRef(ExternalSecretSpecSecretStoreRefArgs secretStoreRef) {
            return secretStoreRef(Output.of(secretStoreRef));
        }

        public Builder target(@Nullable Output<ExternalSecretSpecTargetArgs> target) {
            $.target = target;
            return this;
        }

        public Builder target(ExternalSecretSpecTargetArgs target) {
            return target(Output.of(target));
        }

        public ExternalSecretSpecArgs build() {
            if ($.secretStoreRef == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecArgs", "secretStoreRef");
            }
            if ($.data == null) {
                throw new MissingRequiredPropertyException("ExternalSecretSpecArgs", "data");
            }
            return $;
        }
    }
}
