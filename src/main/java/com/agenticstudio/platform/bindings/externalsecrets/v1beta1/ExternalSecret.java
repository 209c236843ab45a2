package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.kubernetes.meta.v1.outputs.ObjectMeta;
import javax.annotation.Nullable;

/**
 * An external-secrets.io ExternalSecret: the operator copies entries of a secret store into a
 * Kubernetes Secret, so the value never passes through Pulumi. The Kubernetes SDK has no type for
 * this CRD; the binding follows the SDK's generated resources (see ConfigMap).
 */
@ResourceType(type = "kubernetes:external-secrets.io/v1beta1:ExternalSecret")
public class ExternalSecret extends com.pulumi.resources.CustomResource {
    public static final String TYPE = "kubernetes:external-secrets.io/v1beta1:ExternalSecret";

    @Export(name = "apiVersion", refs = {String.class}, tree = "[0]")
    private Output<String> apiVersion;

    public Output<String> apiVersion() {
        return this.apiVersion;
    }

    @Export(name = "kind", refs = {String.class}, tree = "[0]")
    private Output<String> kind;

    public Output<String> kind() {
        return this.kind;
    }

    @Export(name = "metadata", refs = {ObjectMeta.class}, tree = "[0]")
    private Output<ObjectMeta> metadata;

    public Output<ObjectMeta> metadata() {
        return this.metadata;
    }

    public ExternalSecret(String name, ExternalSecretArgs args) {
        this(name, args, null);
    }

    public ExternalSecret(String name, ExternalSecretArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, makeArgs(args), makeResourceOptions(options, Codegen.empty()));
    }

    private ExternalSecret(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, null, makeResourceOptions(options, id));
    }

    private static ExternalSecretArgs makeArgs(ExternalSecretArgs args) {
        return ExternalSecretArgs.builder(args)
                .apiVersion("external-secrets.io/v1beta1")
                .kind("ExternalSecret")
                .build();
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(
            @Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
                .version(com.pulumi.kubernetes.Utilities.getVersion())
                .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /** Reads an existing ExternalSecret's state, by {@code namespace/name}. */
    public static ExternalSecret get(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new ExternalSecret(name, id, options);
    }
}
