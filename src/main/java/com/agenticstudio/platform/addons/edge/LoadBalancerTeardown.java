package com.agenticstudio.platform.addons.edge;

import com.agenticstudio.platform.bindings.command.Provider;
import com.agenticstudio.platform.bindings.command.local.Command;
import com.agenticstudio.platform.bindings.command.local.CommandArgs;
import com.agenticstudio.platform.bindings.command.local.enums.Logging;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.Resource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * On destroy, waits until the load balancer behind the Gateway is gone. Deleting the Gateway only
 * makes Envoy Gateway delete the Envoy Service in the background, and the cloud's controller (the AWS
 * Load Balancer Controller, GKE's service controller) deletes the load balancer through its finalizer
 * on that Service; were the controller or the cluster deleted first, the load balancer and its
 * security groups or forwarding rules would be orphaned and block the network's deletion. The Gateway
 * depends on this command and the command on what must outlive the wait (the Envoy Gateway release,
 * and so the cluster; the AWS controller), so the engine deletes the Gateway, runs this wait, then
 * deletes the rest. Needs kubectl where {@code pulumi destroy} runs; the kubeconfig holds no
 * credential (it runs the cloud's CLI).
 */
final class LoadBalancerTeardown {
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private LoadBalancerTeardown() {
    }

    static Command declare(String name, String namespace, String gateway, ClusterInfo cluster, Resource parent,
                           List<Resource> outlive) {
        var commands = new Provider(name + "-commands", null, CustomResourceOptions.builder().parent(parent).build());
        return new Command(name, CommandArgs.builder()
                .interpreter("/bin/bash", "-c")
                .create("true")
                .delete(String.join("\n",
                        "set -euo pipefail",
                        "scratch=\"$(mktemp -d)\"",
                        "trap 'rm -rf \"$scratch\"' EXIT",
                        "printf '%s' \"$STUDIO_KUBECONFIG\" > \"$scratch/kubeconfig\"",
                        "kubectl --kubeconfig \"$scratch/kubeconfig\" -n " + namespace + " wait --for=delete service"
                                + " -l gateway.envoyproxy.io/owning-gateway-name=" + gateway + " --timeout=" + TIMEOUT.toSeconds() + "s"))
                .environment(cluster.kubeconfig().applyValue(kubeconfig -> Map.of("STUDIO_KUBECONFIG", kubeconfig)))
                .logging(Logging.Stderr)
                .build(), CustomResourceOptions.builder()
                .parent(parent)
                .provider(commands)
                .dependsOn(List.copyOf(outlive))
                .additionalSecretOutputs("environment")
                .customTimeouts(CustomTimeouts.builder().delete(TIMEOUT.plusMinutes(1)).build())
                .build());
    }
}
