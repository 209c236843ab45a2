package com.agenticstudio.platform.plan;

import static com.agenticstudio.platform.plan.ComputedOutputs.placeholder;

import java.util.Map;

/** Plan placeholders for gcp resources' computed outputs, by type token. */
final class GcpOutputs {
    private static final String CLUSTER = "gcp:container/cluster:Cluster";
    private static final String SERVICE_ACCOUNT = "gcp:serviceaccount/account:Account";
    private static final String POOL = "gcp:iam/workloadIdentityPool:WorkloadIdentityPool";
    private static final String POOL_PROVIDER = "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider";
    private static final String SQL_INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";
    private static final String ADDRESS = "gcp:compute/globalAddress:GlobalAddress";

    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of(
            // The kubeconfig needs endpoint and CA.
            CLUSTER, (name, inputs) -> Map.of(
                    "endpoint", placeholder(CLUSTER, name, "endpoint"),
                    "masterAuth", Map.of("clusterCaCertificate", placeholder(CLUSTER, name, "masterAuth.clusterCaCertificate"))),
            // Node pools and workload identity refer to service accounts by e-mail, IAM bindings by name and member.
            SERVICE_ACCOUNT, (name, inputs) -> Map.of(
                    "email", placeholder(SERVICE_ACCOUNT, name, "email"),
                    "name", placeholder(SERVICE_ACCOUNT, name, "name"),
                    "member", placeholder(SERVICE_ACCOUNT, name, "member")),
            // projects/<number>/locations/global/workloadIdentityPools/<id>[/providers/<id>]: principal sets and
            // the deploy workflow name them so.
            POOL, (name, inputs) -> Map.of("name", placeholder(POOL, name, "name")),
            POOL_PROVIDER, (name, inputs) -> Map.of("name", placeholder(POOL_PROVIDER, name, "name")),
            // The Auth Proxy dials project:region:instance; the app's egress names the private range, not the address.
            SQL_INSTANCE, (name, inputs) -> Map.of(
                    "connectionName", placeholder(SQL_INSTANCE, name, "connectionName"),
                    "privateIpAddress", placeholder(SQL_INSTANCE, name, "privateIpAddress")),
            ADDRESS, (name, inputs) -> Map.of("name", inputs.getOrDefault("name", placeholder(ADDRESS, name, "name"))));

    private GcpOutputs() {
    }
}
