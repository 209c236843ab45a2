package com.agenticstudio.platform.addons;

/** Replica counts of platform components. */
public final class Replicas {
    /** What every component's options say when given fewer than one replica. */
    public static final String AT_LEAST_ONE = "needs at least one replica";

    private Replicas() {
    }

    /** @throws IllegalArgumentException naming the component when it would run no pod */
    public static int atLeastOne(String component, int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException(component + " " + AT_LEAST_ONE + ", got " + replicas);
        }
        return replicas;
    }

    /** A PodDisruptionBudget on a single replica would block every node drain. */
    public static boolean budgeted(int replicas) {
        return replicas > 1;
    }
}
