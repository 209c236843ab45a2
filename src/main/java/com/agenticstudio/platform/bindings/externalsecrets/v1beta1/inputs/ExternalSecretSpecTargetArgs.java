package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/** ExternalSecret.spec.target: the Kubernetes Secret the operator writes. */
public final class ExternalSecretSpecTargetArgs extends com.pulumi.resources.ResourceArgs {
    private static final Set<String> CREATION_POLICIES = Set.of("Owner", "Orphan", "Merge", "None");
    private static final Set<String> DELETION_POLICIES = Set.of("Delete", "Merge", "Retain");

    /** Owner (the CRD's default) makes the ExternalSecret own the Secret, so deleting one deletes both. */
    @Import(name = "creationPolicy")
    private @Nullable Output<String> creationPolicy;

    public Optional<Output<String>> creationPolicy() {
        return Optional.ofNullable(this.creationPolicy);
    }

    /** What happens to the Secret when the entry disappears from the store; Retain by default. */
    @Import(name = "deletionPolicy")
    private @Nullable Output<String> deletionPolicy;

    public Optional<Output<String>> deletionPolicy() {
        return Optional.ofNullable(this.deletionPolicy);
    }

    /** The Secret's name; the ExternalSecret's own name when absent. */
    @Import(name = "name")
    private @Nullable Output<String> name;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    private ExternalSecretSpecTargetArgs() {
    }

    private ExternalSecretSpecTargetArgs(ExternalSecretSpecTargetArgs $) {
        this.creationPolicy = $.creationPolicy;
        this.deletionPolicy = $.deletionPolicy;
        this.name = $.name;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ExternalSecretSpecTargetArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private final ExternalSecretSpecTargetArgs $;

        public Builder() {
            $ = new ExternalSecretSpecTargetArgs();
        }

        public Builder(ExternalSecretSpecTargetArgs defaults) {
            $ = new ExternalSecretSpecTargetArgs(Objects.requireNonNull(defaults));
        }

        public Builder creationPolicy(@Nullable Output<String> creationPolicy) {
            $.creationPolicy = creationPolicy;
            return this;
        }

        public Builder creationPolicy(String creationPolicy) {
            return creationPolicy(Output.of(oneOf("creationPolicy", creationPolicy, CREATION_POLICIES)));
        }

        public Builder deletionPolicy(@Nullable Output<String> deletionPolicy) {
            $.deletionPolicy = deletionPolicy;
            return this;
        }

        public Builder deletionPolicy(String deletionPolicy) {
            return deletionPolicy(Output.of(oneOf("deletionPolicy", deletionPolicy, DELETION_POLICIES)));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        private static String oneOf(String field, String value, Set<String> allowed) {
            if (!allowed.contains(value)) {
                throw new IllegalArgumentException("ExternalSecretSpecTargetArgs." + field + ": '" + value + "' is not one of " + allowed);
            }
            return value;
        }

        public ExternalSecretSpecTargetArgs build() {
            return $;
        }
    }
}
