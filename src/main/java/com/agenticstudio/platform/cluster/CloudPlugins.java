package com.agenticstudio.platform.cluster;

/**
 * The aws and gcp provider plugins the cluster layer's explicit providers load, pinned on each provider
 * and on every resource of it, like the kubernetes plugin ({@link KubernetesProviders#PLUGIN_VERSION}).
 * Each is the newest release of the major of the SDK served to this project: a plugin of the same
 * major accepts every input that SDK sends, and the next majors drop some (below).
 */
public final class CloudPlugins {
    /**
     * pulumi-aws v6.83.1, the last v6 release (DataDog/datadog-agent#48627, 2026-03-30: "latest AWS Pulumi v6
     * version"); the SDK is aws 6.83.0. v7 renamed and removed v6 resources and inputs.
     */
    public static final String AWS = "6.83.1";

    /**
     * pulumi-gcp v7.38.0 (tag 2024-08-26), the last 7.x; the SDK is gcp 7.0.0. From v8 on the provider drops
     * inputs that SDK sends: at v9.35.0 (2026-08-21) Cloud SQL's settings.ipConfiguration has sslMode and no
     * longer requireSsl, the only TLS switch the 7.0.0 SDK has (sdk/java DatabaseInstanceSettingsIpConfigurationArgs
     * at both tags).
     */
    public static final String GCP = "7.38.0";

    private CloudPlugins() {
    }
}
