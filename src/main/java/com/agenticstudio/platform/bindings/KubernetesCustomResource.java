package com.agenticstudio.platform.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.kubernetes.Utilities;
import com.pulumi.kubernetes.meta.v1.outputs.ObjectMeta;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * What every typed binding of a Kubernetes custom resource (a CRD kind the Kubernetes SDK has no
 * class for) shares with the SDK's own kinds: the apiVersion, kind and metadata outputs, and the
 * kubernetes plugin version pinned the way each generated resource pins it, so the engine serves
 * these objects with the same provider as the SDK's. Subclasses keep the generated shape: their own
 * {@code @ResourceType}, public constructors that fix apiVersion and kind, and a static {@code get}.
 * Pulumi reads {@code @Export} fields of superclasses too, so these outputs are filled as usual.
 */
public abstract class KubernetesCustomResource extends com.pulumi.resources.CustomResource {
    /** The group/version the subclass fixes, e.g. {@code cert-manager.io/v1}. */
    @Export(name = "apiVersion", refs = {String.class}, tree = "[0]")
    private Output<String> apiVersion;

    public Output<String> apiVersion() {
        return this.apiVersion;
    }

    /** The kind the subclass fixes, e.g. {@code Certificate}. */
    @Export(name = "kind", refs = {String.class}, tree = "[0]")
    private Output<String> kind;

    public Output<String> kind() {
        return this.kind;
    }

    /** Standard object metadata. */
    @Export(name = "metadata", refs = {ObjectMeta.class}, tree = "[0]")
    private Output<ObjectMeta> metadata;

    public Output<ObjectMeta> metadata() {
        return this.metadata;
    }

    /**
     * @param type    the resource's type token, {@code kubernetes:<group>/<version>:<Kind>}
     * @param name    the _unique_ name of the resulting resource
     * @param args    the inputs with apiVersion and kind already fixed; null when reading an existing object
     * @param options a bag of options that control this resource's behavior
     * @param id      the provider id of an existing object to read, or {@code Codegen.empty()} to create one
     */
    protected KubernetesCustomResource(String type, String name, @Nullable KubernetesCustomResourceArgs args,
                                       @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
        super(type, name, args, makeResourceOptions(options, id));
    }

    private static CustomResourceOptions makeResourceOptions(@Nullable CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = CustomResourceOptions.builder()
                .version(Utilities.getVersion())
                .build();
        return CustomResourceOptions.merge(defaultOptions, options, id);
    }
}
