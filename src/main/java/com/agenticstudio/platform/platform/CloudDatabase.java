package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.cluster.ManagedDatabase;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.SecretStore;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cloud's managed PostgreSQL whose credentials live in the cloud's secret manager (RDS): the secret
 * store composes {@value #SECRET_NAME} from the managed user name and password and the endpoint the
 * program knows, with TLS required, so a rotated password reaches the URL without Pulumi. The client
 * reaches the database's subnets on its port and nothing else.
 */
public final class CloudDatabase implements Database {
    public static final String SECRET_NAME = ExternalDatabase.SECRET_NAME;
    public static final String URL_KEY = ExternalDatabase.URL_KEY;
    /**
     * RDS rotates the master password every 7 days; from then until the Secret holds the new one (and
     * Reloader has rolled the pods) new connections fail, so it is read every minute: a Secrets Manager
     * call a minute costs cents a month.
     */
    static final String REFRESH_INTERVAL = "1m";

    private final ManagedDatabase database;
    private final ManagedDatabase.Credentials.CloudSecret credentials;
    private final SecretStore store;

    public CloudDatabase(ManagedDatabase database, SecretStore store) {
        this.database = Objects.requireNonNull(database, "database");
        if (!(database.credentials() instanceof ManagedDatabase.Credentials.CloudSecret secret)) {
            throw new IllegalArgumentException("a database whose credentials are not in the secret manager needs another client");
        }
        this.credentials = secret;
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Connection connect(Client client, Resource parent, Resource namespace) {
        var user = credentials.usernameProperty();
        var password = credentials.passwordProperty();
        // Only the template's shape and the endpoint are in the plan; user and password are filled in in the cluster.
        var url = database.host().applyValue(host -> "postgresql://{{ ." + user + " | urlquery }}:{{ ." + password
                + " | urlquery }}@" + host + ":" + database.port() + "/" + database.databaseName() + "?sslmode=require");
        var secret = store.compose(new SecretStore.SecretComposition(client.name() + "-database-secret", client.namespace(),
                client.labels(), SECRET_NAME, credentials.secretArn(), List.of(user, password), Map.of(URL_KEY, url),
                REFRESH_INTERVAL), parent, namespace);
        return new Connection(SECRET_NAME, URL_KEY, secret,
                database.addresses().stream().<Flow.Peer>map(Flow.Peer.Block::of).toList(), Flow.Port.tcp(database.port()));
    }
}
