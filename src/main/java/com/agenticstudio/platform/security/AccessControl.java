package com.agenticstudio.platform.security;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.settings.Settings;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.rbac.v1.ClusterRole;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleArgs;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleBinding;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.Role;
import com.pulumi.kubernetes.rbac.v1.RoleArgs;
import com.pulumi.kubernetes.rbac.v1.RoleBinding;
import com.pulumi.kubernetes.rbac.v1.RoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.RoleRefArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.SubjectArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Who may do what, bound to the groups the cloud maps identities to: CI may roll the app out in its
 * namespace, developers may look at everything but Secrets. Pulumi itself, as cluster admin, keeps
 * creating and deleting; neither group can, so the declared graph stays the source of truth.
 */
public final class AccessControl extends ComponentResource {
    public static final String TYPE = "studio:security:AccessControl";
    public static final String DEPLOYER_ROLE = "deployer";
    public static final String DEVELOPER_ROLE = "studio-developer-read";
    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    /**
     * Rolling out is changing the Deployment (image, annotations) and watching it converge; HPA,
     * PDB, Service and HTTPRoute are read so that `kubectl rollout status` and diffs work, and
     * ConfigMaps may change with a release. No Secrets, no NetworkPolicies, no RBAC: a CI
     * credential leak must not open the namespace.
     */
    public static final List<Grant> DEPLOYER = List.of(
            new Grant("apps", List.of("deployments"), Grant.READ_AND_UPDATE),
            Grant.read("apps", "replicasets"),
            new Grant("", List.of("configmaps"), Grant.READ_AND_UPDATE),
            Grant.read("", "pods", "services", "events"),
            Grant.read("autoscaling", "horizontalpodautoscalers"),
            Grant.read("policy", "poddisruptionbudgets"),
            Grant.read("gateway.networking.k8s.io", "httproutes"));

    /** Enough to debug any workload: its pods, logs, events and routing. Secrets are left out on purpose. */
    public static final List<Grant> DEVELOPER_READ = List.of(
            Grant.read("", "pods", "pods/log", "events", "services", "endpoints", "namespaces"),
            Grant.read("apps", "deployments", "replicasets", "statefulsets", "daemonsets"),
            Grant.read("batch", "jobs", "cronjobs"),
            Grant.read("autoscaling", "horizontalpodautoscalers"),
            Grant.read("policy", "poddisruptionbudgets"),
            Grant.read("networking.k8s.io", "networkpolicies"),
            Grant.read("gateway.networking.k8s.io", "gateways", "httproutes"),
            Grant.read("events.k8s.io", "events"));

    public record Options(String appNamespace, String deployerGroup, String developerGroup) {
        public static Options from(Settings settings) {
            return new Options(settings.app().namespace(), settings.access().deployerGroup(),
                    settings.access().developerGroup());
        }
    }

    /**
     * @param appNamespace the declared app namespace: the API server refuses a Role in a namespace
     *                     not yet created, so the deployer Role and its binding wait for it
     */
    public AccessControl(String name, Options options, ClusterInfo cluster, Resource appNamespace,
                         ComponentResourceOptions resourceOptions) {
        super(TYPE, name, resourceOptions);
        var namespaced = ObjectMetaArgs.builder()
                .name(DEPLOYER_ROLE)
                .namespace(options.appNamespace())
                .labels(labels())
                .build();
        new Role(name + "-deployer", RoleArgs.builder()
                .metadata(namespaced)
                .rules(DEPLOYER.stream().map(Grant::toRule).toList())
                .build(), KubeOptions.of(cluster, this, appNamespace));
        // Bindings need no order against their roles: one to a role not yet created grants nothing until it is.
        new RoleBinding(name + "-deployer-binding", RoleBindingArgs.builder()
                .metadata(namespaced)
                .roleRef(roleRef("Role", DEPLOYER_ROLE))
                .subjects(group(options.deployerGroup()))
                .build(), KubeOptions.of(cluster, this, appNamespace));

        new ClusterRole(name + "-developer-read", ClusterRoleArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(DEVELOPER_ROLE).labels(labels()).build())
                .rules(DEVELOPER_READ.stream().map(Grant::toRule).toList())
                .build(), KubeOptions.of(cluster, this));
        new ClusterRoleBinding(name + "-developer-read-binding", ClusterRoleBindingArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(DEVELOPER_ROLE).labels(labels()).build())
                .roleRef(roleRef("ClusterRole", DEVELOPER_ROLE))
                .subjects(group(options.developerGroup()))
                .build(), KubeOptions.of(cluster, this));
        registerOutputs(Map.of());
    }

    private static Map<String, String> labels() {
        return Map.of("app.kubernetes.io/managed-by", "pulumi", "app.kubernetes.io/part-of", "agentic-studio");
    }

    private static RoleRefArgs roleRef(String kind, String roleName) {
        return RoleRefArgs.builder().apiGroup(RBAC_GROUP).kind(kind).name(roleName).build();
    }

    private static SubjectArgs group(String groupName) {
        return SubjectArgs.builder().apiGroup(RBAC_GROUP).kind("Group").name(groupName).build();
    }
}
