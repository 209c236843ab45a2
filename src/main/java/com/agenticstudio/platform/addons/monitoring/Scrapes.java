package com.agenticstudio.platform.addons.monitoring;

/** The checks the monitoring CRDs make on ports, paths and durations, made before the API server sees them. */
final class Scrapes {
    /** The CRDs' duration pattern (e.g. interval, for). */
    static final String DURATION = "(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)";

    private Scrapes() {
    }

    static void checkPort(String port) {
        if (port == null || !port.matches("(?=[-a-z0-9]*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?")) {
            throw new IllegalArgumentException("a scraped port is named (an IANA service name), got '" + port + "'");
        }
    }

    /** A Service port's name is a DNS label (IANA's 15 characters bind container ports only; Jaeger's is internal-metrics). */
    static void checkServicePort(String port) {
        if (port == null || !port.matches("(?=[-a-z0-9]*[a-z])[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("a scraped Service port is named (a DNS label), got '" + port + "'");
        }
    }

    static void checkPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a metrics path is absolute, got '" + path + "'");
        }
    }

    static void checkDuration(String value, String what) {
        if (value == null || value.isEmpty() || !value.matches(DURATION)) {
            throw new IllegalArgumentException(what + " must be a duration such as 30s or 5m, got '" + value + "'");
        }
    }
}
