package com.agenticstudio.platform.plan;

import static com.agenticstudio.platform.plan.ComputedOutputs.placeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plan placeholders for aws resources' computed outputs, by type token. */
final class AwsOutputs {
    private static final String CLUSTER = "aws:eks/cluster:Cluster";
    private static final String ROLE = "aws:iam/role:Role";
    private static final String OIDC_PROVIDER = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    private static final String KMS_KEY = "aws:kms/key:Key";
    private static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    private static final String DB_INSTANCE = "aws:rds/instance:Instance";

    static final Map<String, ComputedOutputs.Computer> TABLE = Map.of(
            // The kubeconfig needs endpoint and CA; IRSA needs the OIDC issuer; access entries need the ARN.
            CLUSTER, (name, inputs) -> Map.of(
                    "arn", placeholder(CLUSTER, name, "arn"),
                    "endpoint", placeholder(CLUSTER, name, "endpoint"),
                    "certificateAuthority", Map.of("data", placeholder(CLUSTER, name, "certificateAuthority.data")),
                    "identities", List.of(Map.of("oidcs", List.of(Map.of(
                            "issuer", placeholder(CLUSTER, name, "identities[0].oidcs[0].issuer")))))),
            ROLE, AwsOutputs::role,
            OIDC_PROVIDER, (name, inputs) -> Map.of("arn", placeholder(OIDC_PROVIDER, name, "arn")),
            KMS_KEY, (name, inputs) -> Map.of(
                    "arn", placeholder(KMS_KEY, name, "arn"),
                    "keyId", placeholder(KMS_KEY, name, "keyId")),
            // Node groups launch from the template's latest version, a number, so no marked placeholder
            // fits: a new template's first version is 1, which is also what AWS answers.
            LAUNCH_TEMPLATE, (name, inputs) -> Map.of("latestVersion", 1),
            // The client's URL names the address; the secret store reads the secret RDS made for the master user.
            DB_INSTANCE, (name, inputs) -> Map.of(
                    "arn", placeholder(DB_INSTANCE, name, "arn"),
                    "address", placeholder(DB_INSTANCE, name, "address"),
                    "masterUserSecrets", List.of(Map.of("secretArn", placeholder(DB_INSTANCE, name, "masterUserSecrets[0].secretArn")))));

    private AwsOutputs() {
    }

    /** Roles are named explicitly; an auto-named one would get its name from the provider. */
    private static Map<String, Object> role(String name, Map<String, Object> inputs) {
        var outputs = new HashMap<String, Object>();
        outputs.put("arn", placeholder(ROLE, name, "arn"));
        if (!inputs.containsKey("name")) {
            outputs.put("name", placeholder(ROLE, name, "name"));
        }
        return outputs;
    }
}
