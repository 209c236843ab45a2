package com.agenticstudio.platform.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values only a real provider computes (ARNs, endpoints, command output). The plan answers them with
 * placeholders that say so, so that the program's apply() chains run end to end offline.
 */
public final class ComputedOutputs {
    private static final List<Map<String, Computer>> TABLES = List.of(
            CommandOutputs.TABLE, AwsOutputs.TABLE, GcpOutputs.TABLE);

    /** Computes a resource's extra outputs from its logical name and inputs. */
    @FunctionalInterface
    public interface Computer {
        Map<String, Object> outputs(String name, Map<String, Object> inputs);
    }

    private ComputedOutputs() {
    }

    /** A clearly marked stand-in for a value the provider would compute. */
    public static String placeholder(String type, String name, String property) {
        return "plan-placeholder:" + type + "::" + name + "." + property;
    }

    /** The inputs, plus whatever the real provider would add for this type. */
    static Map<String, Object> state(String type, String name, Map<String, Object> inputs) {
        var state = new HashMap<String, Object>(inputs);
        for (var table : TABLES) {
            var computer = table.get(type);
            if (computer != null) {
                state.putAll(computer.outputs(name, inputs));
            }
        }
        return state;
    }
}
