package com.agenticstudio.platform.plan;

import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The order in which the program constructs its resources. The SDK registers them asynchronously,
 * so the order they reach the engine varies from run to run; construction order does not, and
 * keeps the plan's files diffable. A stack transformation sees every resource, synchronously, in
 * its constructor; it changes nothing.
 */
final class ConstructionOrder implements ResourceTransformation {
    private final Map<Resource, Integer> order = new IdentityHashMap<>();

    @Override
    public synchronized Optional<Result> apply(Args args) {
        order.putIfAbsent(args.resource(), order.size());
        return Optional.empty();
    }

    /** Position in the program; the stack, which no transformation sees, comes first. */
    synchronized int of(Resource resource) {
        return order.getOrDefault(resource, -1);
    }
}
