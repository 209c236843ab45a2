package com.agenticstudio.platform.security;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

/** STUB: to be implemented. */
public final class AccessControl extends ComponentResource {
    public static final String TYPE = "studio:security:AccessControl";

    public record Options() {
        public static Options from(Settings settings) {
            return new Options();
        }
    }

    public AccessControl(String name, Options options, ClusterInfo cluster, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
    }
}
