package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.platform.PlatformServices;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.Resource;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The backend alone, on a fake cluster, with stand-ins for what the platform layer hands it. */
final class Backends {
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String INGRESS_CLASS = "nginx";
    static final String STORE = "cloud-secrets";

    private Backends() {
    }

    /** The backend for a real stack file (with overrides) on a fake cluster of that stack's cloud. */
    static ResourceGraph of(String stack, Map<String, String> overrides) {
        var settings = Graphs.settings(stack, overrides);
        return of(settings, settings.cloud(), UnaryOperator.identity());
    }

    static ResourceGraph of(Settings settings, Cloud cloud, UnaryOperator<ClusterInfo> cluster) {
        return Graphs.component(cloud, fake -> new FastapiBackend("fastapi-backend", FastapiBackend.Options.from(settings),
                cluster.apply(fake), platform(cloud != Cloud.KIND), com.pulumi.resources.ComponentResourceOptions.Empty));
    }

    static PlatformServices platform(boolean withSecretStore) {
        var controller = stub("IngressController", "ingress-controller");
        Optional<PlatformServices.SecretStore> store = withSecretStore
                ? Optional.of(new PlatformServices.SecretStore(STORE, stub("SecretStore", "secret-store")))
                : Optional.empty();
        return new PlatformServices(INGRESS_CLASS, INGRESS_NAMESPACE, controller, store);
    }

    /** A custom resource (a component would expand to its children when waited for, and has none). */
    static Resource stub(String kind, String name) {
        return new CustomResource("test:index:" + kind, name, null, null);
    }
}
