package com.agenticstudio.platform.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.meta.v1.outputs.ObjectMeta;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;

/**
 * Any custom resource, namespaced or cluster-scoped, served by the kubernetes provider under
 * {@code kubernetes:<group>/<version>:<Kind>}. What is typed about it lives in its
 * {@link CustomResourceSpec} record; this class only carries apiVersion, kind, metadata and spec to
 * the engine and hands back what the cluster reports (spec and status).
 */
public final class KubernetesCustomResource extends com.pulumi.resources.CustomResource {
    @Export(name = "apiVersion", refs = {String.class}, tree = "[0]")
    private Output<String> apiVersion;

    @Export(name = "kind", refs = {String.class}, tree = "[0]")
    private Output<String> kind;

    @Export(name = "metadata", refs = {ObjectMeta.class}, tree = "[0]")
    private Output<ObjectMeta> metadata;

    @Export(name = "spec", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    private Output<Map<String, Object>> spec;

    @Export(name = "status", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    private Output<Map<String, Object>> status;

    /**
     * @param metadata needs a name, and a namespace exactly when the kind is namespaced
     * @param options  must name the cluster's provider; the CRD's release belongs in dependsOn
     */
    public KubernetesCustomResource(String name, ObjectMetaArgs metadata, CustomResourceSpec spec, CustomResourceOptions options) {
        super(spec.crdKind().typeToken(), name, new Args(spec.crdKind(), metadata, spec), options);
    }

    public Output<String> apiVersion() {
        return apiVersion;
    }

    public Output<String> kind() {
        return kind;
    }

    public Output<ObjectMeta> metadata() {
        return metadata;
    }

    public Output<Map<String, Object>> spec() {
        return spec;
    }

    public Output<Map<String, Object>> status() {
        return status;
    }

    /** The inputs as the API server expects the object. */
    static final class Args extends ResourceArgs {
        @Import(name = "apiVersion", required = true)
        private final Output<String> apiVersion;

        @Import(name = "kind", required = true)
        private final Output<String> kind;

        @Import(name = "metadata", required = true)
        private final Output<ObjectMetaArgs> metadata;

        @Import(name = "spec")
        private final Output<Map<String, Object>> spec;

        // The top-level fields of the kinds that keep them beside metadata (snapshot.storage.k8s.io classes).
        @Import(name = "driver")
        private final Output<String> driver;

        @Import(name = "deletionPolicy")
        private final Output<String> deletionPolicy;

        @Import(name = "parameters")
        private final Output<Map<String, Object>> parameters;

        @SuppressWarnings("unchecked")
        Args(CrdKind crdKind, ObjectMetaArgs metadata, CustomResourceSpec spec) {
            checkScope(crdKind, metadata);
            this.apiVersion = Output.of(crdKind.apiVersion());
            this.kind = Output.of(crdKind.kind());
            this.metadata = Output.of(metadata);
            var wire = spec.toWire();
            if (!spec.topLevel()) {
                this.spec = Output.of(wire);
                this.driver = null;
                this.deletionPolicy = null;
                this.parameters = null;
                return;
            }
            var unknown = new java.util.TreeSet<>(wire.keySet());
            unknown.removeAll(TOP_LEVEL_FIELDS);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("a " + crdKind.kind() + " has no top-level fields " + unknown
                        + " the binding carries; it carries " + TOP_LEVEL_FIELDS);
            }
            this.spec = null;
            this.driver = wire.containsKey("driver") ? Output.of((String) wire.get("driver")) : null;
            this.deletionPolicy = wire.containsKey("deletionPolicy") ? Output.of((String) wire.get("deletionPolicy")) : null;
            this.parameters = wire.containsKey("parameters") ? Output.of((Map<String, Object>) wire.get("parameters")) : null;
        }

        static final java.util.Set<String> TOP_LEVEL_FIELDS = java.util.Set.of("driver", "deletionPolicy", "parameters");

        private static void checkScope(CrdKind crdKind, ObjectMetaArgs metadata) {
            if (isBlank(metadata.name())) {
                throw new IllegalArgumentException("a " + crdKind.kind() + " needs metadata.name");
            }
            if (crdKind.namespaced() == isBlank(metadata.namespace())) {
                throw new IllegalArgumentException("a " + crdKind.kind() + " is " + (crdKind.namespaced()
                        ? "namespaced and needs metadata.namespace" : "cluster-scoped and takes no metadata.namespace"));
            }
        }

        /** Absent, or a plain value that is empty (an Output's value is known only to the engine). */
        private static boolean isBlank(java.util.Optional<com.pulumi.core.Output<String>> value) {
            if (value.isEmpty()) {
                return true;
            }
            var known = new String[1];
            value.get().applyValue(v -> known[0] = v == null ? "" : v);
            return known[0] != null && known[0].isBlank();
        }
    }
}
