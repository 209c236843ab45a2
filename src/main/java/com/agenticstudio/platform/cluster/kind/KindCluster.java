package com.agenticstudio.platform.cluster.kind;

import com.agenticstudio.platform.bindings.command.Provider;
import com.agenticstudio.platform.bindings.command.local.Command;
import com.agenticstudio.platform.bindings.command.local.CommandArgs;
import com.agenticstudio.platform.bindings.command.local.enums.Logging;
import com.agenticstudio.platform.cluster.ClusterComponent;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterLocation;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.cluster.ImageLoader;
import com.agenticstudio.platform.cluster.WorkloadIdentity;
import com.agenticstudio.platform.cluster.KubernetesProviders;
import com.agenticstudio.platform.settings.Cidr;
import com.agenticstudio.platform.settings.ClusterSettings;
import com.agenticstudio.platform.settings.Environment;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dev cluster: a kind cluster on the developer's Docker, created and deleted by the kind CLI
 * through local commands. Needs docker and kind on the PATH of {@code pulumi up}.
 *
 * <p>The kubeconfig never touches {@code ~/.kube/config}: kind writes its context into a scratch
 * file, the create command prints the kubeconfig, and the explicit Kubernetes provider reads it
 * from that (secret) output. Use {@code kind export kubeconfig --name <name>} for kubectl.
 */
public final class KindCluster extends ComponentResource implements ClusterComponent {
    public static final String TYPE = "studio:cluster:Kind";
    /** kind ships local-path-provisioner with its default StorageClass, named standard: node-local volumes. */
    public static final String STORAGE_CLASS = "standard";

    private static final List<String> BASH = List.of("/bin/bash", "-c");
    /**
     * kind's nodes are containers on Docker's "kind" network, whose subnet Docker picks from its default
     * pools; the API server listens on 6443 of the control-plane node and calls webhooks from there.
     */
    static final List<Cidr> DOCKER_POOLS = List.of(Cidr.of("172.16.0.0/12"), Cidr.of("192.168.0.0/16"));
    static final ClusterNetwork NETWORK = new ClusterNetwork(DOCKER_POOLS,
            ClusterNetwork.Endpoints.of(DOCKER_POOLS, 6443), DOCKER_POOLS, List.of());
    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DELETE_TIMEOUT = Duration.ofMinutes(5);
    /** How long kind waits for the control plane to become ready before create fails. */
    static final String WAIT = "120s";

    public record Options(
            String clusterName,
            String kubernetesVersion,
            String nodeImage,
            int workers,
            int httpPort,
            int httpsPort,
            List<ClusterSettings.ExtraMount> extraMounts,
            Cidr podSubnet,
            Cidr serviceSubnet,
            Environment environment) {

        public Options {
            extraMounts = List.copyOf(extraMounts);
        }

        public static Options from(Settings settings, ClusterSettings.Kind placement) {
            var cluster = settings.cluster();
            return new Options(
                    cluster.name(),
                    cluster.kubernetesVersion(),
                    placement.nodeImage(),
                    placement.workers(),
                    placement.httpPort(),
                    placement.httpsPort(),
                    placement.extraMounts(),
                    cluster.network().pods(),
                    cluster.network().services(),
                    settings.environment());
        }
    }

    private final ClusterInfo info;

    public KindCluster(String name, Options options, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var config = KindConfig.from(options).toYaml();
        var commands = new Provider(name + "-command", null, CustomResourceOptions.builder().parent(this).build());
        var cluster = clusterCommand(name, options, config, commands);
        var kubeconfig = cluster.stdout().asSecret();
        var provider = KubernetesProviders.create(name + "-k8s", kubeconfig, this, List.of(cluster));
        ImageLoader loader = (loaderName, image, parent) -> imageLoader(loaderName, image, options, cluster, commands, parent);
        this.info = new ClusterInfo(
                options.clusterName(),
                options.kubernetesVersion(),
                new ClusterLocation.Kind(KindConfig.HTTP_NODE_PORT, KindConfig.HTTPS_NODE_PORT),
                List.of(),
                provider,
                kubeconfig,
                WorkloadIdentity.NONE,
                NETWORK,
                Optional.of(loader),
                STORAGE_CLASS);
        registerOutputs(Map.of(
                "clusterName", Output.of(options.clusterName()),
                "kubeconfig", kubeconfig));
    }

    /**
     * The cluster itself. Every input that shapes it (name, node image, the whole rendered config) is
     * a trigger, so a change replaces it.
     */
    private Command clusterCommand(String name, Options options, String config, Provider commands) {
        var clusterName = shellWord(options.clusterName());
        return new Command(name + "-kind", CommandArgs.builder()
                .interpreter(BASH)
                .create(String.join("\n",
                        "set -euo pipefail",
                        scratchKubeconfig(),
                        // stdout carries only the kubeconfig; kind's progress goes to stderr
                        "kind create cluster --name " + clusterName + " --config - --wait " + WAIT + " >&2",
                        "kind get kubeconfig --name " + clusterName))
                // anything that is not a trigger changed: the cluster stays, only its kubeconfig is re-read
                .update(String.join("\n",
                        "set -euo pipefail",
                        "kind get kubeconfig --name " + clusterName))
                .delete(String.join("\n",
                        "set -euo pipefail",
                        scratchKubeconfig(),
                        "kind delete cluster --name " + clusterName))
                .stdin(config)
                .triggers(options.clusterName(), options.nodeImage(), config)
                // stdout is the admin kubeconfig: keep it out of the Pulumi log and out of the
                // environment of later update/delete runs
                .logging(Logging.Stderr)
                .addPreviousOutputInEnv(false)
                .build(), clusterCommandOptions(this, commands, options.environment()));
    }

    /**
     * stdout (the kubeconfig) is secret from the moment the provider returns it. The old cluster is
     * deleted before its replacement is created because both carry the same kind cluster name.
     */
    static CustomResourceOptions clusterCommandOptions(Resource parent, ProviderResource commands, Environment environment) {
        return CustomResourceOptions.builder()
                .parent(parent)
                .provider(commands)
                .additionalSecretOutputs("stdout")
                .deleteBeforeReplace(true)
                .protect(environment.protectsData())
                .customTimeouts(CustomTimeouts.builder().create(CREATE_TIMEOUT).update(CREATE_TIMEOUT)
                        .delete(DELETE_TIMEOUT).build())
                .build();
    }

    /**
     * Copies a locally built image into every node. Re-runs when the image reference changes or the
     * cluster is replaced (a new cluster id), since a new cluster starts without it. The id in the
     * triggers is also what makes it wait for the cluster.
     */
    private static Command imageLoader(String name, String image, Options options, Command cluster, Provider commands,
                                       Resource parent) {
        return new Command(name, CommandArgs.builder()
                .interpreter(BASH)
                .create(String.join("\n",
                        "set -euo pipefail",
                        "kind load docker-image " + shellWord(image) + " --name " + shellWord(options.clusterName())))
                .triggers(cluster.id().applyValue(clusterId -> List.<Object>of(image, options.clusterName(), clusterId)))
                .build(), CustomResourceOptions.builder()
                .parent(parent)
                .provider(commands)
                .customTimeouts(CustomTimeouts.builder().create(CREATE_TIMEOUT).update(CREATE_TIMEOUT).build())
                .build());
    }

    /** kind writes a context into $KUBECONFIG on create and edits it on delete: give it a throw-away file. */
    private static String scratchKubeconfig() {
        return String.join("\n",
                "scratch=\"$(mktemp -d)\"",
                "trap 'rm -rf \"$scratch\"' EXIT",
                "export KUBECONFIG=\"$scratch/kubeconfig\"");
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._:/@=+-]+");

    /** The value as one shell word: as is when it has no shell syntax, else single-quoted. */
    static String shellWord(String value) {
        return PLAIN_WORD.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    @Override
    public ClusterInfo info() {
        return info;
    }
}
