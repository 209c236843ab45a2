package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.cluster.aws.EksCluster;
import com.agenticstudio.platform.cluster.gcp.GkeCluster;
import com.agenticstudio.platform.cluster.kind.KindCluster;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.resources.ComponentResourceOptions;

/** Picks the cluster implementation the settings ask for. */
public final class Clusters {
    private Clusters() {
    }

    public static ClusterComponent create(Settings settings, ComponentResourceOptions options) {
        var name = settings.cluster().name();
        var placement = settings.cluster().placement();
        if (placement instanceof ClusterSettings.Kind kind) {
            return new KindCluster(name, KindCluster.Options.from(settings, kind), options);
        }
        if (placement instanceof ClusterSettings.Aws aws) {
            return new EksCluster(name, EksCluster.Options.from(settings, aws), options);
        }
        return new GkeCluster(name, GkeCluster.Options.from(settings, (ClusterSettings.Gcp) placement), options);
    }
}
