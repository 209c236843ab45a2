package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.Database;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Cloud SQL client with IAM database authentication: the Cloud SQL Auth Proxy runs beside the app in
 * its pods, logs in as the pod's own workload identity ({@code --auto-iam-authn}) over the
 * instance's private address ({@code --private-ip}, port 3307, TLS end to end), and listens on
 * localhost:5432. The app's URL names the IAM user and no password, so nothing secret exists; it is
 * still kept in {@value #SECRET_NAME} (and marked secret) so every target reads DATABASE_URL the same way.
 */
public final class CloudSqlClient implements Database {
    public static final String SECRET_NAME = ExternalDatabase.SECRET_NAME;
    public static final String URL_KEY = ExternalDatabase.URL_KEY;
    /**
     * The Auth Proxy v2.25.3 (2026-08-20, GoogleCloudPlatform/cloud-sql-proxy tag v2.25.3), distroless
     * static nonroot, USER 65532 (its Dockerfile at the tag).
     */
    static final String PROXY_IMAGE = "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.25.3";
    static final int PROXY_USER = 65532;
    static final int LOCAL_PORT = 5432;
    static final int HEALTH_PORT = 9801;

    private final ManagedDatabase database;
    private final ManagedDatabase.Credentials.IamAuthentication credentials;
    private final ClusterInfo cluster;

    public CloudSqlClient(ManagedDatabase database, ClusterInfo cluster) {
        this.database = Objects.requireNonNull(database, "database");
        if (!(database.credentials() instanceof ManagedDatabase.Credentials.IamAuthentication iam)) {
            throw new IllegalArgumentException("a database without IAM authentication needs another client");
        }
        this.credentials = iam;
        this.cluster = cluster;
    }

    private static Resource[] concat(Resource first, List<Resource> rest) {
        var all = new java.util.ArrayList<Resource>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(Resource[]::new);
    }

    @Override
    public Connection connect(Client client, Resource parent, Resource namespace) {
        if (!client.name().equals(credentials.client())) {
            throw new IllegalArgumentException("the database admits the identity of " + credentials.client() + ", not " + client.name());
        }
        var url = "postgresql://" + java.net.URLEncoder.encode(credentials.user(), java.nio.charset.StandardCharsets.UTF_8)
                + "@127.0.0.1:" + LOCAL_PORT + "/" + database.databaseName();
        var secret = new Secret(client.name() + "-database-secret", SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SECRET_NAME).namespace(client.namespace()).labels(client.labels()).build())
                .type("Opaque")
                // No password in it, but a URL stays out of plain plans like any connection string.
                .stringData(Output.ofSecret(Map.of(URL_KEY, url)))
                // The pods start once the instance, the database and the IAM user exist.
                .build(), KubeOptions.of(cluster, parent, concat(namespace, database.ready())));
        var proxy = new Sidecar("cloud-sql-proxy", PROXY_IMAGE,
                credentials.instanceConnectionName().applyValue(instance -> List.of(
                        "--private-ip", "--auto-iam-authn", "--structured-logs", "--exit-zero-on-sigterm",
                        // The app drains for up to 40 s after SIGTERM; the proxy keeps its connections that long.
                        "--max-sigterm-delay=40s",
                        "--address=127.0.0.1", "--port=" + LOCAL_PORT,
                        "--health-check", "--http-address=0.0.0.0", "--http-port=" + HEALTH_PORT,
                        instance)),
                HEALTH_PORT, "/startup", "/liveness", "/readiness", ContainerResources.of("50m", "64Mi", "128Mi").withCpuLimit("250m"),
                PROXY_USER, true);
        return new Connection(SECRET_NAME, URL_KEY, secret, database.addresses().stream().<Flow.Peer>map(Flow.Peer.Block::of).toList(),
                Flow.Port.tcp(credentials.proxyPort()), credentials.clientPermissions(), Optional.of(proxy));
    }
}
