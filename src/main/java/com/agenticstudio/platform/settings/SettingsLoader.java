package com.agenticstudio.platform.settings;

import com.agenticstudio.platform.settings.AppSettings.ServiceType;
import com.agenticstudio.platform.settings.ClusterSettings.ExtraMount;
import com.agenticstudio.platform.settings.EdgeSettings.Issuer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses and validates the stack's settings in one pass. Every key is declared, with its type,
 * description and default, in Pulumi.yaml; the engine (or the offline plan) merges those defaults
 * with the stack file, so a missing key here is a mistake in Pulumi.yaml, not in the stack.
 */
public final class SettingsLoader {
    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    static final String DNS_NAME = DNS_LABEL + "(\\." + DNS_LABEL + ")+";
    private static final String KIND_IMAGE = "kindest/node:v(\\d+\\.\\d+)\\.\\d+@sha256:[0-9a-f]{64}";

    private SettingsLoader() {
    }

    /** @throws InvalidSettingsException listing every problem, before any resource is declared */
    public static Settings load(String stack, SettingsSource source) {
        var result = read(stack, source);
        if (!result.problems().isEmpty()) {
            throw new InvalidSettingsException(result.problems());
        }
        return result.settings();
    }

    /** The settings, or the problems that stop them; also every key read, to check Pulumi.yaml against. */
    public record Result(Settings settings, List<String> problems, Set<String> keysRead) {
    }

    public static Result read(String stack, SettingsSource source) {
        var in = new SettingsReader(source);
        var environment = in.oneOf("environment", Environment.class, Environment::id);
        var env = environment == null ? Environment.PROD : environment; // judge the rest by the strictest rules
        var cluster = cluster(in, env);
        var edge = edge(in, env, cluster.placement().cloud(), cluster.placement().zones().size());
        var database = DatabaseSettings.read(in, env, cluster.placement());
        var app = app(in, env, cluster.name(), cluster.placement().cloud(), cluster.nodes().spotEnabled(), database.managed());
        // system: groups are Kubernetes' own; binding roles to them would hand out access by accident.
        var access = new AccessSettings(
                in.matching("deployerGroup", "(?!system:).+", "must name the group CI deploys as, outside system:"),
                in.matching("developerGroup", "(?!system:).+", "must name the group developers read as, outside system:"));
        var monitoring = monitoring(in, env, cluster.name(), cluster.placement().cloud(), edge);
        var logging = LoggingSettings.read(in, env, cluster.name(), edge, monitoring == null ? Optional.empty() : monitoring.grafanaHost());
        var ci = CiSettings.read(in, env, cluster.placement());
        var problems = List.copyOf(in.problems());
        var settings = problems.isEmpty() ? new Settings(stack, env, cluster, edge, app, access, monitoring, logging, ci, database) : null;
        return new Result(settings, problems, Set.copyOf(in.keysRead()));
    }

    private static ClusterSettings cluster(SettingsReader in, Environment env) {
        var cloud = in.oneOf("cloud", Cloud.class, Cloud::id);
        if (cloud == Cloud.KIND && env.isShared()) {
            in.problem("cloud", "kind", env.id() + " needs a multi-zone cloud cluster: aws or gcp");
        }
        var name = in.matching("clusterName", "[a-z]([-a-z0-9]{0,30}[a-z0-9])?",
                "must be a lower-case DNS label of at most 32 characters");
        var version = in.string("kubernetesVersion");
        if (!KubernetesVersions.supported(version)) {
            in.problem("kubernetesVersion", version, KubernetesVersions.allowed());
        }

        var placement = switch (cloud == null ? Cloud.AWS : cloud) {
            case KIND -> kind(in, version);
            case AWS -> aws(in, env);
            case GCP -> gcp(in, env);
        };

        var min = in.integer("nodesMinPerZone", 1, 100);
        var max = in.integer("nodesMaxPerZone", 1, 100);
        atLeast(in, "nodesMaxPerZone", max, "nodesMinPerZone", min);
        boolean spot = in.bool("spotEnabled");
        var spotMax = in.integer("spotMaxPerZone", 1, 100);
        var nodes = new ClusterSettings.NodePools(n(min), n(max), spot, n(spotMax));

        var nodeCidr = in.cidr("nodeCidr");
        if (nodeCidr.prefix() < 16 || nodeCidr.prefix() > 20) {
            in.problem("nodeCidr", nodeCidr.toString(), "must be a /16 to /20 block, split into one subnet per zone");
        }
        var pods = in.cidr("podCidr");
        var services = in.cidr("serviceCidr");
        noOverlap(in, "podCidr", pods, nodeCidr, "nodeCidr");
        noOverlap(in, "serviceCidr", services, nodeCidr, "nodeCidr");
        noOverlap(in, "serviceCidr", services, pods, "podCidr");
        var apiAllowed = apiAllowedCidrs(in, env, cloud);
        return new ClusterSettings(name, version, placement, nodes, new ClusterSettings.Network(nodeCidr, pods, services),
                apiAllowed);
    }

    /**
     * Who may reach the public API endpoint. Prod names its networks and never the whole internet;
     * staging and dev may leave the list empty, which keeps the cloud's default (open to anyone, the
     * API's own authentication being the only gate). kind's API listens on the developer's machine.
     */
    private static List<Cidr> apiAllowedCidrs(SettingsReader in, Environment env, Cloud cloud) {
        var key = "apiAllowedCidrs";
        var entries = in.list(key);
        if (cloud == Cloud.KIND && !entries.isEmpty()) {
            in.problem(key, entries.toString(), "a kind cluster's API listens on this machine only; leave it empty");
            return List.of();
        }
        if (entries.isEmpty() && env.closesApiEndpoint()) {
            in.problem(key, entries.toString(), env.id() + " must list the networks that may reach the Kubernetes API"
                    + " (CI runners, VPN egress), such as [\"203.0.113.0/24\"]; an empty list leaves it open to the internet");
        }
        var cidrs = new ArrayList<Cidr>();
        for (var entry : entries) {
            var cidr = Cidr.parse(entry);
            if (cidr.isEmpty()) {
                in.problem(key, entry, "each entry must be an IPv4 CIDR block such as 203.0.113.0/24, without host bits");
            } else if (cidr.get().prefix() == 0 && env.closesApiEndpoint()) {
                in.problem(key, entry, env.id() + " must not open the Kubernetes API to the whole internet;"
                        + " list the CI runners' and VPN egress ranges instead");
            } else {
                cidrs.add(cidr.get());
            }
        }
        return List.copyOf(cidrs);
    }

    private static void noOverlap(SettingsReader in, String key, Cidr block, Cidr other, String otherKey) {
        if (block.prefix() < 32 && other.prefix() < 32 && block.overlaps(other)) {
            in.problem(key, block.toString(), "must not overlap studio-platform:" + otherKey + " (" + other + ")");
        }
    }

    private static ClusterSettings.Kind kind(SettingsReader in, String version) {
        var image = in.matching("kindNodeImage", KIND_IMAGE,
                "must be a kindest/node image pinned by version and digest, e.g. kindest/node:v1.35.8@sha256:<64 hex>");
        var minor = image.replaceFirst(KIND_IMAGE, "$1");
        if (image.matches(KIND_IMAGE) && !minor.equals(version)) {
            in.problem("kindNodeImage", image, "must run studio-platform:kubernetesVersion (" + version + ")");
        }
        var workers = in.integer("kindWorkers", 0, 10);
        var http = in.integer("kindHttpPort", 1, 65535);
        var https = in.integer("kindHttpsPort", 1, 65535);
        if (http != null && http.equals(https)) {
            in.problem("kindHttpsPort", https, "must differ from studio-platform:kindHttpPort");
        }
        var mounts = new ArrayList<ExtraMount>();
        for (var raw : in.list("kindExtraMounts")) {
            var parts = raw.split(":");
            boolean valid = (parts.length == 2 || (parts.length == 3 && parts[2].equals("ro")))
                    && parts[0].startsWith("/") && parts[1].startsWith("/");
            if (valid) {
                mounts.add(new ExtraMount(parts[0], parts[1], parts.length == 3));
            } else {
                in.problem("kindExtraMounts", raw, "each entry must be /host/path:/node/path or /host/path:/node/path:ro");
            }
        }
        return new ClusterSettings.Kind(image, n(workers), n(http), n(https), List.copyOf(mounts));
    }

    private static ClusterSettings.Aws aws(SettingsReader in, Environment env) {
        var region = in.matching("awsRegion", "[a-z]{2}(-gov)?-[a-z]+-\\d", "must be an AWS region such as us-east-1");
        var zones = zones(in, env, 2, "awsZones", region, z -> z.matches(java.util.regex.Pattern.quote(region) + "[a-z]"),
                "a zone of " + region + " such as " + region + "a");
        var account = in.matching("awsAccountId", "\\d{12}", "must be the 12-digit AWS account id (no look-up is made)");
        var type = in.matching("awsInstanceType", "[a-z][a-z0-9-]*\\.[a-z0-9]+", "must be an EC2 instance type such as m6i.large");
        return new ClusterSettings.Aws(region, zones, account, type);
    }

    private static ClusterSettings.Gcp gcp(SettingsReader in, Environment env) {
        var project = in.matching("gcpProject", "[a-z][a-z0-9-]{4,28}[a-z0-9]", "must be the GCP project id (no look-up is made)");
        var projectNumber = in.optional("gcpProjectNumber");
        var howToFind = "gcloud projects describe " + project + " --format='value(projectNumber)'";
        projectNumber.filter(number -> !number.matches("[1-9]\\d{5,18}")).ifPresent(number -> in.problem("gcpProjectNumber", number,
                "must be the GCP project number, digits only (" + howToFind + "; no look-up is made)"));
        if (projectNumber.isEmpty() && env.protectsData()) {
            // prod encrypts Secrets with its own KMS key, which GKE's service agent service-<number>@... must be allowed to use
            in.problem("gcpProjectNumber", "", env.id() + " encrypts Secrets with a Cloud KMS key that GKE's service agent,"
                    + " named by the project number, must be granted; set it from " + howToFind);
        }
        var region = in.matching("gcpRegion", "[a-z]+-[a-z]+\\d+", "must be a GCP region such as us-central1");
        var zones = zones(in, env, 1, "gcpZones", region, z -> z.matches(java.util.regex.Pattern.quote(region) + "-[a-z]"),
                "a zone of " + region + " such as " + region + "-a");
        var type = in.matching("gcpMachineType", "[a-z][a-z0-9]*-[a-z0-9-]+", "must be a machine type such as e2-standard-4");
        return new ClusterSettings.Gcp(project, projectNumber, region, zones, type);
    }

    /** @param cloudMinimum zones the cloud itself insists on (EKS wants subnets in two) */
    private static List<String> zones(SettingsReader in, Environment env, int cloudMinimum, String key, String region,
                                      java.util.function.Predicate<String> inRegion, String expected) {
        var zones = in.list(key);
        if (zones.size() < env.minZones()) {
            in.problem(key, zones.toString(), env.id() + " must span at least " + env.minZones() + " zones");
        } else if (zones.size() < cloudMinimum) {
            in.problem(key, zones.toString(), "the cluster needs subnets in at least " + cloudMinimum + " zones");
        }
        var seen = new HashSet<String>();
        for (var zone : zones) {
            if (!inRegion.test(zone)) {
                in.problem(key, zone, "each zone must be " + expected);
            }
            if (!seen.add(zone)) {
                in.problem(key, zone, "each zone may appear once");
            }
        }
        return zones;
    }

    private static EdgeSettings edge(SettingsReader in, Environment env, Cloud cloud, int zones) {
        var replicas = in.integer("edgeReplicas", 1, 20);
        // Shared environments keep serving through a drain; prod through the loss of a zone too.
        int needed = env == Environment.PROD ? Math.max(2, zones) : env.isShared() ? 2 : 1;
        if (replicas != null && replicas < needed) {
            in.problem("edgeReplicas", replicas, env.id() + " needs at least " + needed + " Envoy proxies"
                    + (env == Environment.PROD ? " (one per zone)" : ""));
        }
        boolean tls = in.bool("tlsEnabled");
        var host = in.string("appHost");
        if (host.isEmpty() && tls) {
            in.problem("appHost", host, "TLS is on, so the app needs a domain name such as api.example.com");
        } else if (!host.isEmpty() && !host.matches(DNS_NAME)) {
            in.problem("appHost", host, "must be a lower-case DNS name such as api.example.com");
        }
        var issuer = in.oneOf("tlsIssuer", Issuer.class, Issuer::issuerName);
        if (issuer != null && issuer.isAcme() == (cloud == Cloud.KIND)) {
            in.problem("tlsIssuer", issuer.issuerName(), cloud == Cloud.KIND
                    ? "a kind cluster is not reachable by Let's Encrypt; use studio-local-ca"
                    : "a cloud cluster has letsencrypt-staging and letsencrypt-prod");
        }
        var secretName = in.matching("tlsSecretName", DNS_LABEL, "must be a DNS label such as api-tls");
        var email = in.string("acmeEmail");
        if (cloud != Cloud.KIND && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            in.problem("acmeEmail", email, "the Let's Encrypt issuers need a contact e-mail address");
        }
        return new EdgeSettings(n(replicas), host, new EdgeSettings.Tls(tls, issuer, secretName, email));
    }

    private static AppSettings app(SettingsReader in, Environment env, String clusterName, Cloud cloud, boolean spotPool,
                                   boolean managedDatabase) {
        var namespace = in.matching("appNamespace", DNS_LABEL, "must be a DNS label");
        var repository = in.matching("appImageRepository", "[a-z0-9]+([._/:-][a-z0-9]+)*", "must be an image repository such as ghcr.io/org/app");
        var tag = in.matching("appImageTag", "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", "must be an image tag");
        var digest = in.optional("appImageDigest");
        digest.filter(d -> !d.matches("sha256:[0-9a-f]{64}"))
                .ifPresent(d -> in.problem("appImageDigest", d, "must be sha256:<64 hex> or empty"));
        if (env.isShared() && tag.equals("latest") && digest.isEmpty()) {
            in.problem("appImageTag", tag, env.id() + " must pin a release tag or set studio-platform:appImageDigest");
        }
        boolean sideLoad = in.bool("kindLoadImage");
        if (sideLoad && cloud != Cloud.KIND) {
            in.problem("kindLoadImage", true, "only a kind cluster takes a locally built image; " + cloud.id() + " pulls it");
        }
        var image = new AppSettings.Image(repository, tag, digest, sideLoad);

        var replicas = in.integer("appReplicas", 1, 100);
        boolean autoscale = in.bool("hpaEnabled");
        var min = in.integer("hpaMinReplicas", 1, 100);
        var max = in.integer("hpaMaxReplicas", 1, 100);
        atLeast(in, "hpaMaxReplicas", max, "hpaMinReplicas", min);
        var scaling = new AppSettings.Scaling(n(replicas), autoscale, n(min), n(max),
                n(in.integer("hpaCpuUtilization", 1, 100)), n(in.integer("hpaMemoryUtilization", 1, 100)),
                n(in.integer("hpaScaleDownStabilizationSeconds", 0, 3600)));

        var compute = new AppSettings.Compute(
                quantity(in, "appCpuRequest", Quantity::cpu, "a CPU quantity such as 250m"),
                quantity(in, "appMemoryRequest", Quantity::memory, "a memory quantity such as 256Mi"),
                quantity(in, "appCpuLimit", Quantity::cpu, "a CPU quantity such as 500m"),
                quantity(in, "appMemoryLimit", Quantity::memory, "a memory quantity such as 512Mi"));
        notAbove(in, "appCpuRequest", compute.cpuRequest(), "appCpuLimit", compute.cpuLimit(), Quantity::cpu);
        notAbove(in, "appMemoryRequest", compute.memoryRequest(), "appMemoryLimit", compute.memoryLimit(), Quantity::memory);

        var serviceType = in.oneOf("serviceType", ServiceType.class, ServiceType::kubernetesName);

        var url = in.secret("databaseUrl");
        var remoteKey = in.string("databaseSecretKey");
        var cidrValue = in.optional("databaseCidr");
        var prefix = clusterName + "-";
        if (managedDatabase) {
            // The platform declares the database; settings of an external one would be ignored, so they are refused.
            var reason = "the platform declares the database (databaseMode managed); remove it, or set databaseMode external";
            url.ifPresent(u -> in.problem("databaseUrl", SettingsSource.MASKED, reason));
            if (!remoteKey.isEmpty()) {
                in.problem("databaseSecretKey", remoteKey, reason);
            }
            cidrValue.ifPresent(c -> in.problem("databaseCidr", c, reason));
        } else {
            if (!env.isShared() && url.isEmpty()) {
                in.problem("databaseUrl", "", "dev with an external database needs its URL: pulumi config set --secret databaseUrl"
                        + " 'postgresql://...' -s dev (the offline plan takes --set studio-platform:databaseUrl=...)");
            }
            if (env.isShared() && url.isPresent()) {
                in.problem("databaseUrl", SettingsSource.MASKED, env.id() + " reads the URL from the cloud secret manager; remove it from the stack");
            }
            // Letters, digits, - and _ are the names both AWS Secrets Manager and GCP Secret Manager accept.
            if (env.isShared() && !(remoteKey.startsWith(prefix) && remoteKey.matches("[A-Za-z0-9_-]{1,255}"))) {
                in.problem("databaseSecretKey", remoteKey, env.id() + " needs the secret manager entry that holds the database URL, named "
                        + prefix + "<name> with letters, digits, - and _ only (the platform may read " + prefix + "* and nothing else)");
            }
            if (cidrValue.isEmpty()) {
                in.problem("databaseCidr", "", "an external database needs the address block it lives in, such as 10.40.240.0/24");
            }
        }
        var cidr = cidrValue.isPresent() && !managedDatabase ? Optional.of(in.cidr("databaseCidr")) : Optional.<Cidr>empty();
        var store = in.matching("secretStoreName", DNS_LABEL, "must be a DNS label");
        var database = new AppSettings.Database(url, remoteKey, prefix, store, cidr,
                n(in.integer("databasePort", 1, 65535)));

        var egress = new AppSettings.Egress(in.bool("allowExternalHttps"),
                in.matching("tracingNamespace", DNS_LABEL, "must be a DNS label"), otlpPort(in),
                in.matching("monitoringNamespace", DNS_LABEL, "must be a DNS label"), n(in.integer("metricsPort", 1, 65535)));
        boolean onSpot = in.bool("appOnSpot");
        if (onSpot && env == Environment.PROD) {
            in.problem("appOnSpot", true, "prod keeps the backend on on-demand nodes, which no reclaim interrupts");
        } else if (onSpot && cloud == Cloud.KIND) {
            in.problem("appOnSpot", true, "a kind cluster has no spot nodes");
        } else if (onSpot && !spotPool) {
            in.problem("appOnSpot", true, "needs studio-platform:spotEnabled, the spot node pool it would run on");
        }
        return new AppSettings(namespace, image, scaling, compute, serviceType, database, egress, onSpot);
    }

    /**
     * The monitoring layer: the backend's metrics path, its SLO and latency threshold, where Grafana is
     * reached, and the secrets Grafana and Alertmanager need. Like the database URL, a secret comes
     * from Pulumi's encrypted config in dev and from the cloud secret manager elsewhere.
     */
    private static MonitoringSettings monitoring(SettingsReader in, Environment env, String clusterName, Cloud cloud,
                                                 EdgeSettings edge) {
        var path = in.matching("metricsPath", "/[A-Za-z0-9._~/-]*", "must be an HTTP path such as /metrics");
        var slo = decimal(in, "sloAvailabilityPercent", new BigDecimal("90"), new BigDecimal("99.99"));
        var latency = in.integer("latencyP95ThresholdMs", 10, 60000);
        var runbook = in.matching("runbookUrl", "https://[^\\s#?]+", "must be an https:// URL without a fragment (the alerts add #<alert>)");
        var budget = in.integer("monthlyBudgetUsd", 1, 10_000_000);

        var host = publicHost(in, env, edge, "grafanaHost", "grafana", "Grafana", Map.of());

        var prefix = clusterName + "-";
        var password = in.secret("grafanaAdminPassword");
        var passwordKey = in.string("grafanaAdminSecretKey");
        MonitoringSettings.SecretSource admin;
        if (env.isShared()) {
            if (password.isPresent()) {
                in.problem("grafanaAdminPassword", SettingsSource.MASKED, env.id()
                        + " reads the Grafana admin password from the cloud secret manager; remove it from the stack");
            }
            secretManagerEntry(in, env, "grafanaAdminSecretKey", passwordKey, prefix, "the Grafana admin password");
            admin = new MonitoringSettings.SecretSource.SecretManager(passwordKey);
        } else {
            if (password.isEmpty()) {
                in.problem("grafanaAdminPassword", "", "dev needs a Grafana admin password: pulumi config set --secret"
                        + " grafanaAdminPassword '<password>' -s dev (the offline plan takes --set studio-platform:grafanaAdminPassword=...)");
            }
            admin = new MonitoringSettings.SecretSource.PulumiSecret(password.orElse(null));
        }

        var webhook = in.secret("alertSlackWebhookUrl");
        var webhookKey = in.optional("alertSlackSecretKey");
        Optional<MonitoringSettings.SecretSource> slack = Optional.empty();
        if (env.isShared()) {
            if (webhook.isPresent()) {
                in.problem("alertSlackWebhookUrl", SettingsSource.MASKED, env.id()
                        + " reads the Slack webhook URL from the cloud secret manager; set studio-platform:alertSlackSecretKey instead");
            }
            if (webhookKey.isPresent()) {
                secretManagerEntry(in, env, "alertSlackSecretKey", webhookKey.get(), prefix, "the Slack webhook URL");
                slack = Optional.of(new MonitoringSettings.SecretSource.SecretManager(webhookKey.get()));
            }
        } else {
            if (webhookKey.isPresent()) {
                in.problem("alertSlackSecretKey", webhookKey.get(), cloud.id()
                        + " has no cloud secret manager; set the URL with pulumi config set --secret alertSlackWebhookUrl ... -s dev");
            }
            slack = webhook.map(MonitoringSettings.SecretSource.PulumiSecret::new);
        }
        return new MonitoringSettings(path, slo, n(latency), runbook, host, admin, slack, n(budget));
    }

    /**
     * Another public host through the edge (Grafana's, Kibana's): a DNS name of its own, required where the
     * stack serves TLS in staging and prod, empty for port-forward only.
     *
     * @param taken the other hosts' settings it must differ from, besides appHost, by key
     */
    static Optional<String> publicHost(SettingsReader in, Environment env, EdgeSettings edge, String key, String prefix, String what,
                                       Map<String, Optional<String>> taken) {
        var host = in.optional(key);
        var others = new java.util.LinkedHashMap<String, Optional<String>>();
        others.put("appHost", Optional.of(edge.host()));
        others.putAll(taken);
        if (host.isPresent() && !host.get().matches(DNS_NAME)) {
            in.problem(key, host.get(), "must be a lower-case DNS name such as " + prefix + ".example.com");
        } else if (host.isPresent() && others.values().contains(host)) {
            in.problem(key, host.get(), "must differ from " + String.join(" and ", others.keySet().stream()
                    .map(SettingsSource::qualified).toList()) + ": each host gets its own listener");
        } else if (host.isEmpty() && env.isShared() && edge.tls().enabled()) {
            in.problem(key, "", env.id() + " reaches " + what + " through the edge; set a host such as " + prefix + "."
                    + (edge.host().contains(".") ? edge.host().substring(edge.host().indexOf('.') + 1) : "example.com"));
        }
        return host;
    }

    /** A secret-manager entry the platform may read: {@code <clusterName>-<name>}, letters, digits, - and _. */
    static void secretManagerEntry(SettingsReader in, Environment env, String key, String value, String prefix, String what) {
        if (!(value.startsWith(prefix) && value.matches("[A-Za-z0-9_-]{1,255}"))) {
            in.problem(key, value, env.id() + " needs the secret manager entry that holds " + what + ", named "
                    + prefix + "<name> with letters, digits, - and _ only (the platform may read " + prefix + "* and nothing else)");
        }
    }

    /** The collector's OTLP port the backend exports to: 4317 (gRPC) or 4318 (HTTP), the two Jaeger listens on. */
    private static int otlpPort(SettingsReader in) {
        var port = in.integer("tracingPort", 1, 65535);
        if (port != null && port != 4317 && port != 4318) {
            in.problem("tracingPort", port, "must be 4317 (OTLP over gRPC) or 4318 (OTLP over HTTP), the collector's OTLP ports");
        }
        return n(port);
    }

    /** A decimal number between min and max inclusive; null after reporting it. */
    private static BigDecimal decimal(SettingsReader in, String key, BigDecimal min, BigDecimal max) {
        var raw = in.string(key);
        try {
            var value = new BigDecimal(raw);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                in.problem(key, raw, "must be a percentage between " + min.toPlainString() + " and " + max.toPlainString());
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            in.problem(key, raw, "must be a percentage such as 99.5");
            return null;
        }
    }

    /** A stand-in for a value already reported; the settings are not built when there are problems. */
    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    private static void atLeast(SettingsReader in, String key, Integer value, String otherKey, Integer other) {
        if (value != null && other != null && value < other) {
            in.problem(key, value, "must be at least studio-platform:" + otherKey + " (" + other + ")");
        }
    }

    private static String quantity(SettingsReader in, String key, Function<String, Optional<BigDecimal>> parse, String allowed) {
        var value = in.string(key);
        if (parse.apply(value).isEmpty()) {
            in.problem(key, value, "must be " + allowed);
        }
        return value;
    }

    private static void notAbove(SettingsReader in, String requestKey, String request, String limitKey, String limit,
                                 Function<String, Optional<BigDecimal>> parse) {
        var r = parse.apply(request);
        var l = parse.apply(limit);
        if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
            in.problem(requestKey, request, "must not exceed studio-platform:" + limitKey + " (" + limit + ")");
        }
    }
}
