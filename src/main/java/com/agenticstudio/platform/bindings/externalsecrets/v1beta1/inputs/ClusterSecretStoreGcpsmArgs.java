package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** spec.provider.gcpsm: Google Cloud Secret Manager (GCPSMProvider). */
public final class ClusterSecretStoreGcpsmArgs extends com.pulumi.resources.ResourceArgs {

    @Import(name = "projectID")
    private @Nullable Output<String> projectID;

    /** @return the project that holds the secrets */
    public Optional<Output<String>> projectID() {
        return Optional.ofNullable(this.projectID);
    }

    @Import(name = "location")
    private @Nullable Output<String> location;

    /** @return the location of regional secrets; global secrets when unset */
    public Optional<Output<String>> location() {
        return Optional.ofNullable(this.location);
    }

    @Import(name = "auth")
    private @Nullable Output<ClusterSecretStoreGcpsmAuthArgs> auth;

    /** @return how to authenticate; the pod's ambient credentials when unset */
    public Optional<Output<ClusterSecretStoreGcpsmAuthArgs>> auth() {
        return Optional.ofNullable(this.auth);
    }

    private ClusterSecretStoreGcpsmArgs() {
    }

    private ClusterSecretStoreGcpsmArgs(ClusterSecretStoreGcpsmArgs $) {
        this.projectID = $.projectID;
        this.location = $.location;
        this.auth = $.auth;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterSecretStoreGcpsmArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ClusterSecretStoreGcpsmArgs $;

        public Builder() {
            $ = new ClusterSecretStoreGcpsmArgs();
        }

        public Builder(ClusterSecretStoreGcpsmArgs defaults) {
            $ = new ClusterSecretStoreGcpsmArgs(Objects.requireNonNull(defaults));
        }

        public Builder projectID(@Nullable Output<String> projectID) {
            $.projectID = projectID;
            return this;
        }

        public Builder projectID(String projectID) {
            return projectID(Output.of(projectID));
        }

        public Builder location(@Nullable Output<String> location) {
            $.location = location;
            return this;
        }

        public Builder location(String location) {
            return location(Output.of(location));
        }

        public Builder auth(@Nullable Output<ClusterSecretStoreGcpsmAuthArgs> auth) {
            $.auth = auth;
            return this;
        }

        public Builder auth(ClusterSecretStoreGcpsmAuthArgs auth) {
            return auth(Output.of(auth));
        }

        public ClusterSecretStoreGcpsmArgs build() {
            return $;
        }
    }
}
