package com.agenticstudio.platform.cluster.gcp;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.settings.Cidr;
import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.NetworkArgs;
import com.pulumi.gcp.compute.Router;
import com.pulumi.gcp.compute.RouterArgs;
import com.pulumi.gcp.compute.RouterNat;
import com.pulumi.gcp.compute.RouterNatArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.compute.inputs.RouterNatLogConfigArgs;
import com.pulumi.gcp.compute.inputs.SubnetworkSecondaryIpRangeArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The cluster's VPC network: one regional subnetwork for the nodes with secondary ranges for pods and
 * services (VPC-native), and Cloud NAT, because private nodes have no public address.
 */
public final class GcpNetwork extends ComponentResource {
    public static final String TYPE = "studio:cluster:GcpNetwork";
    public static final String POD_RANGE = "pods";
    public static final String SERVICE_RANGE = "services";
    /**
     * Webhooks the private control plane must reach on the nodes. GKE opens 443 and 10250 itself
     * (cert-manager, external-secrets and metrics-server listen on 10250); Envoy Gateway's topology
     * injector listens on 9443.
     */
    static final List<String> WEBHOOK_PORTS = List.of("9443");

    /**
     * @param resourcePrefix names the cloud resources (names are unique per project)
     * @param controlPlane   the private control plane's /28, the only source the webhook rule admits
     * @param protect        the network and subnetwork hold the cluster's addresses: refuse to delete them
     */
    public record Options(String resourcePrefix, String region, Cidr nodes, Cidr pods, Cidr services, Cidr controlPlane,
                          boolean protect) {
    }

    private final Network network;
    private final Subnetwork subnetwork;

    public GcpNetwork(String name, Options options, Provider gcp, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var prefix = options.resourcePrefix();

        this.network = new Network(name + "-vpc", NetworkArgs.builder()
                .name(prefix)
                .autoCreateSubnetworks(false)
                .routingMode("REGIONAL")
                .build(), kept(gcp, options.protect()));

        this.subnetwork = new Subnetwork(name + "-nodes", SubnetworkArgs.builder()
                .name(prefix + "-nodes")
                .region(options.region())
                .network(network.id())
                .ipCidrRange(options.nodes().toString())
                .secondaryIpRanges(
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName(POD_RANGE).ipCidrRange(options.pods().toString()).build(),
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName(SERVICE_RANGE).ipCidrRange(options.services().toString()).build())
                .privateIpGoogleAccess(true) // private nodes still pull from and log to Google APIs
                .build(), kept(gcp, options.protect()));

        var router = new Router(name + "-router", RouterArgs.builder()
                .name(prefix + "-router")
                .region(options.region())
                .network(network.id())
                .build(), kept(gcp, false));

        new RouterNat(name + "-nat", RouterNatArgs.builder()
                .name(prefix + "-nat")
                .region(options.region())
                .router(router.name())
                .natIpAllocateOption("AUTO_ONLY")
                .sourceSubnetworkIpRangesToNat("ALL_SUBNETWORKS_ALL_IP_RANGES")
                .logConfig(RouterNatLogConfigArgs.builder().enable(true).filter("ERRORS_ONLY").build())
                .build(), kept(gcp, false));

        new Firewall(name + "-webhooks", FirewallArgs.builder()
                .name(prefix + "-control-plane-webhooks")
                .network(network.id())
                .direction("INGRESS")
                .sourceRanges(List.of(options.controlPlane().toString()))
                .allows(List.of(FirewallAllowArgs.builder().protocol("tcp").ports(WEBHOOK_PORTS).build()))
                .build(), kept(gcp, false));

        registerOutputs(Map.of("network", network.id(), "subnetwork", subnetwork.id()));
    }

    public Output<String> networkId() {
        return network.id();
    }

    public Output<String> subnetworkId() {
        return subnetwork.id();
    }

    private CustomResourceOptions kept(Provider gcp, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(gcp).version(CloudPlugins.GCP).protect(protect).build();
    }
}
