package com.agenticstudio.platform.settings;

import com.agenticstudio.platform.settings.MonitoringSettings.SecretSource;
import java.util.Map;
import java.util.Optional;

/**
 * What logging and tracing need from the stack: where Kibana is reached, and the passwords of the two
 * Elasticsearch users the program declares (Grafana reads logs and traces; Jaeger writes traces in
 * staging and prod). Like Grafana's admin password, a password is a Pulumi secret in dev and a
 * secret-manager entry elsewhere, so it never passes through Pulumi state outside dev.
 *
 * @param kibanaHost      Kibana's public host through the edge; empty: port-forward only (dev)
 * @param grafanaPassword the password of Elasticsearch's read-only user for Grafana's data source
 * @param jaegerPassword  the password of Jaeger's Elasticsearch user; empty in dev, where Jaeger keeps traces in memory
 */
public record LoggingSettings(Optional<String> kibanaHost, SecretSource grafanaPassword, Optional<SecretSource> jaegerPassword) {

    static LoggingSettings read(SettingsReader in, Environment env, String clusterName, EdgeSettings edge,
                                Optional<String> grafanaHost) {
        var host = SettingsLoader.publicHost(in, env, edge, "kibanaHost", "kibana", "Kibana", Map.of("grafanaHost", grafanaHost));
        var prefix = clusterName + "-";
        var password = in.secret("elasticsearchGrafanaPassword");
        var grafanaKey = in.string("elasticsearchGrafanaSecretKey");
        var jaegerKey = in.string("elasticsearchJaegerSecretKey");
        SecretSource grafana;
        Optional<SecretSource> jaeger = Optional.empty();
        if (env.isShared()) {
            if (password.isPresent()) {
                in.problem("elasticsearchGrafanaPassword", SettingsSource.MASKED, env.id()
                        + " reads Grafana's Elasticsearch password from the cloud secret manager; remove it from the stack");
            }
            SettingsLoader.secretManagerEntry(in, env, "elasticsearchGrafanaSecretKey", grafanaKey, prefix,
                    "Grafana's Elasticsearch password");
            SettingsLoader.secretManagerEntry(in, env, "elasticsearchJaegerSecretKey", jaegerKey, prefix,
                    "Jaeger's Elasticsearch password");
            grafana = new SecretSource.SecretManager(grafanaKey);
            jaeger = Optional.of(new SecretSource.SecretManager(jaegerKey));
        } else {
            if (password.isEmpty()) {
                in.problem("elasticsearchGrafanaPassword", "", "dev needs Grafana's Elasticsearch password: pulumi config set --secret"
                        + " elasticsearchGrafanaPassword '<password>' -s dev (the offline plan takes --set studio-platform:elasticsearchGrafanaPassword=...)");
            }
            if (!jaegerKey.isEmpty()) {
                in.problem("elasticsearchJaegerSecretKey", jaegerKey, "dev keeps traces in memory and has no cloud secret manager; leave it empty");
            }
            grafana = new SecretSource.PulumiSecret(password.orElse(null));
        }
        return new LoggingSettings(host, grafana, jaeger);
    }
}
