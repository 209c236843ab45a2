package com.agenticstudio.platform.cluster.aws;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * EC2 instance type facts the node groups need: the CPU architecture (which AMI) and, for spot, a few
 * siblings of the same size and architecture, because a spot group that can take several types is
 * interrupted far less often than one that waits for a single type.
 */
final class InstanceTypes {
    /** class letters, generation, attribute letters (g = Graviton), then the size: m6i.large, c7gn.xlarge, t3a.medium. */
    private static final Pattern TYPE = Pattern.compile("([a-z]+)(\\d+)([a-z-]*)\\.([a-z0-9]+)");
    private static final int MAX_SPOT_TYPES = 5;

    private static final Map<String, List<String>> X86_SIBLINGS = Map.of(
            "m", List.of("m6i", "m6a", "m5", "m5a", "m7i"),
            "c", List.of("c6i", "c6a", "c5", "c5a", "c7i"),
            "r", List.of("r6i", "r6a", "r5", "r5a", "r7i"),
            "t", List.of("t3", "t3a"));
    private static final Map<String, List<String>> ARM_SIBLINGS = Map.of(
            "m", List.of("m6g", "m7g"),
            "c", List.of("c6g", "c7g"),
            "r", List.of("r6g", "r7g"),
            "t", List.of("t4g"));

    private InstanceTypes() {
    }

    static boolean isArm(String instanceType) {
        var m = TYPE.matcher(instanceType);
        return m.matches() && m.group(3).contains("g");
    }

    /** Amazon Linux 2023, the EKS-optimised image for the type's architecture. */
    static String amiType(String instanceType) {
        return isArm(instanceType) ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD";
    }

    /**
     * The configured type first, then siblings of the same class, size and architecture. Unknown classes and
     * sizes that not every sibling offers (medium on x86 m/c/r, metal) get only the configured type.
     */
    static List<String> spotTypes(String instanceType) {
        var m = TYPE.matcher(instanceType);
        var types = new LinkedHashSet<String>();
        types.add(instanceType);
        if (!m.matches()) {
            return List.copyOf(types);
        }
        var size = m.group(4);
        boolean arm = m.group(3).contains("g");
        var siblings = (arm ? ARM_SIBLINGS : X86_SIBLINGS).getOrDefault(m.group(1), List.of());
        boolean everySiblingHasSize = !size.contains("metal") && (arm || m.group(1).equals("t") || !size.equals("medium"));
        if (everySiblingHasSize) {
            siblings.stream().map(family -> family + "." + size).forEach(types::add);
        }
        return types.stream().limit(MAX_SPOT_TYPES).toList();
    }
}
