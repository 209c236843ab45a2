package com.agenticstudio.platform.addons.logging;

import com.agenticstudio.platform.bindings.CrdKind;
import com.agenticstudio.platform.bindings.CustomResourceSpec;
import com.agenticstudio.platform.kube.ContainerResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An Elasticsearch cluster's spec (elasticsearch.k8s.elastic.co/v1, ECK 3.5.0
 * config/crds/v1/resources/elasticsearch.k8s.elastic.co_elasticsearches.yaml): its version, its HTTP
 * certificate (a Secret the platform's CA signs, so that clients in other namespaces can verify it),
 * the users and roles the platform declares as file-realm Secrets, and its node sets.
 *
 * @param httpCertificateSecret a Secret with tls.crt, tls.key and ca.crt (spec.http.tls.certificate)
 * @param fileRealmSecrets      kubernetes.io/basic-auth Secrets with a {@code roles} key: one user each
 * @param rolesSecret           a Secret whose roles.yml defines the roles those users name
 * @param keepVolumes           keep the volumes when the cluster is deleted (DeleteOnScaledownOnly), not only on scale-down
 */
public record ElasticsearchSpec(String version, String httpCertificateSecret, List<String> fileRealmSecrets, String rolesSecret,
                                boolean keepVolumes, List<NodeSet> nodeSets) implements CustomResourceSpec {
    public static final CrdKind KIND = CrdKind.namespaced("elasticsearch.k8s.elastic.co", "v1", "Elasticsearch");
    /** node.roles values (Elasticsearch's node roles; "master" makes a node master-eligible). */
    static final Set<String> ROLES = Set.of("master", "data", "data_content", "data_hot", "ingest", "ml", "remote_cluster_client",
            "transform");
    /** The claim name ECK mounts as the data directory (it must be this name). */
    static final String DATA_VOLUME = "elasticsearch-data";
    /** The uid and gid of the Elasticsearch image's user. */
    static final int UID = 1000;

    public ElasticsearchSpec {
        if (version == null || !version.matches("9\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("an Elasticsearch version is 9.x.y, got " + version);
        }
        Objects.requireNonNull(httpCertificateSecret, "httpCertificateSecret");
        Objects.requireNonNull(rolesSecret, "rolesSecret");
        fileRealmSecrets = List.copyOf(fileRealmSecrets);
        nodeSets = List.copyOf(nodeSets);
        if (nodeSets.isEmpty()) {
            throw new IllegalArgumentException("an Elasticsearch cluster needs at least one node set");
        }
        int masters = nodeSets.stream().filter(n -> n.roles().contains("master")).mapToInt(NodeSet::count).sum();
        // An even number of master-eligible nodes tolerates no more failures than one node fewer, and two cannot elect on their own.
        if (masters % 2 == 0) {
            throw new IllegalArgumentException("an Elasticsearch cluster needs an odd number of master-eligible nodes, got " + masters);
        }
    }

    /**
     * One group of identical nodes: a StatefulSet with a volume per node on {@code storageClass}.
     *
     * @param zoneAwareness spread the nodes over zones and allocate shard copies by zone (ECK's zoneAwareness:
     *                      topology spread on topology.kubernetes.io/zone and shard allocation awareness on the
     *                      zone it exposes to each pod through its downward node labels)
     */
    public record NodeSet(String name, int count, List<String> roles, ContainerResources resources, String volumeSize,
                          String storageClass, boolean zoneAwareness, String priorityClass, Map<String, String> podLabels) {
        public NodeSet {
            roles = List.copyOf(roles);
            podLabels = Map.copyOf(podLabels);
            if (name == null || !name.matches("[a-z0-9]([-a-z0-9]{0,22}[a-z0-9])?")) {
                throw new IllegalArgumentException("a node set's name is a short DNS label, got '" + name + "'");
            }
            if (count < 1) {
                throw new IllegalArgumentException("node set " + name + " needs at least one node, got " + count);
            }
            if (roles.isEmpty() || !ROLES.containsAll(roles)) {
                throw new IllegalArgumentException("node set " + name + " has roles " + roles + "; allowed: " + new java.util.TreeSet<>(ROLES));
            }
            if (volumeSize == null || !volumeSize.matches("[1-9][0-9]*Gi")) {
                throw new IllegalArgumentException("node set " + name + " needs a volume size in Gi, got " + volumeSize);
            }
            if (resources.cpuLimit().isPresent() || !resources.memoryRequest().equals(resources.memoryLimit())) {
                // The JVM sizes its heap from the memory limit; a request below it lets the node be evicted for using its own heap.
                throw new IllegalArgumentException("node set " + name + " requests its whole memory limit and sets no CPU limit");
            }
            Objects.requireNonNull(storageClass, "storageClass");
            Objects.requireNonNull(priorityClass, "priorityClass");
        }

        Map<String, Object> toWire() {
            var config = new LinkedHashMap<String, Object>();
            config.put("node.roles", roles);
            // No privileged sysctl init container raising vm.max_map_count: Elasticsearch uses niofs instead of mmap, so
            // its pods pass Pod Security restricted (ECK docs, Virtual memory). Slower on large indices, not on log volumes.
            config.put("node.store.allow_mmap", false);
            // The GeoIP downloader reaches the internet, which the namespace's policies do not allow; logs need no GeoIP.
            config.put("ingest.geoip.downloader.enabled", false);
            var set = new LinkedHashMap<String, Object>();
            set.put("name", name);
            set.put("count", count);
            set.put("config", config);
            if (zoneAwareness) {
                set.put("zoneAwareness", Map.of());
            }
            var container = new LinkedHashMap<String, Object>();
            container.put("name", "elasticsearch");
            container.put("resources", resources.toMap());
            var spec = new LinkedHashMap<String, Object>();
            spec.put("priorityClassName", priorityClass);
            // ECK's default pod context (fsGroup 1000, RuntimeDefault seccomp) plus runAsNonRoot, which restricted asks
            // for; ECK gives every container of the pod no privilege escalation, no capabilities and runAsNonRoot.
            spec.put("securityContext", Map.of("fsGroup", UID, "runAsUser", UID, "runAsGroup", UID, "runAsNonRoot", true,
                    "seccompProfile", Map.of("type", "RuntimeDefault")));
            spec.put("containers", List.of(container));
            set.put("podTemplate", Map.of("metadata", Map.of("labels", podLabels), "spec", spec));
            set.put("volumeClaimTemplates", List.of(Map.of(
                    "metadata", Map.of("name", DATA_VOLUME),
                    "spec", Map.of(
                            "accessModes", List.of("ReadWriteOnce"),
                            "storageClassName", storageClass,
                            "resources", Map.of("requests", Map.of("storage", volumeSize))))));
            return set;
        }
    }

    @Override
    public CrdKind crdKind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toWire() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("version", version);
        spec.put("http", Map.of("tls", Map.of("certificate", Map.of("secretName", httpCertificateSecret))));
        var auth = new LinkedHashMap<String, Object>();
        auth.put("fileRealm", fileRealmSecrets.stream().map(s -> Map.of("secretName", s)).toList());
        auth.put("roles", List.of(Map.of("secretName", rolesSecret)));
        spec.put("auth", auth);
        spec.put("volumeClaimDeletePolicy", keepVolumes ? "DeleteOnScaledownOnly" : "DeleteOnScaledownAndClusterDeletion");
        spec.put("nodeSets", nodeSets.stream().map(NodeSet::toWire).toList());
        // No podDisruptionBudget: ECK's default budget lets one node go at a time and none while the cluster is not
        // green (the CRD's description of spec.podDisruptionBudget), which a fixed budget here could not express.
        return spec;
    }
}
