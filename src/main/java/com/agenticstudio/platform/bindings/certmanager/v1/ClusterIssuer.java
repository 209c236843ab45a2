package com.agenticstudio.platform.bindings.certmanager.v1;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.kubernetes.Utilities;
import com.pulumi.kubernetes.meta.v1.outputs.ObjectMeta;
import javax.annotation.Nullable;

/**
 * A cert-manager ClusterIssuer (cert-manager.io/v1): signs Certificates in every namespace. The
 * Kubernetes SDK has no type for it, so this binding is written the way pulumi-java-gen writes a
 * built-in kind; the CRD comes from the cert-manager chart, so declare it with a dependency on
 * that release.
 */
@ResourceType(type = "kubernetes:cert-manager.io/v1:ClusterIssuer")
public class ClusterIssuer extends com.pulumi.resources.CustomResource {
    /** Always {@code cert-manager.io/v1}. */
    @Export(name = "apiVersion", refs = {String.class}, tree = "[0]")
    private Output<String> apiVersion;

    public Output<String> apiVersion() {
        return this.apiVersion;
    }

    /** Always {@code ClusterIssuer}. */
    @Export(name = "kind", refs = {String.class}, tree = "[0]")
    private Output<String> kind;

    public Output<String> kind() {
        return this.kind;
    }

    /** Standard object metadata; a ClusterIssuer is cluster-scoped, so it has no namespace. */
    @Export(name = "metadata", refs = {ObjectMeta.class}, tree = "[0]")
    private Output<ObjectMeta> metadata;

    public Output<ObjectMeta> metadata() {
        return this.metadata;
    }

    /**
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public ClusterIssuer(String name, ClusterIssuerArgs args) {
        this(name, args, null);
    }

    /**
     * @param name    The _unique_ name of the resulting resource.
     * @param args    The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public ClusterIssuer(String name, ClusterIssuerArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("kubernetes:cert-manager.io/v1:ClusterIssuer", name, makeArgs(args), makeResourceOptions(options, Codegen.empty()));
    }

    private ClusterIssuer(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("kubernetes:cert-manager.io/v1:ClusterIssuer", name, null, makeResourceOptions(options, id));
    }

    private static ClusterIssuerArgs makeArgs(ClusterIssuerArgs args) {
        return ClusterIssuerArgs.builder(args)
                .apiVersion("cert-manager.io/v1")
                .kind("ClusterIssuer")
                .build();
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(
            @Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
                .version(Utilities.getVersion())
                .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /**
     * Get an existing ClusterIssuer's state with the given name and ID.
     *
     * @param name    The _unique_ name of the resulting resource.
     * @param id      The _unique_ provider ID of the resource to look up.
     * @param options Optional settings to control the behavior of the CustomResource.
     */
    public static ClusterIssuer get(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new ClusterIssuer(name, id, options);
    }
}
