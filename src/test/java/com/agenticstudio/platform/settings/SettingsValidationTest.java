package com.agenticstudio.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agenticstudio.platform.plan.StackConfig;
import com.agenticstudio.platform.testing.Graphs;
import com.agenticstudio.platform.testing.Stacks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule: a real stack file, one bad value, and the one line that must name it. */
class SettingsValidationTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                rule("an unknown cloud", "prod", "cloud", "azure", "studio-platform:cloud: 'azure' is not allowed; must be one of kind, aws, gcp"),
                rule("an unknown environment", "prod", "environment", "qa", "studio-platform:environment: 'qa' is not allowed; must be one of dev, staging, prod"),
                rule("kind for prod", "prod", "cloud", "kind", "studio-platform:cloud: 'kind' is not allowed; prod needs a multi-zone cloud cluster"),
                rule("a replica count below 1", "prod", "appReplicas", "0", "studio-platform:appReplicas: 0 is not allowed; must be between 1 and 100"),
                rule("an HPA minimum below 1", "staging", "hpaMinReplicas", "0", "studio-platform:hpaMinReplicas: 0 is not allowed; must be between 1 and 100"),
                rule("no edge proxy", "dev", "edgeReplicas", "0", "studio-platform:edgeReplicas: 0 is not allowed; must be between 1 and 20"),
                rule("a single edge proxy in staging", "staging", "edgeReplicas", "1", "studio-platform:edgeReplicas: 1 is not allowed; staging needs at least 2 Envoy proxies"),
                rule("fewer edge proxies than zones in prod", "prod", "edgeReplicas", "2", "studio-platform:edgeReplicas: 2 is not allowed; prod needs at least 3 Envoy proxies (one per zone)"),
                rule("nodes per zone below 1", "prod", "nodesMinPerZone", "0", "studio-platform:nodesMinPerZone: 0 is not allowed; must be between 1 and 100"),
                rule("a count that is not a number", "prod", "appReplicas", "three", "studio-platform:appReplicas: 'three' is not allowed; must be a whole number"),
                rule("HPA min above max", "prod", "hpaMinReplicas", "12", "studio-platform:hpaMaxReplicas: 10 is not allowed; must be at least studio-platform:hpaMinReplicas (12)"),
                rule("node min above max", "prod", "nodesMinPerZone", "5", "studio-platform:nodesMaxPerZone: 4 is not allowed; must be at least studio-platform:nodesMinPerZone (5)"),
                rule("fewer than two zones for staging", "staging", "awsZones", "[\"eu-west-1a\"]", "studio-platform:awsZones: '[eu-west-1a]' is not allowed; staging must span at least 2 zones"),
                rule("fewer than three zones for prod", "prod", "awsZones", "[\"eu-west-1a\",\"eu-west-1b\"]", "studio-platform:awsZones: '[eu-west-1a, eu-west-1b]' is not allowed; prod must span at least 3 zones"),
                rule("fewer than three GKE zones for prod", "prod", Map.of("cloud", "gcp", "gcpZones", "[\"europe-west1-b\"]"), "studio-platform:gcpZones: '[europe-west1-b]' is not allowed; prod must span at least 3 zones"),
                rule("one zone for EKS even in dev", "dev", Map.of("cloud", "aws", "awsZones", "[\"eu-west-1a\"]", "tlsIssuer", "letsencrypt-staging", "acmeEmail", "a@b.io", "awsAccountId", "111111111111", "awsRegion", "eu-west-1"), "studio-platform:awsZones: '[eu-west-1a]' is not allowed; the cluster needs subnets in at least 2 zones"),
                rule("an access group among Kubernetes' own", "prod", "developerGroup", "system:masters", "studio-platform:developerGroup: 'system:masters' is not allowed; must name the group developers read as, outside system:"),
                rule("a zone outside the region", "prod", "awsZones", "[\"eu-west-1a\",\"eu-west-1b\",\"us-east-1c\"]", "studio-platform:awsZones: 'us-east-1c' is not allowed; each zone must be a zone of eu-west-1"),
                rule("a zone listed twice", "prod", "awsZones", "[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1a\"]", "studio-platform:awsZones: 'eu-west-1a' is not allowed; each zone may appear once"),
                rule("a malformed CIDR", "prod", "nodeCidr", "10.42.0.0/33", "studio-platform:nodeCidr: '10.42.0.0/33' is not allowed; must be an IPv4 CIDR block"),
                rule("a CIDR with host bits", "prod", Map.of("databaseMode", "external", "databaseCidr", "10.42.240.7/24",
                        "databaseSecretKey", "studio-prod-database-url"), "studio-platform:databaseCidr: '10.42.240.7/24' is not allowed; must be an IPv4 CIDR block"),
                rule("overlapping ranges", "prod", "serviceCidr", "10.42.128.0/20", "studio-platform:serviceCidr: '10.42.128.0/20' is not allowed; must not overlap studio-platform:nodeCidr"),
                rule("no domain where TLS is on", "prod", "appHost", "", "studio-platform:appHost: '' is not allowed; TLS is on, so the app needs a domain name"),
                rule("a host that is no DNS name", "prod", "appHost", "API_host", "studio-platform:appHost: 'API_host' is not allowed; must be a lower-case DNS name"),
                rule("an image tagged latest in prod", "prod", "appImageTag", "latest", "studio-platform:appImageTag: 'latest' is not allowed; prod must pin a release tag"),
                rule("an image tagged latest in staging", "staging", "appImageTag", "latest", "studio-platform:appImageTag: 'latest' is not allowed; staging must pin a release tag"),
                rule("a malformed digest", "prod", "appImageDigest", "sha256:xyz", "studio-platform:appImageDigest: 'sha256:xyz' is not allowed; must be sha256:<64 hex> or empty"),
                rule("a request above its limit", "prod", "appMemoryRequest", "1Gi", "studio-platform:appMemoryRequest: '1Gi' is not allowed; must not exceed studio-platform:appMemoryLimit (512Mi)"),
                rule("a CPU that is no quantity", "prod", "appCpuLimit", "half", "studio-platform:appCpuLimit: 'half' is not allowed; must be a CPU quantity"),
                rule("Let's Encrypt without an e-mail", "prod", "acmeEmail", "", "studio-platform:acmeEmail: '' is not allowed; the Let's Encrypt issuers need a contact e-mail address"),
                rule("Let's Encrypt on kind", "dev", "tlsIssuer", "letsencrypt-prod", "studio-platform:tlsIssuer: 'letsencrypt-prod' is not allowed; a kind cluster is not reachable by Let's Encrypt"),
                rule("the local CA on a cloud", "prod", "tlsIssuer", "studio-local-ca", "studio-platform:tlsIssuer: 'studio-local-ca' is not allowed; a cloud cluster has letsencrypt-staging and letsencrypt-prod"),
                rule("a kind image not pinned by digest", "dev", "kindNodeImage", "kindest/node:v1.35.8", "studio-platform:kindNodeImage: 'kindest/node:v1.35.8' is not allowed; must be a kindest/node image pinned by version and digest"),
                rule("a kind image of another minor", "dev", "kubernetesVersion", "1.36", "studio-platform:kindNodeImage: 'kindest/node:v1.35.8@sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0' is not allowed; must run studio-platform:kubernetesVersion (1.36)"),
                rule("a malformed kind mount", "dev", "kindExtraMounts", "[\"relative:/data\"]", "studio-platform:kindExtraMounts: 'relative:/data' is not allowed; each entry must be /host/path:/node/path"),
                rule("an AWS account id that is no id", "prod", "awsAccountId", "12345", "studio-platform:awsAccountId: '12345' is not allowed; must be the 12-digit AWS account id"),
                rule("GKE without a project", "prod", Map.of("cloud", "gcp", "gcpProject", ""), "studio-platform:gcpProject: '' is not allowed; must be the GCP project id"),
                rule("a boolean that is no boolean", "prod", "hpaEnabled", "yes", "studio-platform:hpaEnabled: 'yes' is not allowed; must be true or false"),
                rule("an unknown service type", "prod", "serviceType", "NodePort", "studio-platform:serviceType: 'NodePort' is not allowed; must be one of ClusterIP, LoadBalancer"),
                rule("prod without its secret manager entry", "prod", external("prod", "databaseSecretKey", ""), "studio-platform:databaseSecretKey: '' is not allowed; prod needs the secret manager entry"),
                rule("a secret name GCP refuses", "prod", external("prod", "databaseSecretKey", "studio-prod/database-url"), "studio-platform:databaseSecretKey: 'studio-prod/database-url' is not allowed; prod needs the secret manager entry that holds the database URL, named studio-prod-<name>"),
                rule("a secret the platform may not read", "prod", external("prod", "databaseSecretKey", "billing-database-url"), "studio-platform:databaseSecretKey: 'billing-database-url' is not allowed; prod needs the secret manager entry that holds the database URL, named studio-prod-<name>"),
                rule("dev with an external database without its URL", "dev", external("dev", "databaseUrl", ""), "studio-platform:databaseUrl: '' is not allowed; dev with an external database needs its URL: pulumi config set --secret databaseUrl 'postgresql://...' -s dev"),
                rule("a database URL in prod config", "prod", external("prod", "databaseUrl", "postgresql://x"), "studio-platform:databaseUrl: '[secret]' is not allowed; prod reads the URL from the cloud secret manager"),
                rule("an external database without its address block", "staging", external("staging", "databaseCidr", ""), "studio-platform:databaseCidr: '' is not allowed; an external database needs the address block it lives in"),
                rule("an external database's URL beside a managed one", "dev", "databaseUrl", "postgresql://x", "studio-platform:databaseUrl: '[secret]' is not allowed; the platform declares the database (databaseMode managed)"),
                rule("an external database's entry beside a managed one", "prod", "databaseSecretKey", "studio-prod-database-url", "studio-platform:databaseSecretKey: 'studio-prod-database-url' is not allowed; the platform declares the database (databaseMode managed)"),
                rule("an external database's block beside a managed one", "prod", "databaseCidr", "10.42.240.0/24", "studio-platform:databaseCidr: '10.42.240.0/24' is not allowed; the platform declares the database (databaseMode managed)"),
                rule("an unknown database mode", "prod", "databaseMode", "sqlite", "studio-platform:databaseMode: 'sqlite' is not allowed; must be one of managed, external"),
                rule("a PostgreSQL major out of support", "prod", "databaseEngineVersion", "13", "studio-platform:databaseEngineVersion: '13' is not allowed; must be a PostgreSQL major version in standard support on RDS, Cloud SQL and CloudNativePG: one of 16, 17"),
                rule("no RDS instance class", "prod", "databaseInstanceClass", "m7g.large", "studio-platform:databaseInstanceClass: 'm7g.large' is not allowed; must be an RDS instance class such as db.m7g.large"),
                rule("a burstable class in prod", "prod", "databaseInstanceClass", "db.t4g.large", "studio-platform:databaseInstanceClass: 'db.t4g.large' is not allowed; prod needs a class with steady CPU"),
                rule("no Cloud SQL tier", "prod", "databaseTier", "n2-standard-2", "studio-platform:databaseTier: 'n2-standard-2' is not allowed; must be a Cloud SQL tier such as db-custom-2-7680"),
                rule("a shared-core tier in staging", "staging", "databaseTier", "db-f1-micro", "studio-platform:databaseTier: 'db-f1-micro' is not allowed; staging needs a dedicated-core tier"),
                rule("too little storage", "prod", "databaseStorageGb", "10", "studio-platform:databaseStorageGb: 10 is not allowed; must be between 20 and 65536"),
                rule("an autoscaling limit below the storage", "prod", Map.of("databaseStorageGb", "200", "databaseMaxStorageGb", "100"), "studio-platform:databaseMaxStorageGb: 100 is not allowed; must be at least studio-platform:databaseStorageGb (200)"),
                rule("backups kept longer than the clouds allow", "staging", "databaseBackupRetentionDays", "40", "studio-platform:databaseBackupRetentionDays: 40 is not allowed; must be between 1 and 35"),
                rule("a week of backups in prod", "prod", "databaseBackupRetentionDays", "7", "studio-platform:databaseBackupRetentionDays: 7 is not allowed; prod keeps backups at least 30 days"),
                rule("a maintenance window in words", "prod", "databaseMaintenanceWindow", "sunday 3am", "studio-platform:databaseMaintenanceWindow: 'sunday 3am' is not allowed; must be the start of a one-hour window in UTC, ddd:hh:00"),
                rule("prod without a DR region", "prod", "awsDrRegion", "", "studio-platform:awsDrRegion: '' is not allowed; prod replicates its database to another region"),
                rule("the DR region is the primary one", "prod", "awsDrRegion", "eu-west-1", "studio-platform:awsDrRegion: 'eu-west-1' is not allowed; must differ from the cluster's region (eu-west-1)"),
                rule("no AWS region", "prod", "awsDrRegion", "frankfurt", "studio-platform:awsDrRegion: 'frankfurt' is not allowed; must be a region such as eu-central-1"),
                rule("the GCP DR region is the primary one", "prod", Map.of("cloud", "gcp", "gcpDrRegion", "europe-west1"), "studio-platform:gcpDrRegion: 'europe-west1' is not allowed; must differ from the cluster's region (europe-west1)"),
                rule("a port out of range", "prod", "databasePort", "70000", "studio-platform:databasePort: 70000 is not allowed; must be between 1 and 65535"),
                rule("a cluster name that is no DNS label", "prod", "clusterName", "Studio_Prod", "studio-platform:clusterName: 'Studio_Prod' is not allowed; must be a lower-case DNS label"),
                rule("a Kubernetes version that is no minor", "prod", "kubernetesVersion", "v1.35", "studio-platform:kubernetesVersion: 'v1.35' is not allowed; must be a Kubernetes minor in EKS and GKE standard support: 1.35 or 1.36 (as read on 2026-11-30)"),
                rule("a minor EKS and GKE no longer support", "staging", "kubernetesVersion", "1.27", "studio-platform:kubernetesVersion: '1.27' is not allowed; must be a Kubernetes minor in EKS and GKE standard support: 1.35 or 1.36"),
                rule("a minor in only one cloud's standard support", "prod", Map.of("cloud", "gcp", "kubernetesVersion", "1.34"), "studio-platform:kubernetesVersion: '1.34' is not allowed; must be a Kubernetes minor in EKS and GKE standard support"),
                rule("too many kind workers", "dev", "kindWorkers", "11", "studio-platform:kindWorkers: 11 is not allowed; must be between 0 and 10"),
                rule("a host port of 0", "dev", "kindHttpPort", "0", "studio-platform:kindHttpPort: 0 is not allowed; must be between 1 and 65535"),
                rule("the same host port twice", "dev", "kindHttpsPort", "80", "studio-platform:kindHttpsPort: 80 is not allowed; must differ from studio-platform:kindHttpPort"),
                rule("an image load flag that is no boolean", "dev", "kindLoadImage", "maybe", "studio-platform:kindLoadImage: 'maybe' is not allowed; must be true or false"),
                rule("side-loading an image into a cloud cluster", "prod", "kindLoadImage", "true", "studio-platform:kindLoadImage: true is not allowed; only a kind cluster takes a locally built image; aws pulls it"),
                rule("an AWS region that is no region", "prod", "awsRegion", "eu-west", "studio-platform:awsRegion: 'eu-west' is not allowed; must be an AWS region such as us-east-1"),
                rule("an EC2 type that is no type", "prod", "awsInstanceType", "large", "studio-platform:awsInstanceType: 'large' is not allowed; must be an EC2 instance type"),
                rule("a GCP region that is no region", "prod", Map.of("cloud", "gcp", "gcpRegion", "europe"), "studio-platform:gcpRegion: 'europe' is not allowed; must be a GCP region such as us-central1"),
                rule("a machine type that is no type", "prod", Map.of("cloud", "gcp", "gcpMachineType", "big"), "studio-platform:gcpMachineType: 'big' is not allowed; must be a machine type"),
                rule("a spot flag that is no boolean", "prod", "spotEnabled", "1", "studio-platform:spotEnabled: '1' is not allowed; must be true or false"),
                rule("a backend-on-spot flag that is no boolean", "staging", "appOnSpot", "yes", "studio-platform:appOnSpot: 'yes' is not allowed; must be true or false"),
                rule("the prod backend on spot nodes", "prod", "appOnSpot", "true", "studio-platform:appOnSpot: true is not allowed; prod keeps the backend on on-demand nodes, which no reclaim interrupts"),
                rule("the backend on spot on kind", "dev", "appOnSpot", "true", "studio-platform:appOnSpot: true is not allowed; a kind cluster has no spot nodes"),
                rule("the backend on spot without a spot pool", "staging", Map.of("appOnSpot", "true", "spotEnabled", "false"), "studio-platform:appOnSpot: true is not allowed; needs studio-platform:spotEnabled, the spot node pool it would run on"),
                rule("no spot nodes per zone", "prod", "spotMaxPerZone", "0", "studio-platform:spotMaxPerZone: 0 is not allowed; must be between 1 and 100"),
                rule("a pod range without a prefix", "prod", "podCidr", "10.64.0.0", "studio-platform:podCidr: '10.64.0.0' is not allowed; must be an IPv4 CIDR block"),
                rule("a TLS flag that is no boolean", "prod", "tlsEnabled", "on", "studio-platform:tlsEnabled: 'on' is not allowed; must be true or false"),
                rule("a TLS secret name that is no DNS label", "prod", "tlsSecretName", "API_TLS", "studio-platform:tlsSecretName: 'API_TLS' is not allowed; must be a DNS label"),
                rule("an app namespace that is no DNS label", "prod", "appNamespace", "Studio", "studio-platform:appNamespace: 'Studio' is not allowed; must be a DNS label"),
                rule("an image repository with a space", "prod", "appImageRepository", "my repo", "studio-platform:appImageRepository: 'my repo' is not allowed; must be an image repository"),
                rule("a CPU target above 100 %", "prod", "hpaCpuUtilization", "101", "studio-platform:hpaCpuUtilization: 101 is not allowed; must be between 1 and 100"),
                rule("a memory target of 0 %", "prod", "hpaMemoryUtilization", "0", "studio-platform:hpaMemoryUtilization: 0 is not allowed; must be between 1 and 100"),
                rule("a negative stabilisation window", "prod", "hpaScaleDownStabilizationSeconds", "-1", "studio-platform:hpaScaleDownStabilizationSeconds: -1 is not allowed; must be between 0 and 3600"),
                rule("a CPU request above its limit", "prod", "appCpuRequest", "1", "studio-platform:appCpuRequest: '1' is not allowed; must not exceed studio-platform:appCpuLimit (500m)"),
                rule("a memory limit that is no quantity", "prod", "appMemoryLimit", "lots", "studio-platform:appMemoryLimit: 'lots' is not allowed; must be a memory quantity"),
                rule("a secret store name that is no DNS label", "prod", "secretStoreName", "Cloud_Secrets", "studio-platform:secretStoreName: 'Cloud_Secrets' is not allowed; must be a DNS label"),
                rule("an egress flag that is no boolean", "prod", "allowExternalHttps", "sometimes", "studio-platform:allowExternalHttps: 'sometimes' is not allowed; must be true or false"),
                rule("no tracing namespace", "prod", "tracingNamespace", "", "studio-platform:tracingNamespace: '' is not allowed; must be a DNS label"),
                rule("a tracing port of 0", "prod", "tracingPort", "0", "studio-platform:tracingPort: 0 is not allowed; must be between 1 and 65535"),
                rule("a monitoring namespace in capitals", "prod", "monitoringNamespace", "MON", "studio-platform:monitoringNamespace: 'MON' is not allowed; must be a DNS label"),
                rule("a metrics port out of range", "prod", "metricsPort", "65536", "studio-platform:metricsPort: 65536 is not allowed; must be between 1 and 65535"),
                rule("an HPA maximum below its minimum", "prod", "hpaMaxReplicas", "1", "studio-platform:hpaMaxReplicas: 1 is not allowed; must be at least studio-platform:hpaMinReplicas (3)"),
                rule("no nodes per zone at most", "prod", "nodesMaxPerZone", "0", "studio-platform:nodesMaxPerZone: 0 is not allowed; must be between 1 and 100"),
                rule("no deployer group", "prod", "deployerGroup", "", "studio-platform:deployerGroup: '' is not allowed; must name the group CI deploys as"),
                rule("a prod API endpoint open to everyone", "prod", "apiAllowedCidrs", "[]", "studio-platform:apiAllowedCidrs: '[]' is not allowed; prod must list the networks that may reach the Kubernetes API"),
                rule("the whole internet among prod's API networks", "prod", "apiAllowedCidrs", "[\"203.0.113.0/24\",\"0.0.0.0/0\"]", "studio-platform:apiAllowedCidrs: '0.0.0.0/0' is not allowed; prod must not open the Kubernetes API to the whole internet"),
                rule("an API network that is no CIDR", "staging", "apiAllowedCidrs", "[\"203.0.113.7\"]", "studio-platform:apiAllowedCidrs: '203.0.113.7' is not allowed; each entry must be an IPv4 CIDR block"),
                rule("API networks for kind", "dev", "apiAllowedCidrs", "[\"203.0.113.0/24\"]", "studio-platform:apiAllowedCidrs: '[203.0.113.0/24]' is not allowed; a kind cluster's API listens on this machine only"),
                rule("a GCP project number that is the project id", "prod", Map.of("cloud", "gcp", "gcpProjectNumber", "studio-prod-4711"), "studio-platform:gcpProjectNumber: 'studio-prod-4711' is not allowed; must be the GCP project number, digits only"),
                rule("GKE prod without its project number", "prod", Map.of("cloud", "gcp", "gcpProjectNumber", ""), "studio-platform:gcpProjectNumber: '' is not allowed; prod encrypts Secrets with a Cloud KMS key"),
                rule("a metrics path that is no path", "prod", "metricsPath", "metrics", "studio-platform:metricsPath: 'metrics' is not allowed; must be an HTTP path such as /metrics"),
                rule("an SLO of 100 %", "prod", "sloAvailabilityPercent", "100", "studio-platform:sloAvailabilityPercent: '100' is not allowed; must be a percentage between 90 and 99.99"),
                rule("an SLO that is no number", "prod", "sloAvailabilityPercent", "high", "studio-platform:sloAvailabilityPercent: 'high' is not allowed; must be a percentage such as 99.5"),
                rule("a latency threshold of 0 ms", "prod", "latencyP95ThresholdMs", "0", "studio-platform:latencyP95ThresholdMs: 0 is not allowed; must be between 10 and 60000"),
                rule("a monthly budget of nothing", "prod", "monthlyBudgetUsd", "0", "studio-platform:monthlyBudgetUsd: 0 is not allowed; must be between 1 and 10000000"),
                rule("a runbook link over plain HTTP", "prod", "runbookUrl", "http://wiki.local/runbooks", "studio-platform:runbookUrl: 'http://wiki.local/runbooks' is not allowed; must be an https:// URL without a fragment"),
                rule("prod without a Grafana host", "prod", "grafanaHost", "", "studio-platform:grafanaHost: '' is not allowed; prod reaches Grafana through the edge; set a host such as grafana.agentic-studio.dev"),
                rule("a Grafana host that is no DNS name", "staging", "grafanaHost", "Grafana", "studio-platform:grafanaHost: 'Grafana' is not allowed; must be a lower-case DNS name"),
                rule("Grafana on the API's host", "prod", "grafanaHost", "api.agentic-studio.dev", "studio-platform:grafanaHost: 'api.agentic-studio.dev' is not allowed; must differ from studio-platform:appHost"),
                rule("dev without a Grafana password", "dev", "grafanaAdminPassword", "", "studio-platform:grafanaAdminPassword: '' is not allowed; dev needs a Grafana admin password: pulumi config set --secret grafanaAdminPassword"),
                rule("a Grafana password in prod config", "prod", "grafanaAdminPassword", "hunter2", "studio-platform:grafanaAdminPassword: '[secret]' is not allowed; prod reads the Grafana admin password from the cloud secret manager"),
                rule("prod without its Grafana password entry", "prod", "grafanaAdminSecretKey", "", "studio-platform:grafanaAdminSecretKey: '' is not allowed; prod needs the secret manager entry that holds the Grafana admin password, named studio-prod-<name>"),
                rule("prod without a Kibana host", "prod", "kibanaHost", "", "studio-platform:kibanaHost: '' is not allowed; prod reaches Kibana through the edge; set a host such as kibana.agentic-studio.dev"),
                rule("Kibana on Grafana's host", "prod", "kibanaHost", "grafana.agentic-studio.dev", "studio-platform:kibanaHost: 'grafana.agentic-studio.dev' is not allowed; must differ from studio-platform:appHost and studio-platform:grafanaHost: each host gets its own listener"),
                rule("a Kibana host that is no DNS name", "staging", "kibanaHost", "Kibana", "studio-platform:kibanaHost: 'Kibana' is not allowed; must be a lower-case DNS name"),
                rule("dev without Grafana's Elasticsearch password", "dev", "elasticsearchGrafanaPassword", "", "studio-platform:elasticsearchGrafanaPassword: '' is not allowed; dev needs Grafana's Elasticsearch password: pulumi config set --secret elasticsearchGrafanaPassword"),
                rule("an Elasticsearch password in prod config", "prod", "elasticsearchGrafanaPassword", "hunter2", "studio-platform:elasticsearchGrafanaPassword: '[secret]' is not allowed; prod reads Grafana's Elasticsearch password from the cloud secret manager"),
                rule("prod without Grafana's Elasticsearch entry", "prod", "elasticsearchGrafanaSecretKey", "", "studio-platform:elasticsearchGrafanaSecretKey: '' is not allowed; prod needs the secret manager entry that holds Grafana's Elasticsearch password, named studio-prod-<name>"),
                rule("a Jaeger entry the platform may not read", "staging", "elasticsearchJaegerSecretKey", "jaeger-es", "studio-platform:elasticsearchJaegerSecretKey: 'jaeger-es' is not allowed; staging needs the secret manager entry that holds Jaeger's Elasticsearch password, named studio-staging-<name>"),
                rule("a Jaeger entry on kind", "dev", "elasticsearchJaegerSecretKey", "studio-dev-jaeger", "studio-platform:elasticsearchJaegerSecretKey: 'studio-dev-jaeger' is not allowed; dev keeps traces in memory and has no cloud secret manager"),
                rule("a tracing port that is not OTLP's", "prod", "tracingPort", "9411", "studio-platform:tracingPort: 9411 is not allowed; must be 4317 (OTLP over gRPC) or 4318 (OTLP over HTTP)"),
                rule("a Slack URL in staging config", "staging", "alertSlackWebhookUrl", "https://hooks.slack.com/services/x", "studio-platform:alertSlackWebhookUrl: '[secret]' is not allowed; staging reads the Slack webhook URL from the cloud secret manager"),
                rule("a Slack entry the platform may not read", "prod", "alertSlackSecretKey", "ops-slack", "studio-platform:alertSlackSecretKey: 'ops-slack' is not allowed; prod needs the secret manager entry that holds the Slack webhook URL, named studio-prod-<name>"),
                rule("a Slack entry on kind", "dev", "alertSlackSecretKey", "studio-dev-slack", "studio-platform:alertSlackSecretKey: 'studio-dev-slack' is not allowed; kind has no cloud secret manager"),
                rule("a CI repository with a wildcard", "prod", "ciRepository", "acme/*", "studio-platform:ciRepository: 'acme/*' is not allowed; must be the GitHub repository as owner/name"),
                rule("a CI repository without its owner", "staging", "ciRepository", "studio-platform", "studio-platform:ciRepository: 'studio-platform' is not allowed; must be the GitHub repository as owner/name"),
                rule("a CI subject longer than google.subject holds", "prod", Map.of("cloud", "gcp", "ciRepository", "acme-corp/" + "r".repeat(100)), "studio-platform:ciRepository: 'acme-corp/" + "r".repeat(100) + "' is not allowed; GCP maps the token's subject"),
                rule("a CI identity for kind", "dev", "ciRepository", "acme/studio-platform", "studio-platform:ciRepository: 'acme/studio-platform' is not allowed; a kind cluster has no cloud account for CI to sign in to"),
                rule("a CI environment pattern", "prod", Map.of("ciRepository", "acme/studio-platform", "ciEnvironment", "*"), "studio-platform:ciEnvironment: '*' is not allowed; must be a GitHub environment name of letters, digits"),
                rule("a CI environment without a repository", "prod", "ciEnvironment", "prod", "studio-platform:ciEnvironment: 'prod' is not allowed; needs studio-platform:ciRepository"),
                rule("another account's GitHub OIDC provider", "prod", Map.of("ciRepository", "acme/studio-platform", "ciAwsOidcProviderArn", "arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com"), "studio-platform:ciAwsOidcProviderArn: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' is not allowed; must be the GitHub OIDC provider of account 222222222222"),
                rule("an AWS OIDC provider on GKE", "prod", Map.of("cloud", "gcp", "ciRepository", "acme/studio-platform", "ciAwsOidcProviderArn", "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com"), "studio-platform:ciAwsOidcProviderArn: 'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com' is not allowed; only an AWS stack trusts an IAM OIDC provider"));
    }

    /** Declared settings that no row of the rule table sets. */
    static Set<String> withoutABadValueTest(Set<String> declared, Stream<Arguments> rows) {
        var untested = new java.util.TreeSet<>(declared);
        rows.forEach(row -> {
            @SuppressWarnings("unchecked")
            var overrides = (Map<String, String>) row.get()[2];
            untested.removeAll(overrides.keySet());
        });
        return untested;
    }

    /** The rule table above covers every setting Pulumi.yaml declares. */
    @Test
    void everySettingHasABadValueTest() {
        var declared = StackConfig.load(Graphs.PROJECT, "prod", Map.of()).declared();
        assertEquals(Set.of(), withoutABadValueTest(declared, badValues()), "settings without a bad-value test");
    }

    @Test
    void aSettingWithoutABadValueRowIsCaught() {
        var rows = Stream.of(rule("an unknown cloud", "prod", "cloud", "azure", "..."));
        assertEquals(Set.of("appReplicas"), withoutABadValueTest(Set.of("cloud", "appReplicas"), rows));
    }

    /** The stack with an external database, as its rows were before the platform declared one, and one value changed. */
    private static Map<String, String> external(String stack, String key, String value) {
        var overrides = new HashMap<String, String>();
        overrides.put("databaseMode", "external");
        if (stack.equals("dev")) {
            overrides.put("databaseCidr", "172.16.0.0/12");
        } else {
            overrides.put("databaseCidr", stack.equals("prod") ? "10.42.240.0/24" : "10.41.240.0/24");
            overrides.put("databaseSecretKey", "studio-" + stack + "-database-url");
        }
        overrides.put(key, value);
        return Map.copyOf(overrides);
    }

    private static Arguments rule(String rule, String stack, String key, String value, String expected) {
        return rule(rule, stack, Map.of(key, value), expected);
    }

    private static Arguments rule(String rule, String stack, Map<String, String> overrides, String expected) {
        return Arguments.of(rule, stack, overrides, expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("badValues")
    void aBadValueIsRefusedWithOneLineNamingKeyValueAndWhatIsAllowed(String rule, String stack, Map<String, String> overrides,
                                                                      String expected) {
        var problems = Graphs.read(stack, overrides).problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
                () -> rule + ": expected a line starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
        assertTrue(problems.stream().noneMatch(p -> p.contains("\n")), "one line per problem");
    }

    @ParameterizedTest(name = "{0} is valid")
    @MethodSource("com.agenticstudio.platform.testing.Stacks#all")
    void everyRealStackFileIsValid(Stacks.Stack stack) {
        assertEquals(List.of(), Graphs.read(stack.name(), stack.overrides()).problems());
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        var overrides = new HashMap<String, String>();
        overrides.put("cloud", "azure");
        overrides.put("appImageTag", "latest");
        overrides.put("hpaMinReplicas", "0");
        assertEquals(3, Graphs.read("prod", overrides).problems().size());
    }

    @Test
    void aValueThatIsNoNumberGivesOneProblemNotASecondFromAStandIn() {
        assertEquals(List.of("studio-platform:hpaMaxReplicas: 'ten' is not allowed; must be a whole number between 1 and 100"),
                Graphs.read("prod", Map.of("hpaMaxReplicas", "ten")).problems());
        assertEquals(List.of("studio-platform:nodesMinPerZone: 'one' is not allowed; must be a whole number between 1 and 100"),
                Graphs.read("prod", Map.of("nodesMinPerZone", "one")).problems());
    }

    @Test
    void aComparisonStillSpeaksWhenBothValuesAreNumbers() {
        assertEquals(1, Graphs.read("prod", Map.of("hpaMaxReplicas", "2")).problems().size());
    }

    @Test
    void invalidSettingsStopTheProgramBeforeAnyResourceIsDeclared() {
        var problems = Graphs.problems("prod", Map.of("cloud", "azure"));
        assertEquals(List.of("studio-platform:cloud: 'azure' is not allowed; must be one of kind, aws, gcp"), problems);
    }

    @Test
    void pulumiYamlDeclaresExactlyTheSettingsTheLoaderReads() {
        var declared = StackConfig.load(Graphs.PROJECT, "prod", Map.of()).declared();
        Set<String> read = new java.util.TreeSet<>(Graphs.read("dev", Map.of()).keysRead());
        read.addAll(Graphs.read("prod", Map.of()).keysRead());
        read.addAll(Graphs.read("prod", Map.of("cloud", "gcp")).keysRead());
        assertEquals(new java.util.TreeSet<>(declared), read);
    }

    @Test
    void perStackValuesLandInTheTypedSettings() {
        var prod = Graphs.settings("prod", Map.of());
        assertEquals(Environment.PROD, prod.environment());
        assertEquals(3, prod.cluster().placement().zones().size());
        assertEquals("ghcr.io/agentic-startup-studio/agentic-startup-studio:1.4.0", prod.app().image().reference());
        var dev = Graphs.settings("dev", Map.of());
        assertEquals(Cloud.KIND, dev.cloud());
        assertTrue(dev.database().managed() && dev.app().database().url().isEmpty(), "dev needs no database setting");
        assertTrue(Graphs.settings("dev", Map.of("databaseMode", "external", "databaseCidr", "172.16.0.0/12"))
                .app().database().url().isPresent(), "the twin: with an external database dev reads its URL from the secret setting");
        assertEquals(30, prod.database().backupRetentionDays());
        assertEquals(java.util.Optional.of("eu-central-1"), prod.database().drRegion());
        assertEquals(EdgeSettings.Issuer.LOCAL_CA, dev.edge().tls().issuer());
    }

    /** The twins of the API-endpoint rows: the same lists pass where the rule does not apply. */
    @Test
    void onlyProdRefusesAnOpenApiEndpoint() {
        var open = Map.of("apiAllowedCidrs", "[]");
        var everyone = Map.of("apiAllowedCidrs", "[\"0.0.0.0/0\"]");
        assertEquals(List.of(), Graphs.read("staging", open).problems(), "staging may stay open (the README warns)");
        assertEquals(List.of(), Graphs.read("staging", everyone).problems());
        assertEquals(List.of(), Graphs.read("staging", Map.of("cloud", "gcp", "apiAllowedCidrs", "[]")).problems());
        assertEquals(List.of(), Graphs.read("prod", Map.of("apiAllowedCidrs", "[\"203.0.113.0/24\",\"198.51.100.0/24\"]")).problems());
        assertEquals(1, Graphs.read("prod", open).problems().size());
        assertEquals(1, Graphs.read("prod", everyone).problems().size());
    }

    @Test
    void theApiNetworksLandInTheTypedSettings() {
        assertEquals(List.of(Cidr.of("203.0.113.0/24")), Graphs.settings("prod", Map.of()).cluster().apiAllowedCidrs());
        assertEquals(List.of(), Graphs.settings("staging", Map.of()).cluster().apiAllowedCidrs());
    }

    @Test
    void onlyGkeProdNeedsTheProjectNumber() {
        assertEquals(List.of(), Graphs.read("staging", Map.of("cloud", "gcp", "gcpProjectNumber", "")).problems());
        assertEquals(List.of(), Graphs.read("prod", Map.of("gcpProjectNumber", "")).problems(), "EKS prod does not read it");
        var gcp = (ClusterSettings.Gcp) Graphs.settings("prod", Map.of("cloud", "gcp")).cluster().placement();
        assertEquals(java.util.Optional.of("471147114711"), gcp.projectNumber());
    }

    @Test
    void aDigestWinsOverTheTag() {
        var digest = "sha256:" + "a".repeat(64);
        var prod = Graphs.settings("prod", Map.of("appImageDigest", digest, "appImageTag", "latest"));
        assertEquals("ghcr.io/agentic-startup-studio/agentic-startup-studio@" + digest, prod.app().image().reference());
    }
}
