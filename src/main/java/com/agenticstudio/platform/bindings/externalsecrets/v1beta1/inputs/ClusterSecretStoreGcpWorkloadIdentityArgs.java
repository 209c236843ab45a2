package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** GCP auth through GKE workload identity: a service account token exchanged for the bound Google service account. */
public final class ClusterSecretStoreGcpWorkloadIdentityArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "serviceAccountRef", required = true)
    private Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef;

    /** @return the Kubernetes service account bound to a Google service account */
    public Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef() {
        return this.serviceAccountRef;
    }

    @Import(name = "clusterLocation", required = true)
    private Output<String> clusterLocation;

    /** @return the GKE cluster's location (region or zone) */
    public Output<String> clusterLocation() {
        return this.clusterLocation;
    }

    @Import(name = "clusterName", required = true)
    private Output<String> clusterName;

    /** @return the GKE cluster's name */
    public Output<String> clusterName() {
        return this.clusterName;
    }

    @Import(name = "clusterProjectID")
    private @Nullable Output<String> clusterProjectID;

    /** @return the GKE cluster's project, when it differs from the secrets' project */
    public Optional<Output<String>> clusterProjectID() {
        return Optional.ofNullable(this.clusterProjectID);
    }

    private ClusterSecretStoreGcpWorkloadIdentityArgs() {
    }

    private ClusterSecretStoreGcpWorkloadIdentityArgs(ClusterSecretStoreGcpWorkloadIdentityArgs $) {
        this.serviceAccountRef = $.serviceAccountRef;
        this.clusterLocation = $.clusterLocation;
        this.clusterName = $.clusterName;
        this.clusterProjectID = $.clusterProjectID;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreGcpWorkloadIdentityArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreGcpWorkloadIdentityArgs $;

        public Builder() {
            $ = new ClusterSecretStoreGcpWorkloadIdentityArgs();
        }

        public Builder(ClusterSecretStoreGcpWorkloadIdentityArgs defaults) {
            $ = new ClusterSecretStoreGcpWorkloadIdentityArgs(Objects.requireNonNull(defaults));
        }

        public Builder serviceAccountRef(Output<ClusterSecretStoreServiceAccountRefArgs> serviceAccountRef) {
            $.serviceAccountRef = serviceAccountRef;
            return this;
        }

        public Builder serviceAccountRef(ClusterSecretStoreServiceAccountRefArgs serviceAccountRef) {
            return serviceAccountRef(Output.of(serviceAccountRef));
        }

        public Builder clusterLocation(Output<String> clusterLocation) {
            $.clusterLocation = clusterLocation;
            return this;
        }

        public Builder clusterLocation(String clusterLocation) {
            return clusterLocation(Output.of(clusterLocation));
        }

        public Builder clusterName(Output<String> clusterName) {
            $.clusterName = clusterName;
            return this;
        }

        public Builder clusterName(String clusterName) {
            return clusterName(Output.of(clusterName));
        }

        public Builder clusterProjectID(@Nullable Output<String> clusterProjectID) {
            $.clusterProjectID = clusterProjectID;
            return this;
        }

        public Builder clusterProjectID(String clusterProjectID) {
            return clusterProjectID(Output.of(clusterProjectID));
        }

        public ClusterSecretStoreGcpWorkloadIdentityArgs build() {
            if ($.serviceAccountRef == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreGcpWorkloadIdentityArgs", "serviceAccountRef");
            }
            if ($.clusterLocation == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreGcpWorkloadIdentityArgs", "clusterLocation");
            }
            if ($.clusterName == null) {
                throw new MissingRequiredPropertyException("ClusterSecretStoreGcpWorkloadIdentityArgs", "clusterName");
            }
            return $;
        }
    }
}
