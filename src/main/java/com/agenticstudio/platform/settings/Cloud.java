package com.agenticstudio.platform.settings;

/** Where the cluster runs. */
public enum Cloud {
    KIND, AWS, GCP;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
