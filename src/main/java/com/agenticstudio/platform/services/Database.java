package com.agenticstudio.platform.services;

import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.Flow;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
     * @param secretName  the Secret in the client's namespace that holds the URL
     * @param urlKey      its key
     * @param ready       what pods reading the Secret wait for
     * @param peers       where the client's egress must reach: the database's addresses or pods
     * @param port        the port there
     * @param identity    cloud permissions the client's own identity needs to log in (IAM database authentication)
     * @param sidecar     a container the client's pods run beside the app to reach the database (a connector)
     */
    record Connection(String secretName, String urlKey, Resource ready, List<Flow.Peer> peers, Flow.Port port,
                      List<CloudPermission> identity, Optional<Sidecar> sidecar) {
        public Connection {
            Objects.requireNonNull(secretName, "secretName");
            Objects.requireNonNull(urlKey, "urlKey");
            Objects.requireNonNull(ready, "ready");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(sidecar, "sidecar");
            peers = List.copyOf(peers);
            identity = List.copyOf(identity);
            if (peers.isEmpty()) {
                throw new IllegalArgumentException("a database connection names no peer: the client's egress would allow everyone");
            }
        }

        /** A database the client reaches directly with the URL alone. */
        public Connection(String secretName, String urlKey, Resource ready, List<Flow.Peer> peers, Flow.Port port) {
            this(secretName, urlKey, ready, peers, port, List.of(), Optional.empty());
        }
    }

    /**
     * A connector the client runs beside the app in its pods, which the app reaches on localhost; it runs as {@code runAsUser}, non-root, with
     * the restricted profile, and answers its probes on {@code healthPort}.
     *
     * @param cloudApis the connector calls the cloud's APIs (the client's egress admits them for its pods)
     */
    record Sidecar(String name, String image, Output<List<String>> args, int healthPort, String startupPath,
                   String livenessPath, String readinessPath, ContainerResources resources, int runAsUser, boolean cloudApis) {
        public Sidecar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(resources, "resources");
            if (resources.cpuLimit().isEmpty()) {
                throw new IllegalArgumentException("the " + name + " sidecar needs a CPU limit, like the app beside it");
            }
            if (runAsUser < 1) {
                throw new IllegalArgumentException("a sidecar runs as a non-root user, got " + runAsUser);
            }
        }
    }
}
