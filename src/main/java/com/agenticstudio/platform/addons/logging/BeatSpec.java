package com.agenticstudio.platform.addons.logging;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Filebeat DaemonSet's spec (beat.k8s.elastic.co/v1beta1 Beat, ECK 3.5.0
 * config/crds/v1/resources/beat.k8s.elastic.co_beats.yaml): one Filebeat per node reads every
 * container's log files from the node, adds the pod's Kubernetes metadata, and writes to the
 * Elasticsearch it references (ECK creates its user and trusts the cluster's CA), into Filebeat's
 * data stream, whose lifecycle policy it loads from {@code ilmPolicyConfigMap}.
 *
 * <p>Reading the node's log files takes hostPath volumes and root (the files belong to root), which is
 * why the shipper's namespace is privileged; the container itself is not privileged, adds no
 * capability and mounts the host read-only.
 *
 * @param serviceAccount      the account add_kubernetes_metadata lists pods, namespaces and nodes with
 * @param ilmPolicyConfigMap  a ConfigMap whose {@value #ILM_POLICY_FILE} is the lifecycle policy (retention)
 * @param ilmPolicyName       the policy's name in Elasticsearch
 * @param indexReplicas       replicas of each shard of the data stream (0 on a one-node cluster)
 */
public record BeatSpec(String version, String elasticsearch, String elasticsearchNamespace, String serviceAccount,
                       String ilmPolicyConfigMap, String ilmPolicyName, ContainerResources resources, String priorityClass,
                       int indexReplicas, Map<String, String> podLabels) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("beat.k8s.elastic.co", "v1beta1", "Beat");
    static final String ILM_POLICY_FILE = "ilm-policy.json";
    static final String ILM_POLICY_DIR = "/usr/share/filebeat/ilm";
    /** Where the kubelet keeps container logs (symlinks into /var/log/pods). */
    static final List<String> HOST_LOG_DIRS = List.of("/var/log/containers", "/var/log/pods");

    public BeatSpec {
        if (version == null || !version.matches("9\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("a Beat version is 9.x.y, got " + version);
        }
        for (var value : new String[] {elasticsearch, elasticsearchNamespace, serviceAccount, ilmPolicyConfigMap, ilmPolicyName, priorityClass}) {
            Objects.requireNonNull(value, "a Beat's references and names");
        }
        podLabels = Map.copyOf(podLabels);
        if (indexReplicas < 0) {
            throw new IllegalArgumentException("index replicas cannot be negative, got " + indexReplicas);
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("type", "filebeat");
        spec.put("version", version);
        spec.put("elasticsearchRef", Map.of("name", elasticsearch, "namespace", elasticsearchNamespace));
        spec.put("config", config());
        spec.put("daemonSet", Map.of("podTemplate", podTemplate()));
        return spec;
    }

    /** filebeat.yml: the container log files, their pods' metadata, and the data stream's lifecycle. */
    Map<String, Object> config() {
        var input = new LinkedHashMap<String, Object>();
        input.put("type", "filestream");
        input.put("id", "kubernetes-container-logs");
        input.put("paths", List.of("/var/log/containers/*.log"));
        // The container runtime's log format (CRI), one event per line.
        input.put("parsers", List.of(Map.of("container", Map.of())));
        input.put("prospector.scanner.symlinks", true);
        input.put("prospector.scanner.fingerprint.enabled", true);
        input.put("file_identity.fingerprint", Map.of());
        var config = new LinkedHashMap<String, Object>();
        config.put("filebeat.inputs", List.of(input));
        config.put("processors", List.of(
                // Pod, namespace, labels and node of each line, matched by the log file's name.
                Map.of("add_kubernetes_metadata", Map.of("host", "${NODE_NAME}",
                        "matchers", List.of(Map.of("logs_path", Map.of("logs_path", "/var/log/containers/"))))),
                // A JSON log line (the backend's, with its trace_id) becomes fields, so a trace's logs are found by its id.
                Map.of("decode_json_fields", Map.of("fields", List.of("message"), "target", "", "overwrite_keys", true,
                        "add_error_key", false))));
        config.put("setup.template.settings", Map.of("index.number_of_replicas", indexReplicas));
        config.put("setup.ilm.enabled", true);
        config.put("setup.ilm.policy_name", ilmPolicyName);
        config.put("setup.ilm.policy_file", ILM_POLICY_DIR + "/" + ILM_POLICY_FILE);
        // A changed retention replaces the policy in Elasticsearch when Filebeat restarts with it.
        config.put("setup.ilm.overwrite", true);
        return config;
    }

    private Map<String, Object> podTemplate() {
        var mounts = new ArrayList<Map<String, Object>>();
        var volumes = new ArrayList<Map<String, Object>>();
        for (var dir : HOST_LOG_DIRS) {
            var name = dir.substring(dir.lastIndexOf('/') + 1);
            mounts.add(Map.of("name", name, "mountPath", dir, "readOnly", true));
            volumes.add(Map.of("name", name, "hostPath", Map.of("path", dir, "type", "Directory")));
        }
        mounts.add(Map.of("name", "ilm-policy", "mountPath", ILM_POLICY_DIR, "readOnly", true));
        volumes.add(Map.of("name", "ilm-policy", "configMap", Map.of("name", ilmPolicyConfigMap)));
        var container = new LinkedHashMap<String, Object>();
        container.put("name", "filebeat");
        container.put("resources", resources.toMap());
        // Root reads the node's log files (root's own, mode 0640) and keeps its registry on the node (ECK's hostPath data
        // volume); no privilege and no capability: it owns what it reads.
        container.put("securityContext", Map.of(
                "runAsUser", 0, "runAsNonRoot", false, "privileged", false, "allowPrivilegeEscalation", false,
                "readOnlyRootFilesystem", false,
                "capabilities", Map.of("drop", List.of("ALL")),
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        container.put("env", List.of(Map.of("name", "NODE_NAME", "valueFrom", Map.of("fieldRef", Map.of("fieldPath", "spec.nodeName")))));
        container.put("volumeMounts", mounts);
        var spec = new LinkedHashMap<String, Object>();
        spec.put("serviceAccountName", serviceAccount);
        spec.put("automountServiceAccountToken", true);
        spec.put("priorityClassName", priorityClass);
        // Every node's logs: the shipper runs on spot and tainted nodes too.
        spec.put("tolerations", List.of(Map.of("operator", "Exists")));
        spec.put("containers", List.of(container));
        spec.put("volumes", volumes);
        return Map.of("metadata", Map.of("labels", podLabels), "spec", spec);
    }
}
