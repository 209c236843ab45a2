package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.addons.SourcedSecret;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A database the platform does not run ({@code databaseMode external}): the Secret {@value #SECRET_NAME}
 * holds its URL under {@value #URL_KEY}. In dev it is written from Pulumi's encrypted config; on shared
 * clusters the secret store copies it from the cloud secret manager, so the URL never enters Pulumi state.
 * The client may reach {@code cidr} on {@code port} and nothing else.
 */
public final class ExternalDatabase implements Database {
    public static final String SECRET_NAME = "db-secret";
    public static final String URL_KEY = "url";
    /** How soon a rotated URL reaches the Secret; pods read it at start, so a rotation also needs a restart. */
    static final String REFRESH_INTERVAL = "1h";

    private final SecretSource source;
    private final Cidr cidr;
    private final int port;
    private final ClusterInfo cluster;
    private final Optional<SecretStore> store;

    public ExternalDatabase(SecretSource source, Cidr cidr, int port, ClusterInfo cluster, Optional<SecretStore> store) {
        this.source = Objects.requireNonNull(source, "source");
        this.cidr = Objects.requireNonNull(cidr, "cidr");
        this.port = port;
        this.cluster = cluster;
        this.store = store;
    }

    @Override
    public Connection connect(Client client, Resource parent, Resource namespace) {
        // dev: a Pulumi secret, which stays secret in state and in the Secret's inputs; elsewhere an entry of the
        // cloud secret manager, copied by the secret store.
        var secret = new SourcedSecret(client.name() + "-database-secret", SECRET_NAME, client.namespace(), client.labels(), URL_KEY,
                source, Map.of(), REFRESH_INTERVAL).declare(store, cluster, parent, namespace);
        return new Connection(SECRET_NAME, URL_KEY, secret, List.of(Flow.Peer.Block.of(cidr)), Flow.Port.tcp(port));
    }
}
