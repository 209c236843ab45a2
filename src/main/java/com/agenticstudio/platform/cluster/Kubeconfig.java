package com.agenticstudio.platform.cluster;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.core.Output;
import java.util.List;
import java.util.Objects;

/**
 * A kubeconfig for one cluster whose user runs a credential plugin (exec), so that the file holds no
 * long-lived credential: EKS runs {@code aws eks get-token}, GKE runs {@code gke-gcloud-auth-plugin}.
 * Rendered as JSON, which every kubeconfig reader accepts (JSON is YAML).
 *
 * @param name   cluster, user and context name
 * @param server API server URL, https://...
 * @param certificateAuthorityData base64 PEM of the cluster CA, as the cloud returns it
 */
public record Kubeconfig(String name, String server, String certificateAuthorityData, Exec exec) {

    /** The client-go credential plugin API both clouds' plugins speak. */
    static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1";

    public Kubeconfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(certificateAuthorityData, "certificateAuthorityData");
        Objects.requireNonNull(exec, "exec");
    }

    /**
     * A credential plugin.
     *
     * @param provideClusterInfo hand the cluster's server and CA to the plugin (gke-gcloud-auth-plugin wants it)
     * @param installHint        printed by kubectl when the command is missing
     */
    public record Exec(String command, List<String> args, boolean provideClusterInfo, String installHint) {
        public Exec {
            Objects.requireNonNull(command, "command");
            args = List.copyOf(args);
            Objects.requireNonNull(installHint, "installHint");
        }
    }

    /** The kubeconfig from a cluster's computed endpoint and CA, secret end to end. */
    public static Output<String> secret(String name, Output<String> server, Output<String> certificateAuthorityData, Exec exec) {
        return Output.tuple(server, certificateAuthorityData)
                .applyValue(t -> new Kubeconfig(name, t.t1, t.t2, exec).render())
                .asSecret();
    }

    public String render() {
        var cluster = new JsonObject();
        cluster.addProperty("server", server);
        cluster.addProperty("certificate-authority-data", certificateAuthorityData);

        var execJson = new JsonObject();
        execJson.addProperty("apiVersion", EXEC_API_VERSION);
        execJson.addProperty("command", exec.command());
        var args = new JsonArray();
        exec.args().forEach(args::add);
        execJson.add("args", args);
        execJson.addProperty("provideClusterInfo", exec.provideClusterInfo());
        execJson.addProperty("installHint", exec.installHint());
        var user = new JsonObject();
        user.add("exec", execJson);

        var context = new JsonObject();
        context.addProperty("cluster", name);
        context.addProperty("user", name);

        var root = new JsonObject();
        root.addProperty("apiVersion", "v1");
        root.addProperty("kind", "Config");
        root.add("clusters", named("cluster", cluster));
        root.add("users", named("user", user));
        root.add("contexts", named("context", context));
        root.addProperty("current-context", name);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private JsonArray named(String key, JsonObject value) {
        var entry = new JsonObject();
        entry.addProperty("name", name);
        entry.add(key, value);
        var list = new JsonArray();
        list.add(entry);
        return list;
    }
}
