package com.agenticstudio.platform.cluster.kind;

import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

/** STUB: to be implemented. */
public final class KindCluster extends ComponentResource implements ClusterComponent {
    public static final String TYPE = "studio:cluster:Kind";

    public record Options() {
        public static Options from(Settings settings, ClusterSettings.Kind placement) {
            return new Options();
        }
    }

    public KindCluster(String name, Options options, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public ClusterInfo info() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
