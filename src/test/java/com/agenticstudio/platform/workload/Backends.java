package com.agenticstudio.platform.workload;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.plan.ResourceGraph;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.Edge;
import com.agenticstudio.platform.settings.Cidr;
import java.util.List;
import com.agenticstudio.platform.services.Monitoring;
import com.agenticstudio.platform.services.PlatformServices;
import com.agenticstudio.platform.services.Scheduling;
import com.agenticstudio.platform.services.Route;
import com.agenticstudio.platform.services.SecretReloads;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cloud;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.Resource;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The backend alone, on a fake cluster, with the platform's services mocked at their contracts: the
 * edge and the secret store hand back stand-in resources and record what the backend asked for.
 */
final class Backends {
    static final String EDGE_NAMESPACE = "edge-system";
    static final Map<String, String> EDGE_PODS = Map.of("app", "edge-proxy");
    static final Map<String, String> ROUTE_LABELS = Map.of("edge/routes", "allowed");
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String DATABASE_SECRET = "test-db-secret";
    static final String DATABASE_KEY = "test-url";
    static final Cidr DATABASE_CIDR = Cidr.of("10.40.240.0/24");
    static final int DATABASE_PORT = 5432;
    /** The platform's reload contract, faked at its shape: one annotation naming the Secrets. */
    static final String RELOAD_ANNOTATION = "test.reload/secrets";

    /** What the backend got from the platform, for tests to verify calls against. */
    record Platform(PlatformServices services, Edge edge, SecretStore secretStore, Monitoring monitoring, Database database) {
    }

    private Backends() {
    }

    /** The backend for a real stack file (with overrides) on a fake cluster of that stack's cloud. */
    static ResourceGraph of(String stack, Map<String, String> overrides) {
        var settings = Graphs.settings(stack, overrides);
        return of(settings, settings.cloud(), UnaryOperator.identity(), platform(settings.cloud() != Cloud.KIND));
    }

    static ResourceGraph of(Settings settings, Cloud cloud, UnaryOperator<ClusterInfo> cluster, Platform platform) {
        return Graphs.component(cloud, fake -> new FastapiBackend("fastapi-backend", FastapiBackend.Options.from(settings),
                cluster.apply(fake), platform.services(), com.pulumi.resources.ComponentResourceOptions.Empty));
    }

    static Platform platform(boolean withSecretStore) {
        var edge = mock(Edge.class);
        when(edge.dataPlane()).thenReturn(new Flow.Peer.Pods(EDGE_NAMESPACE, EDGE_PODS));
        when(edge.routeNamespaceLabels()).thenReturn(ROUTE_LABELS);
        when(edge.route(any(Route.class), any(Resource.class), any(Resource[].class)))
                .thenAnswer(call -> stub("Route", call.<Route>getArgument(0).name()));
        var store = mock(SecretStore.class);
        when(store.sync(any(SecretStore.SecretSync.class), any(Resource.class), any(Resource[].class)))
                .thenAnswer(call -> stub("SecretSync", call.<SecretStore.SecretSync>getArgument(0).name()));
        var monitoring = mock(Monitoring.class);
        when(monitoring.scraper()).thenReturn(new Flow.Peer.Pods(MONITORING_NAMESPACE, Map.of("app", "prometheus")));
        when(monitoring.scrape(any(Monitoring.ServiceScrape.class), any(Resource.class), any(Resource[].class)))
                .thenAnswer(call -> stub("ServiceScrape", call.<Monitoring.ServiceScrape>getArgument(0).name()));
        when(monitoring.alerts(any(Monitoring.AlertGroup.class), any(Resource.class), any(Resource[].class)))
                .thenAnswer(call -> stub("AlertGroup", call.<Monitoring.AlertGroup>getArgument(0).name()));
        when(monitoring.dashboard(any(Monitoring.Dashboard.class), any(Resource.class), any(Resource[].class)))
                .thenAnswer(call -> stub("Dashboard", call.<Monitoring.Dashboard>getArgument(0).name()));
        var scheduling = mock(Scheduling.class);
        when(scheduling.priorityClass(any(Scheduling.Tier.class))).thenAnswer(call -> "test-" + call.<Scheduling.Tier>getArgument(0).name().toLowerCase());
        when(scheduling.ready(any(Scheduling.Tier.class)))
                .thenAnswer(call -> stub("PriorityClass", "test-" + call.<Scheduling.Tier>getArgument(0).name().toLowerCase()));
        var database = mock(Database.class);
        when(database.connect(any(Database.Client.class), any(Resource.class), any(Resource.class)))
                .thenAnswer(call -> new Database.Connection(DATABASE_SECRET, DATABASE_KEY,
                        stub("DatabaseConnection", call.<Database.Client>getArgument(0).name() + "-database-connection"),
                        List.of(Flow.Peer.Block.of(DATABASE_CIDR)), Flow.Port.tcp(DATABASE_PORT)));
        SecretReloads reloads = secrets -> Map.of(RELOAD_ANNOTATION, String.join(",", secrets));
        var services = new PlatformServices(edge, monitoring, withSecretStore ? Optional.of(store) : Optional.empty(), scheduling,
                database, reloads);
        return new Platform(services, edge, store, monitoring, database);
    }

    /** A custom resource (a component would expand to its children when waited for, and has none). */
    static Resource stub(String kind, String name) {
        return new CustomResource("test:index:" + kind, name, null, null);
    }
}
