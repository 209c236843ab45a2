package com.agenticstudio.platform.cluster.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agenticstudio.platform.settings.Cidr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetPlanTest {
    private static final Cidr NODES = Cidr.parse("10.42.0.0/16").orElseThrow();

    static List<String> overlaps(SubnetPlan plan) {
        var blocks = new ArrayList<Cidr>();
        plan.zones().forEach(z -> {
            blocks.add(z.privateSubnet());
            blocks.add(z.publicSubnet());
        });
        blocks.add(SubnetPlan.reserved(NODES));
        var overlaps = new ArrayList<String>();
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size(); j++) {
                if (blocks.get(i).overlaps(blocks.get(j))) {
                    overlaps.add(blocks.get(i) + " overlaps " + blocks.get(j));
                }
            }
        }
        return overlaps;
    }

    @Test
    void eachZoneGetsALargePrivateAndASmallPublicSubnet() {
        var plan = SubnetPlan.of(NODES, List.of("a", "b", "c"));
        assertEquals(List.of("10.42.0.0/19", "10.42.32.0/19", "10.42.64.0/19"),
                plan.zones().stream().map(z -> z.privateSubnet().toString()).toList());
        assertEquals(List.of("10.42.192.0/22", "10.42.196.0/22", "10.42.200.0/22"),
                plan.zones().stream().map(z -> z.publicSubnet().toString()).toList());
    }

    @Test
    void noTwoSubnetsOverlapEvenWithSixZonesAndTheSmallestBlock() {
        for (var nodes : List.of("10.42.0.0/16", "10.40.0.0/20")) {
            var plan = SubnetPlan.of(Cidr.parse(nodes).orElseThrow(), List.of("a", "b", "c", "d", "e", "f"));
            assertEquals(List.of(), overlaps(plan), nodes);
        }
    }

    @Test
    void theOverlapCheckCatchesAnOverlap() {
        var clash = new SubnetPlan(List.of(
                new SubnetPlan.Zone("a", NODES.subnet(19, 0), NODES.subnet(22, 48)),
                new SubnetPlan.Zone("b", NODES.subnet(19, 0), NODES.subnet(22, 49))));
        assertFalse(overlaps(clash).isEmpty());
    }

    @Test
    void moreZonesThanTheRegionCanHaveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SubnetPlan.of(NODES, List.of("a", "b", "c", "d", "e", "f", "g")));
        assertThrows(IllegalArgumentException.class, () -> SubnetPlan.of(NODES, List.of()));
    }
}
