package com.agenticstudio.platform.kube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A container's requests and limits. A memory limit is always set: memory is not compressible, and
 * a container without one can take a node's memory from every other pod. A CPU limit is set only
 * where the component's guidance allows it (throttling a webhook or a proxy hurts more than it saves).
 */
public record ContainerResources(String cpuRequest, String memoryRequest, Optional<String> cpuLimit, String memoryLimit) {
    public ContainerResources {
        for (var value : new String[] {cpuRequest, memoryRequest, memoryLimit}) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a container needs CPU and memory requests and a memory limit");
            }
        }
    }

    /** Requests and a memory limit, no CPU limit. */
    public static ContainerResources of(String cpuRequest, String memoryRequest, String memoryLimit) {
        return new ContainerResources(cpuRequest, memoryRequest, Optional.empty(), memoryLimit);
    }

    public ContainerResources withCpuLimit(String cpuLimit) {
        return new ContainerResources(cpuRequest, memoryRequest, Optional.of(cpuLimit), memoryLimit);
    }

    /** The {@code resources} block of a container, as Kubernetes and every chart take it. */
    public Map<String, Object> toMap() {
        var limits = new LinkedHashMap<String, Object>();
        cpuLimit.ifPresent(cpu -> limits.put("cpu", cpu));
        limits.put("memory", memoryLimit);
        return Map.of("requests", Map.of("cpu", cpuRequest, "memory", memoryRequest), "limits", limits);
    }
}
