package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/** AWS auth through a service account token (IRSA): the provider assumes the role annotated on the service account. */
public final class ClusterSecretStoreAwsJwtAuthArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "serviceAccountRef", required = true)
    private Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef;

    /** @return the service account whose role is assumed */
    public Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef() {
        return this.serviceAccountRef;
    }

    private ClusterSecretStoreAwsJwtAuthArgs() {
    }

    private ClusterSecretStoreAwsJwtAuthArgs(ClusterSecretStoreAwsJwtAuthArgs $) {
        this.serviceAccountRef = $.serviceAccountRef;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreAwsJwtAuthArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreAwsJwtAuthArgs $;

        public Builder() {
            $ = new ClusterSecretStoreAwsJwtAuthArgs();
        }

        public Builder(ClusterSecretStoreAwsJwtAuthArgs defaults) {
            $ = new ClusterSecretStoreAwsJwtAuthArgs(Objects.requireNonNull(defaults));
        }

        public Builder serviceAccountRef(Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef) {
            $.serviceAccountRef = serviceAccountRef;
            return this;
        }

        public Builder serviceAccountRef(ClusterSecretStoreServiceAccountRefArgs serviceAccountRef) {
            return serviceAccountRef(Output.of(serviceAccountRef));
        }

        public ClusterSecretStoreAwsJwtAuthArgs build() {
            if ($.serviceAccountRef == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreAwsJwtAuthArgs", "serviceAccountRef");
            }
            return $;
        }
    }
}
