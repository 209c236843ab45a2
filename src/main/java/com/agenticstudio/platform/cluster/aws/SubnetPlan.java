package com.agenticstudio.platform.cluster.aws;

import com.agenticstudio.platform.settings.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * How the node CIDR is split across zones. The block is cut into eighths: eighths 0-5 are the private
 * (node and pod) subnets, one per zone, because the VPC CNI gives every pod a VPC address; eighth 6
 * is cut again into eight small public subnets for load balancers and NAT gateways; eighth 7 is left
 * free for data services (RDS' own subnets, one slice per zone; an external database's databaseCidr there too).
 */
public record SubnetPlan(List<SubnetPlan.Zone> zones) {
    /** AWS regions have at most six availability zones; six private eighths are the most the plan hands out. */
    public static final int MAX_ZONES = 6;
    private static final int PUBLIC_EIGHTH = 6;

    public record Zone(String name, Cidr privateSubnet, Cidr publicSubnet) {
    }

    public SubnetPlan {
        zones = List.copyOf(zones);
    }

    public static SubnetPlan of(Cidr nodes, List<String> zoneNames) {
        if (zoneNames.isEmpty() || zoneNames.size() > MAX_ZONES) {
            throw new IllegalArgumentException("an EKS network spans 1 to " + MAX_ZONES + " zones, got " + zoneNames);
        }
        int eighth = nodes.prefix() + 3;
        int publicPrefix = nodes.prefix() + 6;
        var zones = new ArrayList<Zone>();
        for (int i = 0; i < zoneNames.size(); i++) {
            zones.add(new Zone(zoneNames.get(i),
                    nodes.subnet(eighth, i),
                    nodes.subnet(publicPrefix, PUBLIC_EIGHTH * 8 + i)));
        }
        return new SubnetPlan(zones);
    }

    /** The eighth no subnet is carved from, for data services such as the database. */
    public static Cidr reserved(Cidr nodes) {
        return nodes.subnet(nodes.prefix() + 3, 7);
    }
}
