package com.agenticstudio.platform.addons;

import com.agenticstudio.platform.cluster.CloudPermission;
import com.agenticstudio.platform.cluster.ClusterInfo;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.Flow;
import com.agenticstudio.platform.kube.HelmChart;
import com.agenticstudio.platform.kube.KubeOptions;
import com.agenticstudio.platform.kube.Namespaces;
import com.agenticstudio.platform.kube.NetworkPolicies;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every chart add-on repeats, once: its namespace with its Pod Security level, a default-deny
 * NetworkPolicy for both directions plus the flows the add-on declares (DNS always), its cloud
 * identity, and the release of the pinned chart with the cluster's provider. The release refuses
 * values keys nobody checked at the chart's tag, and checks that every container of the chart has
 * requests and a memory limit.
 */
public abstract class HelmAddon extends AddonComponent {
    /** Labels of the platform's own objects (namespaces' policies and the like). */
    public static final Map<String, String> LABELS = Map.of(
            "app.kubernetes.io/managed-by", "pulumi",
            "app.kubernetes.io/part-of", "studio-platform");

    private final ClusterInfo cluster;
    private final HelmChart chart;
    private final AddonNamespace addonNamespace;
    private final Namespace namespace;

    protected HelmAddon(String type, AddonContext context, HelmChart chart, AddonNamespace namespace) {
        this(type, context, chart, namespace, Map.of());
    }

    /** @param namespaceLabels labels other layers select the namespace by (the edge's route admission) */
    protected HelmAddon(String type, AddonContext context, HelmChart chart, AddonNamespace namespace,
                        Map<String, String> namespaceLabels) {
        this(type, context, chart, namespace, namespaceLabels, List.of());
    }

    /**
     * @param moreNamespaces namespaces the add-on runs other objects in (an operator's managed resources), each
     *                       with its Pod Security level and reason, declared beside the release's
     */
    protected HelmAddon(String type, AddonContext context, HelmChart chart, AddonNamespace namespace,
                        Map<String, String> namespaceLabels, List<AddonNamespace> moreNamespaces) {
        super(type, context, declarations(chart, namespace, moreNamespaces));
        this.cluster = context.cluster();
        this.chart = chart;
        this.addonNamespace = namespace;
        this.namespace = Namespaces.create(namespace.name(), namespace.podSecurity(), namespaceLabels, cluster, this);
    }

    private static Map<String, Object> declarations(HelmChart chart, AddonNamespace namespace, List<AddonNamespace> more) {
        var declared = new LinkedHashMap<String, Object>();
        declared.put("chart", Map.of("name", chart.chart(), "repository", chart.repository(), "version", chart.version(),
                "valuesCheckedAt", chart.checkedAt()));
        declared.put("namespace", declared(namespace));
        if (!more.isEmpty()) {
            declared.put("namespaces", more.stream().map(HelmAddon::declared).toList());
        }
        declared.put("containers", chart.containers());
        if (!chart.services().isEmpty()) {
            declared.put("services", chart.services().stream().map(ChartService::toMap).toList());
        }
        return declared;
    }

    private static Map<String, Object> declared(AddonNamespace namespace) {
        return Map.of("name", namespace.name(), "podSecurity", namespace.podSecurity().name().toLowerCase(java.util.Locale.ROOT),
                "reason", namespace.reason());
    }

    protected ClusterInfo cluster() {
        return cluster;
    }

    public String namespaceName() {
        return addonNamespace.name();
    }

    public Namespace namespace() {
        return namespace;
    }

    /**
     * The cloud identity of the add-on's service account, holding exactly {@code permissions}: the
     * annotations to put on the ServiceAccount the chart creates.
     */
    protected Output<Map<String, String>> cloudIdentity(String serviceAccount, List<CloudPermission> permissions) {
        return cluster.identity().bind(pulumiResourceName(), addonNamespace.name(), serviceAccount, permissions, this);
    }

    /**
     * Declares the namespace's policies and the release, side by side: both wait only for the
     * namespace. Policies take a second to apply and pods longer to start, so waiting for them would
     * only lengthen every install.
     *
     * @param flows     what the add-on's pods need besides DNS
     * @param dependsOn what the release really needs first (another add-on's CRDs)
     */
    protected Release install(Map<String, Object> values, List<Flow> flows, Resource... dependsOn) {
        checkContainers(values);
        var allFlows = new ArrayList<Flow>();
        allFlows.add(Flow.dns());
        allFlows.addAll(flows);
        NetworkPolicies.declare(addonNamespace.name(), namespace, allFlows, LABELS, cluster, this);
        var namespaceName = namespace.metadata().applyValue(meta -> meta.name().orElseThrow());
        return chart.release(pulumiResourceName(), namespaceName, values, cluster, this, List.of(dependsOn));
    }

    /** Options for the add-on's own Kubernetes objects (custom resources wait for the release that installs their CRDs). */
    protected com.pulumi.resources.CustomResourceOptions kubeOptions(Resource... dependsOn) {
        return KubeOptions.of(cluster, this, dependsOn);
    }

    private void checkContainers(Map<String, Object> values) {
        chart.containers().forEach((container, path) -> {
            Object resources = values;
            for (var part : path.split("\\.")) {
                // A list index (initContainers.0.resources) reaches into lists of containers.
                resources = resources instanceof Map<?, ?> map ? map.get(part)
                        : resources instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()
                                ? list.get(Integer.parseInt(part)) : null;
            }
            var block = resources instanceof Map<?, ?> map ? map : Map.of();
            var requests = block.get("requests") instanceof Map<?, ?> r ? r : Map.of();
            var limits = block.get("limits") instanceof Map<?, ?> l ? l : Map.of();
            if (requests.get("cpu") == null || requests.get("memory") == null || limits.get("memory") == null) {
                throw new IllegalStateException(chart.chart() + " container " + container + " needs CPU and memory requests and a memory limit at "
                        + path + ", got " + block);
            }
        });
    }
}
