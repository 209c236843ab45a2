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
