package com.agenticstudio.platform.plan;

import com.pulumi.test.Mocks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers the program as a provider would, without one: a resource's state is its inputs plus
 * marked placeholders for what the provider computes; a provider function gets an answer that only
 * says it is a placeholder, and is listed in the summary, so that a reviewer sees the plan could
 * not know its result.
 */
final class PlanMocks implements Mocks {
    /** The one field of every provider function's answer in the plan. */
    static final String PLACEHOLDER_KEY = "planPlaceholder";

    private final List<String> invokes = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var id = args.id != null && !args.id.isEmpty() ? args.id : args.name + "-id";
        return CompletableFuture.completedFuture(
                ResourceResult.of(Optional.of(id), ComputedOutputs.state(args.type, args.name, args.inputs)));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        invokes.add(args.token);
        return CompletableFuture.completedFuture(Map.of(PLACEHOLDER_KEY, "plan-placeholder:" + args.token));
    }

    List<String> invokes() {
        return List.copyOf(invokes);
    }
}
