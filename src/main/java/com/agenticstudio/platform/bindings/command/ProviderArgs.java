package com.agenticstudio.platform.bindings.command;

/** The pulumi-command provider has no configuration. */
public final class ProviderArgs extends com.pulumi.resources.ResourceArgs {

    public static final ProviderArgs Empty = new ProviderArgs();

    private ProviderArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        public ProviderArgs build() {
            return Empty;
        }
    }
}
