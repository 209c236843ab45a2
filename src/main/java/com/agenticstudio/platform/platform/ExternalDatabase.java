package com.agenticstudio.platform.platform;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.Database;
import com.agenticstudio.platform.services.SecretStore;
import com.agenticstudio.platform.settings.Cidr;
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

    /** Where the URL comes from. */
    public sealed interface Source {
        /** dev: a Pulumi secret, which stays secret in state and in the Secret's inputs. */
        record PulumiSecret(Output<String> url) implements Source {
        }

        /** staging and prod: an entry of the cloud secret manager. */
        record SecretManager(String remoteKey) implements Source {
        }
    }

    private final Source source;
    private final Cidr cidr;
    private final int port;
    private final ClusterInfo cluster;
    private final Optional<SecretStore> store;

    public ExternalDatabase(Source source, Cidr cidr, int port, ClusterInfo cluster, Optional<SecretStore> store) {
        this.source = Objects.requireNonNull(source, "source");
        this.cidr = Objects.requireNonNull(cidr, "cidr");
        this.port = port;
        this.cluster = cluster;
        this.store = store;
    }

    @Override
    public Connection connect(Client client, Resource parent, Resource namespace) {
        var metadata = ObjectMetaArgs.builder()
                .name(SECRET_NAME)
                .namespace(client.namespace())
                .labels(client.labels())
                .build();
        Resource secret;
        if (source instanceof Source.PulumiSecret pulumiSecret) {
            secret = new Secret(client.name() + "-database-secret", SecretArgs.builder()
                    .metadata(metadata)
                    .type("Opaque")
                    .stringData(pulumiSecret.url().asSecret().applyValue(url -> Map.of(URL_KEY, url)))
                    // The SDK's Secret lists data and stringData as additional secret outputs itself.
                    .build(), KubeOptions.of(cluster, parent, namespace));
        } else {
            var manager = (Source.SecretManager) source;
            var secretStore = store.orElseThrow(() -> new IllegalStateException(
                    "the database URL comes from the secret manager, but this cluster has no secret store"));
            secret = secretStore.sync(new SecretStore.SecretSync(client.name() + "-database-secret", client.namespace(),
                    client.labels(), SECRET_NAME, Map.of(URL_KEY, manager.remoteKey()), REFRESH_INTERVAL), parent, namespace);
        }
        return new Connection(SECRET_NAME, URL_KEY, secret, List.of(Flow.Peer.Block.of(cidr)), Flow.Port.tcp(port));
    }
}
