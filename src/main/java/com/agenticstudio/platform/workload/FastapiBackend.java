package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.platform.PlatformServices;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

/** STUB: to be implemented. */
public final class FastapiBackend extends ComponentResource {
    public static final String TYPE = "studio:workload:FastapiBackend";

    public record Options() {
        public static Options from(Settings settings) {
            return new Options();
        }
    }

    public FastapiBackend(String name, Options options, ClusterInfo cluster, PlatformServices platform,
                          ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
    }

    public Output<String> url() {
        return Output.of("");
    }
}
