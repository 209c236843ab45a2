package com.agenticstudio.platform.addons.logging;

import static com.agenticstudio.platform.addons.HelmAddon.LABELS;

import com.agenticstudio.platform.addons.AddonNamespace;
import com.agenticstudio.platform.bindings.KubernetesCustomResource;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.cluster.ClusterNetwork;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.PodSecurity;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.rbac.v1.ClusterRole;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleArgs;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleBinding;
import com.pulumi.kubernetes.rbac.v1.ClusterRoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.PolicyRuleArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.RoleRefArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.SubjectArgs;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * The log shipper of the logging add-on: Filebeat on every node in {@value #NAMESPACE}, run by ECK from
 * a Beat resource that references the Elasticsearch, so the operator creates its user and hands it the
 * cluster's CA (no credential passes through the program), and Filebeat loads its data stream's index
 * template and lifecycle policy itself. Filebeat, not Fluent Bit, for that reason; Elastic Agent would
 * do the same through Fleet, a server this platform does not need.
 */
final class Filebeat {
    static final String NAME = "filebeat";
    /** The only namespace besides monitoring's that is privileged. */
    static final String NAMESPACE = "log-shipper";
    static final String REASON = "Filebeat reads every container's log files from the node through read-only hostPath"
            + " volumes (/var/log/containers, /var/log/pods) as root, which baseline forbids; its container is not privileged";
    static final AddonNamespace NAMESPACE_DECLARATION = new AddonNamespace(NAMESPACE, PodSecurity.PRIVILEGED, REASON);
    /** The label ECK puts on the Beat's pods. */
    static final Map<String, String> PODS = Map.of("beat.k8s.elastic.co/name", NAME);
    static final String ILM_CONFIG_MAP = "filebeat-ilm-policy";
    static final String ILM_POLICY = "studio-logs";

    private Filebeat() {
    }

    /**
     * Filebeat's account (it lists pods, namespaces and nodes for their metadata), its lifecycle policy,
     * and the Beat, which waits for the ECK release that installs its CRD.
     */
    static KubernetesCustomResource declare(String prefix, ElasticStack.Sizing sizing, String priorityClass, Resource namespace,
                                            Resource eck, ClusterInfo cluster, Resource parent) {
        var name = prefix + "-" + NAME;
        new ServiceAccount(name, ServiceAccountArgs.builder()
                .metadata(metadata(NAME)).build(), KubeOptions.of(cluster, parent, namespace));
        new ClusterRole(name, ClusterRoleArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("studio-" + NAME).labels(LABELS).build())
                .rules(PolicyRuleArgs.builder().apiGroups("").resources("namespaces", "pods", "nodes").verbs("get", "list", "watch").build(),
                        PolicyRuleArgs.builder().apiGroups("apps").resources("replicasets").verbs("get", "list", "watch").build(),
                        PolicyRuleArgs.builder().apiGroups("batch").resources("jobs").verbs("get", "list", "watch").build())
                .build(), KubeOptions.of(cluster, parent));
        new ClusterRoleBinding(name, ClusterRoleBindingArgs.builder()
                .metadata(ObjectMetaArgs.builder().name("studio-" + NAME).labels(LABELS).build())
                .roleRef(RoleRefArgs.builder().apiGroup("rbac.authorization.k8s.io").kind("ClusterRole").name("studio-" + NAME).build())
                .subjects(SubjectArgs.builder().kind("ServiceAccount").name(NAME).namespace(NAMESPACE).build())
                .build(), KubeOptions.of(cluster, parent)); // names its role and account; RBAC binds them whenever they exist
        new ConfigMap(prefix + "-" + ILM_CONFIG_MAP, ConfigMapArgs.builder()
                .metadata(metadata(ILM_CONFIG_MAP))
                .data(Map.of(BeatSpec.ILM_POLICY_FILE, ilmPolicy(sizing.logRetention())))
                .build(), KubeOptions.of(cluster, parent, namespace));
        return new KubernetesCustomResource(NAME, metadata(NAME),
                new BeatSpec(ElasticStack.STACK_VERSION, ElasticStack.ELASTICSEARCH, ElasticStack.NAMESPACE, NAME, ILM_CONFIG_MAP,
                        ILM_POLICY, sizing.filebeat(), priorityClass, sizing.indexReplicas(), LABELS),
                KubeOptions.of(cluster, parent, eck, namespace));
    }

    /**
     * The lifecycle of Filebeat's data stream: roll the write index over daily (or at 10 GB a shard), and
     * delete a backing index {@code retention} after its rollover.
     */
    static String ilmPolicy(String retention) {
        return "{\"policy\":{\"phases\":{"
                + "\"hot\":{\"actions\":{\"rollover\":{\"max_age\":\"1d\",\"max_primary_shard_size\":\"10gb\"}}},"
                + "\"delete\":{\"min_age\":\"" + retention + "\",\"actions\":{\"delete\":{}}}}}}";
    }

    /** The Kubernetes API (pod metadata) and Elasticsearch's HTTP port. */
    static List<Flow> flows(ClusterNetwork network) {
        return List.of(Flow.dns(), Flow.apiServer(network, PODS),
                new Flow.Out("allow-filebeat-to-elasticsearch", PODS,
                        List.of(new Flow.Peer.Pods(ElasticStack.NAMESPACE, ElasticStack.ELASTICSEARCH_PODS)),
                        List.of(Flow.Port.tcp(ElasticStack.HTTP_PORT))));
    }

    private static ObjectMetaArgs metadata(String name) {
        return ObjectMetaArgs.builder().name(name).namespace(NAMESPACE).labels(LABELS).build();
    }
}
