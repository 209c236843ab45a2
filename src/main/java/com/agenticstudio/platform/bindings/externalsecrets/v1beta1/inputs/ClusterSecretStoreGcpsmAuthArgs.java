package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** How the GCP Secret Manager provider authenticates; only workload identity is bound here, key files are not. */
public final class ClusterSecretStoreGcpsmAuthArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "workloadIdentity")
    private @Nullable Output<ClusterSecretStoreGcpWorkloadIdentityArgs> workloadIdentity;

    /** @return authentication through GKE workload identity */
    public Optional<Output<ClusterSecretStoreGcpWorkloadIdentityArgs>> workloadIdentity() {
        return Optional.ofNullable(this.workloadIdentity);
    }

    private ClusterSecretStoreGcpsmAuthArgs() {
    }

    private ClusterSecretStoreGcpsmAuthArgs(ClusterSecretStoreGcpsmAuthArgs $) {
        this.workloadIdentity = $.workloadIdentity;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreGcpsmAuthArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreGcpsmAuthArgs $;

        public Builder() {
            $ = new ClusterSecretStoreGcpsmAuthArgs();
        }

        public Builder(ClusterSecretStoreGcpsmAuthArgs defaults) {
            $ = new ClusterSecretStoreGcpsmAuthArgs(Objects.requireNonNull(defaults));
        }

        public Builder workloadIdentity(@Nullable Output<ClusterSecretStoreGcpWorkloadIdentityArgs> workloadIdentity) {
            $.workloadIdentity = workloadIdentity;
            return this;
        }

        public Builder workloadIdentity(ClusterSecretStoreGcpWorkloadIdentityArgs workloadIdentity) {
            return workloadIdentity(Output.of(workloadIdentity));
        }

        public ClusterSecretStoreGcpsmAuthArgs build() {
            return $;
        }
    }
}
