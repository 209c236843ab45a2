package com.agenticstudio.platform.services;

import com.pulumi.resources.Resource;

/**
 * The platform's PriorityClasses, by tier: what the scheduler evicts last when the cluster is full,
 * and what it evicts first. A pod naming a class that does not exist is refused at admission, so
 * whatever names one waits for it ({@link #ready}).
 */
public interface Scheduling {

    enum Tier {
        /** Platform components that keep the cluster usable (backups, controllers): evicted after everything else of ours. */
        PLATFORM,
        /** The API the studio runs on. */
        BACKEND,
        /** Dashboards, UIs, cost tooling, batch: may wait, never preempt, and run on spot nodes. */
        BEST_EFFORT
    }

    /** The PriorityClass name of a tier. */
    String priorityClass(Tier tier);

    /** The PriorityClass object of a tier, for pods to wait for. */
    Resource ready(Tier tier);
}
