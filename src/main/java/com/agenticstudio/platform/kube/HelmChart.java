package com.agenticstudio.platform.kube;

import com.agenticstudio.platform.cluster.ClusterInfo;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * A Helm chart pinned by name, repository and version. Values come from a typed values record of
 * each add-on; Helm ignores misspelt keys silently, so each record cites the values.yaml it was
 * checked against.
 */
public record HelmChart(String chart, String repository, String version) {

    /** A release and the namespace it runs in. */
    public record Installed(Output<String> namespace, Release release) {
    }

    /**
     * Installs the chart into a namespace of its own, labelled for the Pod Security level its pods
     * pass; the release waits for the namespace through its input, and for nothing else.
     */
    public Installed installInOwnNamespace(String name, String namespace, PodSecurity podSecurity, Map<String, Object> values,
                                           ClusterInfo cluster, Resource parent) {
        var created = Namespaces.create(namespace, podSecurity, cluster, parent);
        var namespaceName = created.metadata().applyValue(meta -> meta.name().orElseThrow());
        return new Installed(namespaceName, install(name, namespaceName, values, cluster, parent));
    }

    /** Installs the chart into an existing namespace; the release waits until its workloads are ready. */
    public Release install(String name, Output<String> namespace, Map<String, Object> values, ClusterInfo cluster,
                           Resource parent, Resource... dependsOn) {
        return new Release(name, ReleaseArgs.builder()
                .name(name)
                .chart(chart)
                .version(version)
                .repositoryOpts(RepositoryOptsArgs.builder().repo(repository).build())
                .namespace(namespace)
                .values(values)
                .atomic(true)
                .cleanupOnFail(true)
                .timeout(600)
                .build(), KubeOptions.of(cluster, parent, dependsOn));
    }
}
