package com.agenticstudio.platform.plan;

import com.pulumi.test.Mocks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers the program as a provider would, without one: a resource's state is its inputs plus
 * marked placeholders for what the provider computes; a provider function gets an empty answer
 * and is listed, so that a reviewer sees the plan could not know its result.
 */
final class PlanMocks implements Mocks {
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
        return CompletableFuture.completedFuture(Map.of());
    }

    List<String> invokes() {
        return List.copyOf(invokes);
    }
}
