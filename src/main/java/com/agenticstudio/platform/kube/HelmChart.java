package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Helm chart pinned by name, repository and version, with what was read at that tag: the values
 * keys the platform may set, and where each of the chart's containers takes its resources. Helm
 * ignores a misspelt key silently, so a release refuses any key outside {@code checkedKeys}: adding
 * one means reading the chart's values.yaml at the tag again.
 *
 * @param checkedAt  where the keys were read, e.g. {@code cert-manager/cert-manager@v1.21.1 deploy/charts/cert-manager/values.yaml}
 * @param checkedKeys dotted key paths; a listed path covers everything below it (free-form maps such as nodeSelector)
 * @param containers each container the chart runs, by a short name, to the values path of its resources block
 * @param services   the Services the chart renders that other objects of the plan refer to
 */
public record HelmChart(String chart, String repository, String version, String checkedAt, Set<String> checkedKeys,
                        Map<String, String> containers, List<ChartService> services) {

    public HelmChart {
        Objects.requireNonNull(checkedAt, "checkedAt");
        checkedKeys = Set.copyOf(checkedKeys);
        containers = Map.copyOf(containers);
        services = List.copyOf(services);
        for (var path : containers.values()) {
            if (!covered(path + ".requests", checkedKeys) || !covered(path + ".limits", checkedKeys)) {
                throw new IllegalArgumentException(chart + ": container resources at " + path + " are not among the checked keys");
            }
        }
    }

    /** A chart whose Services nothing in the plan refers to. */
    public HelmChart(String chart, String repository, String version, String checkedAt, Set<String> checkedKeys,
                     Map<String, String> containers) {
        this(chart, repository, version, checkedAt, checkedKeys, containers, List.of());
    }

    /**
     * The same pin, declaring the Services the chart renders that other objects refer to (read in its
     * templates at the tag).
     */
    public HelmChart withServices(ChartService... rendered) {
        return new HelmChart(chart, repository, version, checkedAt, checkedKeys, containers, List.of(rendered));
    }

    /** A chart served from an OCI registry (oci://...), not from a Helm repository. */
    public boolean isOci() {
        return repository.startsWith("oci://");
    }

    /** The values paths Helm would ignore because nobody checked them against the chart. */
    public List<String> uncheckedKeys(Map<String, Object> values) {
        var unchecked = new ArrayList<String>();
        collect("", values, unchecked);
        return unchecked;
    }

    private void collect(String prefix, Map<?, ?> values, List<String> unchecked) {
        values.forEach((key, value) -> {
            var path = prefix + key;
            if (covered(path, checkedKeys)) {
                return;
            }
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                collect(path + ".", nested, unchecked);
            } else {
                unchecked.add(path);
            }
        });
    }

    private static boolean covered(String path, Set<String> keys) {
        for (var candidate = path; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            if (keys.contains(candidate)) {
                return true;
            }
            if (!candidate.contains(".")) {
                return false;
            }
        }
    }

    /**
     * The release in {@code namespace}, with the cluster's provider; it waits for what is given and,
     * through its namespace input, for the namespace. Atomic: a failed install or upgrade rolls back.
     */
    public Release release(String name, Output<String> namespace, Map<String, Object> values, ClusterInfo cluster,
                           Resource parent, List<? extends Resource> dependsOn) {
        var unchecked = uncheckedKeys(values);
        if (!unchecked.isEmpty()) {
            throw new IllegalStateException(chart + " " + version + ": values keys " + unchecked
                    + " were not checked against " + checkedAt + "; Helm would ignore a misspelt one silently");
        }
        var args = ReleaseArgs.builder().name(name).version(version);
        if (isOci()) {
            // An OCI registry has no index.yaml to look a chart up in: the chart is named by its full reference.
            args.chart(repository + "/" + chart);
        } else {
            args.chart(chart).repositoryOpts(RepositoryOptsArgs.builder().repo(repository).build());
        }
        return new Release(name, args
                .namespace(namespace)
                .values(values)
                .atomic(true)
                .cleanupOnFail(true)
                .timeout(600)
                .build(), KubeOptions.of(cluster, parent, dependsOn.toArray(Resource[]::new)));
    }
}
