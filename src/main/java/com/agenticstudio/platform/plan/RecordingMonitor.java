package com.agenticstudio.platform.plan;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The mock monitor, plus a record of every registration request as the engine would receive it:
 * parent, provider, dependencies and options, which the plain mocks never see.
 */
final class RecordingMonitor extends MockMonitor {
    private record Slot(int position, RecordedResource resource) {
    }

    private final ConstructionOrder order;
    private final List<Slot> slots = new ArrayList<>();
    private final java.util.Set<String> urns = new java.util.HashSet<>();

    RecordingMonitor(Mocks mocks, Log log, ConstructionOrder order) {
        super(mocks, log);
        this.order = order;
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
        int position = order.of(resource);
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            var urn = engineUrn(response.getUrn());
            var recorded = record(request, urn);
            synchronized (slots) {
                // The engine refuses a second resource of the same type and name under one parent, and so does the plan.
                if (!urns.add(urn)) {
                    throw new IllegalStateException("Duplicate resource URN '" + urn + "'; try giving it a unique name");
                }
                slots.add(new Slot(position, recorded));
            }
            return response.toBuilder().setUrn(urn).build();
        });
    }

    /**
     * The real engine leaves the root stack out of its children's qualified types; the mock monitor
     * does not. Handing the SDK the engine's form makes every URN below (parents, providers,
     * dependencies) come out as {@code pulumi up} would name it.
     */
    static String engineUrn(String urn) {
        return urn.replace("::pulumi:pulumi:Stack$", "::");
    }

    /** Registrations in the order the program declared the resources. */
    List<RecordedResource> recorded() {
        synchronized (slots) {
            return slots.stream().sorted(java.util.Comparator.comparingInt(Slot::position)).map(Slot::resource).toList();
        }
    }

    private static RecordedResource record(RegisterResourceRequest request, String urn) {
        var timeouts = request.getCustomTimeouts();
        Map<String, String> customTimeouts = null;
        if (request.hasCustomTimeouts()
                && !(timeouts.getCreate().isEmpty() && timeouts.getUpdate().isEmpty() && timeouts.getDelete().isEmpty())) {
            customTimeouts = new java.util.LinkedHashMap<>();
            customTimeouts.put("create", emptyToNull(timeouts.getCreate()));
            customTimeouts.put("update", emptyToNull(timeouts.getUpdate()));
            customTimeouts.put("delete", emptyToNull(timeouts.getDelete()));
        }
        var options = new RecordedResource.Options(
                request.getProtect(),
                request.getRetainOnDelete(),
                List.copyOf(request.getIgnoreChangesList()),
                request.getDeleteBeforeReplace(),
                customTimeouts,
                List.copyOf(new java.util.LinkedHashSet<>(request.getAdditionalSecretOutputsList())),
                emptyToNull(request.getVersion()));
        return new RecordedResource(
                urn,
                request.getType(),
                request.getName(),
                request.getCustom(),
                emptyToNull(request.getParent()),
                emptyToNull(request.getProvider()),
                List.copyOf(new java.util.TreeSet<>(request.getDependenciesList())), // a set; sorted to diff cleanly
                options,
                ProtoValues.toMap(request.getObject()));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
