package com.agenticstudio.platform.addons.ingress;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;

/** STUB: to be implemented. */
public final class IngressNginx extends ComponentResource {
    public static final String TYPE = "studio:platform:IngressNginx";
    public static final String NAME = "ingress-nginx";

    public record Options() {
        public static Options from(Settings settings, ClusterInfo cluster) {
            return new Options();
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new IngressNginx(NAME, options, context));
    }

    IngressNginx(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        throw new UnsupportedOperationException("not yet implemented");
    }

    public String className() {
        throw new UnsupportedOperationException();
    }

    public String namespaceName() {
        throw new UnsupportedOperationException();
    }

    public Resource release() {
        throw new UnsupportedOperationException();
    }
}
