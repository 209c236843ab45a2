package com.agenticstudio.platform.addons.metrics;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;

/** STUB: to be implemented. */
public final class MetricsServer extends ComponentResource {
    public static final String TYPE = "studio:platform:MetricsServer";
    public static final String NAME = "metrics-server";

    public record Options() {
        public static Options from(Settings settings, ClusterInfo cluster) {
            return new Options();
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new MetricsServer(NAME, options, context));
    }

    MetricsServer(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        throw new UnsupportedOperationException("not yet implemented");
    }
}
