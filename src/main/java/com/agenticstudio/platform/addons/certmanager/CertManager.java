package com.agenticstudio.platform.addons.certmanager;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;

/** STUB: to be implemented. */
public final class CertManager extends ComponentResource {
    public static final String TYPE = "studio:platform:CertManager";
    public static final String NAME = "cert-manager";

    public record Options() {
        public static Options from(Settings settings, ClusterInfo cluster) {
            return new Options();
        }
    }

    public static Addon addon(Options options) {
        return Addon.of(NAME, context -> new CertManager(NAME, options, context));
    }

    CertManager(String name, Options options, AddonContext context) {
        super(TYPE, name, context.options());
        throw new UnsupportedOperationException("not yet implemented");
    }
}
