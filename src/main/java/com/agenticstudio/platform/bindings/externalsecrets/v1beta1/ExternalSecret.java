package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import javax.annotation.Nullable;

/**
 * An external-secrets.io ExternalSecret: the operator copies entries of a secret store into a
 * Kubernetes Secret, so the value never passes through Pulumi. The Kubernetes SDK has no type for
 * this CRD; the binding follows the SDK's generated resources (see ConfigMap).
 */
@ResourceType(type = "kubernetes:external-secrets.io/v1beta1:ExternalSecret")
public class ExternalSecret extends KubernetesCustomResource {
    public static final String TYPE = "kubernetes:external-secrets.io/v1beta1:ExternalSecret";
    public static final String API_VERSION = "external-secrets.io/v1beta1";
    public static final String KIND = "ExternalSecret";

    public ExternalSecret(String name, ExternalSecretArgs args) {
        this(name, args, null);
    }

    public ExternalSecret(String name, ExternalSecretArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, ExternalSecretArgs.builder(args).apiVersion(API_VERSION).kind(KIND).build(), options, Codegen.empty());
    }

    private ExternalSecret(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, null, options, id);
    }

    /** Reads an existing ExternalSecret's state, by {@code namespace/name}. */
    public static ExternalSecret get(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new ExternalSecret(name, id, options);
    }
}
