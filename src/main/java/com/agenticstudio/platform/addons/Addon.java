package com.agenticstudio.platform.addons;

import com.pulumi.resources.ComponentResource;
import java.util.List;
import java.util.function.Function;

/**
 * One platform add-on, after CDK EKS Blueprints' ClusterAddOn: a name, the add-ons it needs first,
 * and one deploy step that declares its component. Add-ons that do not name each other install in
 * parallel.
 *
 * @param requires names of add-ons whose components this one waits for
 */
public record Addon(String name, List<String> requires, Function<AddonContext, ComponentResource> deploy) {

    public static Addon of(String name, Function<AddonContext, ComponentResource> deploy) {
        return new Addon(name, List.of(), deploy);
    }

    public Addon after(String... names) {
        return new Addon(name, List.of(names), deploy);
    }
}
