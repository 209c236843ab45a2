package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.services.Database;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * The backend's side of its database: what the platform's {@link Database} declares for it (the Secret
 * that holds {@code DATABASE_URL}, or what writes it) lives under this component, so that its URN does
 * not depend on which database stands behind the contract.
 */
public final class DatabaseSecret extends ComponentResource {
    public static final String TYPE = "studio:workload:DatabaseSecret";

    private final Database.Connection connection;

    public DatabaseSecret(String name, Database database, Database.Client client, Resource namespace,
                          ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.connection = database.connect(client, this, namespace);
        registerOutputs(Map.of());
    }

    public Database.Connection connection() {
        return connection;
    }
}
