package com.agenticstudio.platform.bindings.externalsecrets.v1beta1;

import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import javax.annotation.Nullable;

/**
 * An external-secrets.io ClusterSecretStore (cluster-scoped): one secret backend that
 * ExternalSecrets in every namespace may read through; its metadata name is what they refer to. The
 * Kubernetes SDK has no type for this CRD; the binding follows the SDK's generated resources (see
 * ConfigMap). API checked against external-secrets/external-secrets@helm-chart-0.9.20
 * apis/externalsecrets/v1beta1 (v1beta1 is the storage version there; v1alpha1 is deprecated).
 */
@ResourceType(type = "kubernetes:external-secrets.io/v1beta1:ClusterSecretStore")
public class ClusterSecretStore extends KubernetesCustomResource {
    public static final String TYPE = "kubernetes:external-secrets.io/v1beta1:ClusterSecretStore";
    public static final String API_VERSION = "external-secrets.io/v1beta1";
    public static final String KIND = "ClusterSecretStore";

    /**
     * @param name the unique name of the resource
     * @param args the arguments that populate its properties
     */
    public ClusterSecretStore(String name, ClusterSecretStoreArgs args) {
        this(name, args, null);
    }

    /**
     * @param name    the unique name of the resource
     * @param args    the arguments that populate its properties
     * @param options options that control the resource's behaviour
     */
    public ClusterSecretStore(String name, ClusterSecretStoreArgs args,
                              @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, ClusterSecretStoreArgs.builder(args).apiVersion(API_VERSION).kind(KIND).build(), options, Codegen.empty());
    }

    private ClusterSecretStore(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, null, options, id);
    }

    /**
     * Gets an existing ClusterSecretStore's state by its provider id.
     *
     * @param name    the unique name of the resulting resource
     * @param id      the provider id (the object's name) of the resource to look up
     * @param options options that control the resource's behaviour
     */
    public static ClusterSecretStore get(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        return new ClusterSecretStore(name, id, options);
    }
}
