package com.agenticstudio.platform.testing;

import com.agenticstudio.platform.plan.ResourceGraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The five variants every stack-wide rule runs over: the three stack files, and staging and prod on GKE. */
public final class Stacks {

    /** A real stack file with overrides, named for the report. */
    public record Stack(String name, Map<String, String> overrides) {
        public ResourceGraph graph() {
            return Graphs.stack(name, overrides);
        }

        public String cloud() {
            return overrides.getOrDefault("cloud", name.equals("dev") ? "kind" : "aws");
        }

        @Override
        public String toString() {
            return overrides.isEmpty() ? name : name + " " + overrides;
        }
    }

    public static final List<Stack> ALL = List.of(
            new Stack("dev", Map.of()),
            new Stack("staging", Map.of()),
            new Stack("prod", Map.of()),
            new Stack("staging", Map.of("cloud", "gcp")),
            new Stack("prod", Map.of("cloud", "gcp")));

    private Stacks() {
    }

    /** For {@code @MethodSource}. */
    public static Stream<Stack> all() {
        return ALL.stream();
    }
}
