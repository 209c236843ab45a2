package com.agenticstudio.platform.addons.scheduling;

import com.agenticstudio.platform.addons.Addon;
import com.agenticstudio.platform.addons.AddonComponent;
import com.agenticstudio.platform.addons.AddonContext;
import com.agenticstudio.platform.addons.AddonId;
import com.agenticstudio.platform.addons.HelmAddon;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.services.Scheduling;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.scheduling.v1.PriorityClass;
import com.pulumi.kubernetes.scheduling.v1.PriorityClassArgs;
import java.util.EnumMap;
import java.util.Map;

/**
 * The platform's three PriorityClasses, declared once for every cluster. An add-on, not part of the
 * cluster layer: they are Kubernetes objects (the cluster layer hands up the provider, not objects
 * on it), and as an add-on whoever names a class declares it in requires() and waits for exactly that
 * class, never for the whole platform. The workload gets them through {@link Scheduling}.
 *
 * <p>Values sit far below Kubernetes' own system-cluster-critical (2000000000) and
 * system-node-critical, so the cluster's own components always win. Best effort never preempts.
 */
public final class PlatformScheduling extends AddonComponent implements Scheduling {
    public static final String TYPE = "studio:platform:Scheduling";
    public static final AddonId<PlatformScheduling> ID = AddonId.of("scheduling", PlatformScheduling.class);

    /** The classes, by tier: name, value, whether it preempts lower pods, and what it is for. */
    public record Class(String name, int value, boolean preempts, String description) {
    }

    static final Map<Tier, Class> CLASSES = Map.of(
            Tier.PLATFORM, new Class("studio-platform-critical", 1_000_000, true,
                    "Platform components of studio-platform that keep the cluster usable (backups, controllers)."),
            Tier.BACKEND, new Class("studio-backend", 100_000, true,
                    "The fastapi-backend API."),
            Tier.BEST_EFFORT, new Class("studio-best-effort", -100, false,
                    "Dashboards, UIs, cost tooling and batch work: never preempts, runs on spot nodes when it can."));

    public static Addon<PlatformScheduling> addon() {
        return Addon.of(ID, PlatformScheduling::new);
    }

    private final Map<Tier, PriorityClass> classes = new EnumMap<>(Tier.class);

    PlatformScheduling(AddonContext context) {
        super(TYPE, context, Map.of());
        for (var tier : Tier.values()) {
            var c = CLASSES.get(tier);
            classes.put(tier, new PriorityClass(c.name(), PriorityClassArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(c.name()).labels(HelmAddon.LABELS).build())
                    .value(c.value())
                    .globalDefault(false) // pods that name no class keep priority 0
                    .preemptionPolicy(c.preempts() ? "PreemptLowerPriority" : "Never")
                    .description(c.description())
                    .build(), KubeOptions.of(context.cluster(), this)));
        }
        registerOutputs(Map.of());
    }

    @Override
    public String priorityClass(Tier tier) {
        return CLASSES.get(tier).name();
    }

    @Override
    public PriorityClass ready(Tier tier) {
        return classes.get(tier);
    }
}
