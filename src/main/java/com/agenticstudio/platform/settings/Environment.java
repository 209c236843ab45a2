package com.agenticstudio.platform.settings;

/** The three kinds of stack; rules that differ per environment live here, nowhere else. */
public enum Environment {
    DEV(1), STAGING(2), PROD(3);

    private final int minZones;

    Environment(int minZones) {
        this.minZones = minZones;
    }

    /** Fewest availability zones a cluster of this environment may span. */
    public int minZones() {
        return minZones;
    }

    /** Staging and prod run real traffic: pinned images, real certificates, no kind. */
    public boolean isShared() {
        return this != DEV;
    }

    /** Prod holds data that must outlive a mistaken `pulumi destroy`. */
    public boolean protectsData() {
        return this == PROD;
    }

    /** Prod keeps working through the loss of a zone, egress included; staging accepts the outage. */
    public boolean survivesZoneLoss() {
        return this == PROD;
    }

    /**
     * Prod's Kubernetes API endpoint answers only the networks it names; staging and dev may leave it
     * open to the internet (the API's own authentication still applies).
     */
    public boolean closesApiEndpoint() {
        return this == PROD;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
