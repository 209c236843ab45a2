package com.agenticstudio.platform.cluster;

import com.agenticstudio.platform.settings.Cidr;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Objects;

/**
 * The managed PostgreSQL the cluster layer declared beside the cluster's network (RDS on EKS, Cloud SQL
 * on GKE), as the layers above may know it: where it listens, how a client gets credentials, and which
 * addresses it lives at. Nothing here is secret; the credentials stay in the cloud.
 *
 * @param host         the primary's DNS name or private address
 * @param databaseName the application database
 * @param addresses    the only blocks the database's addresses come from: the client's egress names exactly these
 * @param ready        what a client waits for before it connects
 */
public record ManagedDatabase(Output<String> host, int port, String databaseName, Credentials credentials,
                              List<Cidr> addresses, List<Resource> ready) {
    public ManagedDatabase {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        addresses = List.copyOf(addresses);
        ready = List.copyOf(ready);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a managed database needs the address blocks its clients may reach");
        }
    }

    /** How a client logs in; exactly one of these. */
    public sealed interface Credentials {
        /**
         * RDS keeps the master user's credentials in a Secrets Manager secret it names and rotates itself
         * (JSON with {@code username} and {@code password}).
         *
         * @param secretArn the secret, known only once RDS has created it
         * @param readers   what the reader of the secret needs: GetSecretValue on it and Decrypt with its key
         */
        record CloudSecret(Output<String> secretArn, String usernameProperty, String passwordProperty,
                           List<CloudPermission> readers) implements Credentials {
            public CloudSecret {
                Objects.requireNonNull(secretArn, "secretArn");
                readers = List.copyOf(readers);
            }
        }

        /**
         * Cloud SQL IAM database authentication: the client's own workload identity logs in through the
         * Cloud SQL Auth Proxy, so there is no password anywhere.
         *
         * @param instanceConnectionName project:region:instance, which the proxy dials
         * @param client                 the name the client's workload identity is bound under: only that client logs in
         * @param user                   the database user of the client's Google service account
         * @param clientPermissions      what the client's identity needs (connect, log in)
         * @param proxyPort              the port the proxy dials on the instance's private address
         */
        record IamAuthentication(Output<String> instanceConnectionName, String client, String user, List<CloudPermission> clientPermissions,
                                 int proxyPort) implements Credentials {
            public IamAuthentication {
                Objects.requireNonNull(instanceConnectionName, "instanceConnectionName");
                Objects.requireNonNull(user, "user");
                clientPermissions = List.copyOf(clientPermissions);
            }
        }
    }
}
