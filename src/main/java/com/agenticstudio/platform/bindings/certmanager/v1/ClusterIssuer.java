package com.agenticstudio.platform.bindings.certmanager.v1;

import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import javax.annotation.Nullable;

/**
 * A cert-manager ClusterIssuer (cert-manager.io/v1): signs Certificates in every namespace; it is
 * cluster-scoped, so its metadata has a name and no namespace. The Kubernetes SDK has no type for
 * it, so this binding is written the way pulumi-java-gen writes a built-in kind; the CRD comes from
 * the cert-manager chart, so declare it with a dependency on that release.
 */
@ResourceType(type = "kubernetes:cert-manager.io/v1:ClusterIssuer")
public class ClusterIssuer extends KubernetesCustomResource {
    public static final String TYPE = "kubernetes:cert-manager.io/v1:ClusterIssuer";
    public static final String API_VERSION = "cert-manager.io/v1";
    public static final String KIND = "ClusterIssuer";

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
        super(TYPE, name, ClusterIssuerArgs.builder(args).apiVersion(API_VERSION).kind(KIND).build(), options, Codegen.empty());
    }

    private ClusterIssuer(String name, Output<String> id, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super(TYPE, name, null, options, id);
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
