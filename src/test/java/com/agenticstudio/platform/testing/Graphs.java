package com.agenticstudio.platform.testing;

import com.agenticstudio.platform.StudioPlatform;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.ImageLoader;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.agenticstudio.platform.cluster.aws.EksCluster;
import com.agenticstudio.platform.cluster.gcp.GkeCluster;
import com.agenticstudio.platform.cluster.kind.KindCluster;
import com.agenticstudio.platform.plan.PlanEngine;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.plan.StackConfig;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.settings.SettingsLoader;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the real program (or one component) under the offline plan's recording engine. Stack graphs
 * are computed once per JVM and shared by every test that asks for the same stack and overrides.
 */
public final class Graphs {
    /** The repository root, where Pulumi.yaml and the stack files live (Maven runs tests from there). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final String FAKE_IDENTITY_ANNOTATION = "test.studio/identity";

    private static final Map<String, ResourceGraph> STACKS = new ConcurrentHashMap<>();

    /**
     * The dev stack's database URL with an external database, as `pulumi config set --secret databaseUrl`
     * would add it; the stack file holds none. Secret all the way: no plan may show it.
     */
    public static final String DEV_DATABASE_URL = "postgresql://studio:dev-only-password@db.studio.local:5432/studio";

    /** The dev stack's Grafana admin password, as `pulumi config set --secret grafanaAdminPassword` would add it. */
    public static final String DEV_GRAFANA_PASSWORD = "dev-only-grafana-password";

    /** The dev stack's password of Grafana's Elasticsearch user, as `pulumi config set --secret elasticsearchGrafanaPassword` would add it. */
    public static final String DEV_ELASTICSEARCH_PASSWORD = "dev-only-elasticsearch-password";

    private Graphs() {
    }

    public static ResourceGraph stack(String stack) {
        return stack(stack, Map.of());
    }

    /** The real program for the real stack file; override keys are unqualified, e.g. {@code cloud}. */
    public static ResourceGraph stack(String stack, Map<String, String> overrides) {
        var key = stack + new TreeMap<>(overrides);
        var cached = STACKS.get(key);
        if (cached != null) {
            return cached;
        }
        var graph = run(config(stack, overrides), StudioPlatform::define);
        STACKS.put(key, graph);
        return graph;
    }

    /** The stack file with overrides, and in dev the secrets its developer would have set (the URL of an external database). */
    public static StackConfig config(String stack, Map<String, String> overrides) {
        var secrets = new java.util.HashMap<String, String>();
        if (stack.equals("dev") && "external".equals(overrides.get("databaseMode")) && !overrides.containsKey("databaseUrl")) {
            secrets.put("databaseUrl", DEV_DATABASE_URL);
        }
        if (stack.equals("dev") && !overrides.containsKey("grafanaAdminPassword")) {
            secrets.put("grafanaAdminPassword", DEV_GRAFANA_PASSWORD);
        }
        if (stack.equals("dev") && !overrides.containsKey("elasticsearchGrafanaPassword")) {
            secrets.put("elasticsearchGrafanaPassword", DEV_ELASTICSEARCH_PASSWORD);
        }
        return StackConfig.load(PROJECT, stack, overrides, secrets);
    }

    /** The problems the program reports for this stack and overrides; empty when it runs. */
    public static List<String> problems(String stack, Map<String, String> overrides) {
        return PlanEngine.run(config(stack, overrides), StudioPlatform::define).problems();
    }

    /** The parsed settings of a real stack file, without running the program. */
    public static Settings settings(String stack, Map<String, String> overrides) {
        return SettingsLoader.load(stack, new StackConfigSource(config(stack, overrides)));
    }

    /** The settings loader's verdict on a real stack file with overrides, without running the program. */
    public static SettingsLoader.Result read(String stack, Map<String, String> overrides) {
        return SettingsLoader.read(stack, new StackConfigSource(config(stack, overrides)));
    }

    /** Runs {@code body} in a mocked deployment, handing it a fake cluster of the given cloud. */
    public static ResourceGraph component(Cloud cloud, Function<ClusterInfo, ?> body) {
        return program(ctx -> body.apply(fakeCluster(cloud)));
    }

    /** Runs any program under the recording engine, with no configuration. */
    public static ResourceGraph program(Consumer<Context> program) {
        return run(new StackConfig("test", Map.of(), java.util.Set.of(), java.util.Set.of(), List.of()), program);
    }

    private static ResourceGraph run(StackConfig config, Consumer<Context> program) {
        var run = PlanEngine.run(config, program);
        if (!run.ok()) {
            throw new AssertionError("the program failed:\n  " + String.join("\n  ", run.problems()));
        }
        return run.graph();
    }

    /** A cluster with an explicit provider named {@code test-k8s}, as the cluster layer would hand it up. */
    public static ClusterInfo fakeCluster(Cloud cloud) {
        var provider = new Provider("test-k8s", ProviderArgs.builder().kubeconfig(Output.ofSecret("test-kubeconfig")).build());
        WorkloadIdentity identity = cloud == Cloud.KIND ? WorkloadIdentity.NONE
                : (name, namespace, serviceAccount, permissions, parent) ->
                        Output.of(Map.of(FAKE_IDENTITY_ANNOTATION, namespace + "/" + serviceAccount));
        // kind side-loads local images; the stand-in loader is a plain resource the pods can wait for.
        Optional<ImageLoader> loader = cloud == Cloud.KIND
                ? Optional.of((name, image, parent) -> new CustomResource("test:index:ImageLoader", name, null,
                        CustomResourceOptions.builder().parent(parent).build()))
                : Optional.empty();
        return new ClusterInfo("test", KUBERNETES_VERSION, location(cloud), zones(cloud), provider, Output.ofSecret("test-kubeconfig"),
                identity, network(cloud), loader, storageClass(cloud));
    }

    public static final String KUBERNETES_VERSION = "1.35";

    /** A node network of 10.40.0.0/16 whose API server and webhook callers live in it; cloud APIs on the internet. */
    public static ClusterNetwork network(Cloud cloud) {
        var nodes = List.of(Cidr.of("10.40.0.0/16"));
        return new ClusterNetwork(nodes, ClusterNetwork.Endpoints.of(nodes, 443), nodes,
                cloud == Cloud.KIND ? List.of() : List.of(ClusterNetwork.Endpoints.internet(443)));
    }

    /**
     * The same cluster for tests of options, outside any deployment: where it runs and its zones, but
     * no provider, kubeconfig or identity (those need the engine).
     */
    public static ClusterInfo offlineCluster(Cloud cloud) {
        return new ClusterInfo("test", KUBERNETES_VERSION, location(cloud), zones(cloud), null, null, WorkloadIdentity.NONE,
                network(cloud), Optional.empty(), storageClass(cloud));
    }

    /** The StorageClass each cluster component hands up. */
    public static String storageClass(Cloud cloud) {
        return switch (cloud) {
            case AWS -> EksCluster.STORAGE_CLASS;
            case GCP -> GkeCluster.STORAGE_CLASS;
            case KIND -> KindCluster.STORAGE_CLASS;
        };
    }

    private static ClusterLocation location(Cloud cloud) {
        if (cloud == Cloud.AWS) {
            return new ClusterLocation.Aws("eu-west-1", "222222222222", Output.of("vpc-test"));
        }
        return cloud == Cloud.GCP ? new ClusterLocation.Gcp("studio-test-4711", "europe-west1", "test")
                : new ClusterLocation.Kind(30080, 30443);
    }

    private static List<String> zones(Cloud cloud) {
        if (cloud == Cloud.AWS) {
            return List.of("eu-west-1a", "eu-west-1b", "eu-west-1c");
        }
        return cloud == Cloud.GCP ? List.of("europe-west1-b", "europe-west1-c", "europe-west1-d") : List.of();
    }
}
