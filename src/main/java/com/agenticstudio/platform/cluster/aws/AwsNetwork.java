package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.cluster.CloudPlugins;
import com.agenticstudio.platform.settings.Cidr;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's VPC: per zone a private subnet for nodes and pods and a public subnet for load
 * balancers and NAT, an internet gateway, NAT gateways and route tables.
 */
public final class AwsNetwork extends ComponentResource {
    public static final String TYPE = "studio:cluster:AwsNetwork";
    static final String ANYWHERE = "0.0.0.0/0";

    /**
     * @param natGatewayPerZone one NAT gateway per zone, so that losing a zone does not cut the other
     *                          zones' egress; otherwise one shared NAT gateway (cheaper, one zone's fate)
     * @param protect           the VPC and subnets hold the cluster's addresses: refuse to delete them
     */
    public record Options(String clusterName, Cidr cidr, SubnetPlan plan, boolean natGatewayPerZone, boolean protect) {
    }

    private final Vpc vpc;
    private final List<Subnet> privateSubnets = new ArrayList<>();
    private final List<Subnet> publicSubnets = new ArrayList<>();

    public AwsNetwork(String name, Options options, Provider aws, ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var cluster = options.clusterName();

        this.vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .cidrBlock(options.cidr().toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true) // EKS nodes register by private DNS name
                .tags(tags(cluster, cluster))
                .build(), kept(aws, options.protect()));

        var internet = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(cluster, cluster))
                .build(), plain(aws));

        var publicRoutes = new RouteTable(name + "-public-routes", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock(ANYWHERE).gatewayId(internet.id()).build())
                .tags(tags(cluster, cluster + "-public"))
                .build(), plain(aws));

        var nats = new ArrayList<NatGateway>();
        for (var zone : options.plan().zones()) {
            var zoneName = zone.name();
            var publicSubnet = new Subnet(name + "-public-" + zoneName, SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zoneName)
                    .cidrBlock(zone.publicSubnet().toString())
                    .mapPublicIpOnLaunch(false) // only load balancers and NAT gateways live here, with their own addresses
                    .tags(subnetTags(cluster, cluster + "-public-" + zoneName, "kubernetes.io/role/elb"))
                    .build(), kept(aws, options.protect()));
            publicSubnets.add(publicSubnet);
            new RouteTableAssociation(name + "-public-" + zoneName + "-assoc", RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnet.id())
                    .routeTableId(publicRoutes.id())
                    .build(), plain(aws));

            if (options.natGatewayPerZone() || nats.isEmpty()) {
                var address = new Eip(name + "-nat-" + zoneName + "-ip", EipArgs.builder()
                        .domain("vpc")
                        .tags(tags(cluster, cluster + "-nat-" + zoneName))
                        .build(), plain(aws));
                nats.add(new NatGateway(name + "-nat-" + zoneName, NatGatewayArgs.builder()
                        .allocationId(address.id())
                        .subnetId(publicSubnet.id())
                        .tags(tags(cluster, cluster + "-nat-" + zoneName))
                        .build(), CustomResourceOptions.builder()
                        .parent(this).provider(aws).version(CloudPlugins.AWS)
                        .dependsOn(internet) // a NAT gateway without a route to the internet fails to come up
                        .build()));
            }
        }

        for (int i = 0; i < options.plan().zones().size(); i++) {
            var zone = options.plan().zones().get(i);
            var zoneName = zone.name();
            var nat = nats.get(options.natGatewayPerZone() ? i : 0);
            var privateSubnet = new Subnet(name + "-private-" + zoneName, SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zoneName)
                    .cidrBlock(zone.privateSubnet().toString())
                    .tags(subnetTags(cluster, cluster + "-private-" + zoneName, "kubernetes.io/role/internal-elb"))
                    .build(), kept(aws, options.protect()));
            privateSubnets.add(privateSubnet);
            var routes = new RouteTable(name + "-private-" + zoneName + "-routes", RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .routes(RouteTableRouteArgs.builder().cidrBlock(ANYWHERE).natGatewayId(nat.id()).build())
                    .tags(tags(cluster, cluster + "-private-" + zoneName))
                    .build(), plain(aws));
            new RouteTableAssociation(name + "-private-" + zoneName + "-assoc", RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnet.id())
                    .routeTableId(routes.id())
                    .build(), plain(aws));
        }

        registerOutputs(Map.of(
                "vpcId", vpc.id(),
                "privateSubnetIds", Output.all(privateSubnetIds()),
                "publicSubnetIds", Output.all(publicSubnets.stream().map(Subnet::id).toList())));
    }

    public Output<String> vpcId() {
        return vpc.id();
    }

    /** Node groups and the control plane's network interfaces live in the private subnets. */
    public List<Output<String>> privateSubnetIds() {
        return privateSubnets.stream().map(Subnet::id).toList();
    }

    private CustomResourceOptions plain(Provider aws) {
        return kept(aws, false);
    }

    private CustomResourceOptions kept(Provider aws, boolean protect) {
        return CustomResourceOptions.builder().parent(this).provider(aws).version(CloudPlugins.AWS).protect(protect).build();
    }

    private static Map<String, String> tags(String cluster, String name) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("Name", name);
        tags.put("kubernetes.io/cluster/" + cluster, "shared");
        return tags;
    }

    /** The role tag tells the AWS load balancer integration where to put internet-facing vs internal load balancers. */
    private static Map<String, String> subnetTags(String cluster, String name, String roleTag) {
        var tags = tags(cluster, name);
        tags.put(roleTag, "1");
        return tags;
    }
}
