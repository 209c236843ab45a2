package com.agenticstudio.platform.workload;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.SecretStore;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Map;
import java.util.Optional;

/**
 * The Secret {@value #SECRET_NAME} holding the database URL under {@value #URL_KEY}. In dev it is
 * written from Pulumi's encrypted config; on shared clusters the external-secrets operator copies it
 * from the cloud secret manager, so the URL never enters Pulumi state.
 */
public final class DatabaseSecret extends ComponentResource {
    public static final String TYPE = "studio:workload:DatabaseSecret";
    public static final String SECRET_NAME = "db-secret";
    public static final String URL_KEY = "url";
    /** How soon a rotated URL reaches the Secret; pods read it at start, so a rotation also needs a restart. */
    static final String REFRESH_INTERVAL = "1h";
    private static final Map<String, String> LABELS = Map.of(
            "app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", FastapiBackend.PART_OF);

    /** Where the URL comes from. */
    public sealed interface Source {
        /** dev: a Pulumi secret, which stays secret in state and in the Secret's inputs. */
        record PulumiSecret(Output<String> url) implements Source {
        }

        /** staging and prod: an entry of the cloud secret manager. */
        record SecretManager(String remoteKey) implements Source {
        }
    }

    private final Resource secret;

    public DatabaseSecret(String name, Source source, String namespace, ClusterInfo cluster,
                          Optional<SecretStore> store, Resource namespaceResource,
                          ComponentResourceOptions options) {
        super(TYPE, name, options);
        var metadata = ObjectMetaArgs.builder()
                .name(SECRET_NAME)
                .namespace(namespace)
                .labels(LABELS)
                .build();
        if (source instanceof Source.PulumiSecret pulumiSecret) {
            this.secret = new Secret(name + "-secret", SecretArgs.builder()
                    .metadata(metadata)
                    .type("Opaque")
                    .stringData(pulumiSecret.url().asSecret().applyValue(url -> Map.of(URL_KEY, url)))
                    // The SDK's Secret lists data and stringData as additional secret outputs itself.
                    .build(), KubeOptions.of(cluster, this, namespaceResource));
        } else if (source instanceof Source.SecretManager manager) {
            var secretStore = store.orElseThrow(() -> new IllegalStateException(
                    "the database URL comes from the secret manager, but this cluster has no secret store"));
            this.secret = secretStore.sync(new SecretStore.SecretSync(name + "-secret", namespace, LABELS, SECRET_NAME,
                    Map.of(URL_KEY, manager.remoteKey()), REFRESH_INTERVAL), this, namespaceResource);
        } else {
            throw new IllegalArgumentException("unknown database URL source " + source);
        }
        registerOutputs(Map.of());
    }

    /** The Secret, or the ExternalSecret that writes it: what the pods must wait for. */
    public Resource resource() {
        return secret;
    }
}
