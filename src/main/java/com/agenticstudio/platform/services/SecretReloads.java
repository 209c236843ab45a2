package com.agenticstudio.platform.services;

import java.util.List;
import java.util.Map;

/**
 * Rolls a workload's pods when a Secret they read only at start changes: a running pod never re-reads
 * an environment variable, so a rotated credential (the database password behind DATABASE_URL)
 * reaches the pods only through a restart. The workload carries what this returns in its own
 * metadata; the platform's watcher restarts it, the workload's rollout strategy pacing the restart.
 */
@FunctionalInterface
public interface SecretReloads {

    /**
     * The annotations of a Deployment (or StatefulSet) whose pods roll when any of {@code secrets},
     * Secrets of its own namespace, changes.
     */
    Map<String, String> onChangeOf(List<String> secrets);
}
