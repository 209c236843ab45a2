package com.agenticstudio.platform.services;

import com.agenticstudio.platform.kube.Flow;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backend's PostgreSQL, whoever runs it (RDS, Cloud SQL, CloudNativePG, or an external one): where
 * a client's {@code DATABASE_URL} comes from and the one place its egress may reach. The client never
 * learns which implementation stands behind it.
 */
public interface Database {

    /**
     * Declares, under {@code parent} and after {@code namespace}, what puts the client's connection URL
     * into a Secret of the client's namespace, and says where that is.
     */
    Connection connect(Client client, Resource parent, Resource namespace);

    /**
     * @param name      prefixes the logical names of what is declared for it
     * @param namespace the client's namespace, where its Secret must be
     * @param pods      labels of the client's pods (the database's own NetworkPolicies admit exactly them)
     * @param labels    labels for the objects declared for it
     */
    record Client(String name, String namespace, Map<String, String> pods, Map<String, String> labels) {
        public Client {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
            pods = Map.copyOf(pods);
            labels = Map.copyOf(labels);
        }
    }

    /**
     * @param secretName the Secret in the client's namespace that holds the URL
     * @param urlKey     its key
     * @param ready      what pods reading the Secret wait for
     * @param peers      where the client's egress must reach: the database's addresses or pods
     * @param port       the port there
     */
    record Connection(String secretName, String urlKey, Resource ready, List<Flow.Peer> peers, Flow.Port port) {
        public Connection {
            Objects.requireNonNull(secretName, "secretName");
            Objects.requireNonNull(urlKey, "urlKey");
            Objects.requireNonNull(ready, "ready");
            Objects.requireNonNull(port, "port");
            peers = List.copyOf(peers);
            if (peers.isEmpty()) {
                throw new IllegalArgumentException("a database connection names no peer: the client's egress would allow everyone");
            }
        }
    }
}
