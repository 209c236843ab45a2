package com.agenticstudio.platform.addons.monitoring;

import com.agenticstudio.platform.addons.Replicas;
import com.agenticstudio.platform.kube.Capacity;
import com.agenticstudio.platform.kube.ChartService;
import com.agenticstudio.platform.kube.ContainerResources;
import com.agenticstudio.platform.kube.HelmChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values of the kube-prometheus-stack chart, checked at
 * prometheus-community/helm-charts@kube-prometheus-stack-88.5.3 charts/kube-prometheus-stack/values.yaml
 * (tag of 2026-08-21; no values.schema.json: a wrong key would pass silently) and, for the subcharts'
 * own keys, grafana-community/helm-charts@grafana-12.11.1 charts/grafana/values.yaml,
 * kube-state-metrics-8.4.0 and prometheus-node-exporter-4.56.1 values.yaml at the same repository.
 *
 * <p>{@code grafana.grafana.ini} is the subchart's {@code grafana.ini} key (a dot in its name; the check
 * walks it as a prefix), which the chart renders verbatim as Grafana's configuration file:
 * {@code analytics.check_for_updates} and {@code server.domain} are set there (GRAF values.yaml:965-970),
 * {@code server.root_url} is the commented example below them (values.yaml:975-976), Grafana's own
 * [server] setting. {@code grafana.resources}, {@code grafana.sidecar.resources}, {@code grafana.serviceMonitor.labels},
 * {@code grafana.testFramework.enabled}, {@code kube-state-metrics.*} and {@code prometheus-node-exporter.*}
 * are subchart keys; {@code alertmanager.alertmanagerSpec.secrets} mounts Secrets at
 * /etc/alertmanager/secrets/&lt;name&gt;/ (KPS values, alertmanagerSpec.secrets).
 */
record KubePrometheusStackValues(
        KubePrometheusStack.Sizing sizing,
        String storageClass,
        boolean multiZone,
        KubePrometheusStack.ControlPlane controlPlane,
        String grafanaAdminSecret,
        Optional<String> receiverSecret,
        String scrapeInterval,
        Optional<String> grafanaHost,
        String grafanaPriorityClass,
        Capacity grafanaCapacity,
        LogsAndTraces logsAndTraces,
        Map<String, String> grafanaAnnotations) {

    /** The label every ServiceMonitor, PodMonitor, Probe, ScrapeConfig and PrometheusRule Prometheus reads must carry. */
    static final Map<String, String> SELECTED = KubePrometheusStack.SELECTION_LABELS;

    static final Set<String> CHECKED_KEYS = Set.of(
            "crds.enabled", "fullnameOverride", "commonLabels",
            "defaultRules.rules.etcd", "defaultRules.rules.kubeSchedulerAlerting", "defaultRules.rules.kubeSchedulerRecording",
            "defaultRules.rules.kubeControllerManager", "defaultRules.rules.kubeProxy",
            "kubeEtcd.enabled", "kubeScheduler.enabled", "kubeControllerManager.enabled", "kubeProxy.enabled",
            "coreDns.enabled", "kubeDns.enabled", "windowsMonitoring.enabled", "thanosRuler.enabled",
            "prometheus.prometheusSpec.replicas", "prometheus.prometheusSpec.retention", "prometheus.prometheusSpec.retentionSize",
            "prometheus.prometheusSpec.scrapeInterval", "prometheus.prometheusSpec.evaluationInterval",
            "prometheus.prometheusSpec.resources", "prometheus.prometheusSpec.storageSpec",
            "prometheus.prometheusSpec.topologySpreadConstraints", "prometheus.prometheusSpec.podAntiAffinity",
            "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues", "prometheus.prometheusSpec.serviceMonitorSelector",
            "prometheus.prometheusSpec.serviceMonitorNamespaceSelector",
            "prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues", "prometheus.prometheusSpec.podMonitorSelector",
            "prometheus.prometheusSpec.podMonitorNamespaceSelector",
            "prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues", "prometheus.prometheusSpec.ruleSelector",
            "prometheus.prometheusSpec.ruleNamespaceSelector",
            "prometheus.prometheusSpec.probeSelectorNilUsesHelmValues", "prometheus.prometheusSpec.probeSelector",
            "prometheus.prometheusSpec.scrapeConfigSelectorNilUsesHelmValues", "prometheus.prometheusSpec.scrapeConfigSelector",
            "prometheus.podDisruptionBudget.enabled", "prometheus.podDisruptionBudget.minAvailable",
            "alertmanager.config", "alertmanager.alertmanagerSpec.replicas", "alertmanager.alertmanagerSpec.resources",
            "alertmanager.alertmanagerSpec.storage", "alertmanager.alertmanagerSpec.topologySpreadConstraints",
            "alertmanager.alertmanagerSpec.podAntiAffinity", "alertmanager.alertmanagerSpec.secrets",
            "alertmanager.podDisruptionBudget.enabled", "alertmanager.podDisruptionBudget.minAvailable",
            "grafana.admin.existingSecret", "grafana.admin.userKey", "grafana.admin.passwordKey",
            "grafana.resources", "grafana.sidecar.resources",
            "grafana.tolerations", "grafana.affinity", "grafana.priorityClassName", "grafana.testFramework.enabled", "grafana.serviceMonitor.labels",
            "grafana.grafana.ini.server.domain", "grafana.grafana.ini.server.root_url", "grafana.grafana.ini.analytics.check_for_updates",
            "grafana.sidecar.dashboards.enabled", "grafana.sidecar.dashboards.label", "grafana.sidecar.dashboards.labelValue",
            "grafana.sidecar.dashboards.searchNamespace",
            "grafana.sidecar.datasources.enabled", "grafana.sidecar.datasources.defaultDatasourceEnabled",
            "grafana.sidecar.datasources.alertmanager.enabled", "grafana.additionalDataSources", "grafana.envValueFrom",
            "grafana.annotations",
            "kube-state-metrics.resources", "kube-state-metrics.prometheus.monitor.additionalLabels",
            "prometheus-node-exporter.resources", "prometheus-node-exporter.prometheus.monitor.additionalLabels",
            "prometheusOperator.resources", "prometheusOperator.admissionWebhooks.patch.resources",
            "prometheusOperator.prometheusConfigReloader.resources");

    /**
     * Every container the chart runs with these values, and where it takes its resources. The config
     * reloader runs beside Prometheus and Alertmanager; Grafana's sidecars (dashboards, datasources)
     * share one block. Not run with these values: the admission-webhook Deployment
     * (admissionWebhooks.deployment.enabled false), Thanos ruler, the Windows exporter, Grafana's
     * init-chown (no persistence) and download-dashboards (no dashboards URL) init containers.
     */
    static final Map<String, String> CONTAINERS = Map.ofEntries(
            Map.entry("prometheus", "prometheus.prometheusSpec.resources"),
            Map.entry("alertmanager", "alertmanager.alertmanagerSpec.resources"),
            Map.entry("config-reloader", "prometheusOperator.prometheusConfigReloader.resources"),
            Map.entry("prometheus-operator", "prometheusOperator.resources"),
            Map.entry("admission-webhook-patch", "prometheusOperator.admissionWebhooks.patch.resources"),
            Map.entry("grafana", "grafana.resources"),
            Map.entry("grafana-sidecars", "grafana.sidecar.resources"),
            Map.entry("kube-state-metrics", "kube-state-metrics.resources"),
            Map.entry("node-exporter", "prometheus-node-exporter.resources"));

    /** The Grafana Service (grafana-12.11.1 templates/service.yaml; port 80 → 3000, named by KPS's grafana.service.portName). */
    static final ChartService GRAFANA_SERVICE = new ChartService(KubePrometheusStack.GRAFANA_SERVICE,
            KubePrometheusStack.GRAFANA_PODS, List.of(new ChartService.Port(KubePrometheusStack.GRAFANA_PORT_NAME, 80)));

    static HelmChart chart() {
        return new HelmChart("kube-prometheus-stack", "https://prometheus-community.github.io/helm-charts", "88.5.3",
                "prometheus-community/helm-charts@kube-prometheus-stack-88.5.3 charts/kube-prometheus-stack/values.yaml",
                CHECKED_KEYS, CONTAINERS).withServices(GRAFANA_SERVICE);
    }

    static final ContainerResources OPERATOR = ContainerResources.of("50m", "128Mi", "256Mi");
    static final ContainerResources WEBHOOK_PATCH = ContainerResources.of("10m", "32Mi", "64Mi");
    static final ContainerResources CONFIG_RELOADER = ContainerResources.of("10m", "32Mi", "64Mi");
    static final ContainerResources GRAFANA_SIDECARS = ContainerResources.of("10m", "64Mi", "128Mi");
    /** hostNetwork and hostPID: one per node, small. */
    static final ContainerResources NODE_EXPORTER = ContainerResources.of("20m", "32Mi", "64Mi");

    Map<String, Object> toMap() {
        var values = new LinkedHashMap<String, Object>();
        // The operator's CRDs come with the release, so every ServiceMonitor and PrometheusRule waits for it.
        values.put("crds", Map.of("enabled", true));
        // Short names: monitoring-prometheus, monitoring-alertmanager, monitoring-operator (26 characters at most).
        values.put("fullnameOverride", KubePrometheusStack.ID.name());
        // The chart's own ServiceMonitors and PrometheusRules carry the platform's selection label too.
        values.put("commonLabels", SELECTED);
        values.put("windowsMonitoring", Map.of("enabled", false));
        values.put("thanosRuler", Map.of("enabled", false));
        controlPlane(values);
        values.put("prometheus", prometheus());
        values.put("alertmanager", alertmanager());
        values.put("grafana", grafana());
        values.put("kube-state-metrics", Map.of(
                "resources", sizing.kubeStateMetrics().toMap(),
                "prometheus", Map.of("monitor", Map.of("additionalLabels", SELECTED))));
        values.put("prometheus-node-exporter", Map.of(
                "resources", NODE_EXPORTER.toMap(),
                "prometheus", Map.of("monitor", Map.of("additionalLabels", SELECTED))));
        values.put("prometheusOperator", Map.of(
                "resources", OPERATOR.toMap(),
                "admissionWebhooks", Map.of("patch", Map.of("resources", WEBHOOK_PATCH.toMap())),
                "prometheusConfigReloader", Map.of("resources", CONFIG_RELOADER.toMap())));
        return values;
    }

    /**
     * Components a managed control plane hides are not scraped, and their default alerts are off, so
     * that no TargetDown fires for them forever (see {@link KubePrometheusStack.ControlPlane}).
     */
    private void controlPlane(Map<String, Object> values) {
        values.put("kubeEtcd", Map.of("enabled", controlPlane.etcd()));
        values.put("kubeScheduler", Map.of("enabled", controlPlane.scheduler()));
        values.put("kubeControllerManager", Map.of("enabled", controlPlane.controllerManager()));
        values.put("kubeProxy", Map.of("enabled", controlPlane.kubeProxy()));
        values.put("coreDns", Map.of("enabled", !controlPlane.kubeDns()));
        values.put("kubeDns", Map.of("enabled", controlPlane.kubeDns()));
        values.put("defaultRules", Map.of("rules", Map.of(
                "etcd", controlPlane.etcd(),
                "kubeSchedulerAlerting", controlPlane.scheduler(),
                "kubeSchedulerRecording", controlPlane.scheduler(),
                "kubeControllerManager", controlPlane.controllerManager(),
                "kubeProxy", controlPlane.kubeProxy())));
    }

    private Map<String, Object> prometheus() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("replicas", sizing.prometheusReplicas());
        spec.put("retention", sizing.retention());
        spec.put("retentionSize", sizing.retentionSize());
        spec.put("scrapeInterval", scrapeInterval);
        spec.put("evaluationInterval", scrapeInterval);
        spec.put("resources", sizing.prometheus().toMap());
        sizing.prometheusVolume().ifPresent(size -> spec.put("storageSpec", volume(size)));
        // Every namespace, but only objects carrying the platform's label; not only the release's own.
        for (var kind : List.of("serviceMonitor", "podMonitor", "rule", "probe", "scrapeConfig")) {
            spec.put(kind + "SelectorNilUsesHelmValues", false);
            spec.put(kind + "Selector", Map.of("matchLabels", SELECTED));
        }
        for (var kind : List.of("serviceMonitor", "podMonitor", "rule")) {
            spec.put(kind + "NamespaceSelector", Map.of());
        }
        spread(spec, KubePrometheusStack.PROMETHEUS_PODS, sizing.prometheusReplicas());
        var values = new LinkedHashMap<String, Object>();
        values.put("prometheusSpec", spec);
        values.put("podDisruptionBudget", budget(sizing.prometheusReplicas()));
        return values;
    }

    private Map<String, Object> alertmanager() {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("replicas", sizing.alertmanagerReplicas());
        spec.put("resources", sizing.alertmanager().toMap());
        sizing.alertmanagerVolume().ifPresent(size -> spec.put("storage", volume(size)));
        receiverSecret.ifPresent(secret -> spec.put("secrets", List.of(secret)));
        spread(spec, KubePrometheusStack.ALERTMANAGER_PODS, sizing.alertmanagerReplicas());
        var values = new LinkedHashMap<String, Object>();
        values.put("config", AlertmanagerConfig.of(receiverSecret));
        values.put("alertmanagerSpec", spec);
        values.put("podDisruptionBudget", budget(sizing.alertmanagerReplicas()));
        return values;
    }

    private Map<String, Object> grafana() {
        var values = new LinkedHashMap<String, Object>();
        // Never the chart's generated password: a Secret the platform keeps (Pulumi secret in dev,
        // ExternalSecret elsewhere); Helm's lookup cannot see the cluster when Pulumi renders.
        values.put("admin", Map.of(
                "existingSecret", grafanaAdminSecret,
                "userKey", KubePrometheusStack.ADMIN_USER_KEY,
                "passwordKey", KubePrometheusStack.ADMIN_PASSWORD_KEY));
        values.put("resources", sizing.grafana().toMap());
        // A dashboards UI with no volume (persistence.enabled is false by default, GRAF values.yaml:489-491):
        // interruptible, so it goes to spot nodes first and never preempts (tolerations, affinity at
        // GRAF values.yaml:443,448; priorityClassName is the commented key at :205, rendered by templates/_pod.tpl:28-29).
        values.put("tolerations", grafanaCapacity.tolerations());
        values.put("affinity", grafanaCapacity.affinity());
        values.put("priorityClassName", grafanaPriorityClass);
        values.put("testFramework", Map.of("enabled", false));
        // grafana.ini (the subchart's key, a dot in its name): no update checks (its NetworkPolicies allow no
        // internet), and behind the edge the public URL, for redirects and the links in its alert messages.
        var ini = new LinkedHashMap<String, Object>();
        ini.put("analytics", Map.of("check_for_updates", false));
        grafanaHost.ifPresent(host -> ini.put("server", Map.of("domain", host, "root_url", "https://" + host + "/")));
        values.put("grafana.ini", ini);
        values.put("serviceMonitor", Map.of("labels", SELECTED));
        var sidecar = new LinkedHashMap<String, Object>();
        sidecar.put("resources", GRAFANA_SIDECARS.toMap());
        // Dashboards come from ConfigMaps labelled grafana_dashboard=1 in any namespace (the backend's is one).
        sidecar.put("dashboards", Map.of("enabled", true, "label", KubePrometheusStack.DASHBOARD_LABEL,
                "labelValue", KubePrometheusStack.DASHBOARD_LABEL_VALUE, "searchNamespace", "ALL"));
        // Prometheus (the default) and Alertmanager, provisioned by the chart's datasources ConfigMap.
        sidecar.put("datasources", Map.of("enabled", true, "defaultDatasourceEnabled", true,
                "alertmanager", Map.of("enabled", true)));
        values.put("sidecar", sidecar);
        // Elasticsearch (logs) and Jaeger (traces), rendered into the same datasources ConfigMap (KPS
        // grafana.additionalDataSources, values.yaml:1625, passed through tpl); their password and CA come from
        // Secrets through Grafana's environment (GRAF envValueFrom, values.yaml:628).
        values.put("additionalDataSources", logsAndTraces.dataSources());
        values.put("envValueFrom", logsAndTraces.environment());
        // On the Deployment (GRAF values.yaml:244-245, templates/deployment.yaml metadata.annotations): a
        // changed Secret of that environment restarts Grafana, which reads it only at start.
        values.put("annotations", grafanaAnnotations);
        return values;
    }

    /** A volume per pod on the platform's StorageClass (the operator's storage spec, passed through). */
    private Map<String, Object> volume(String size) {
        return Map.of("volumeClaimTemplate", Map.of("spec", Map.of(
                "storageClassName", storageClass,
                "accessModes", List.of("ReadWriteOnce"),
                "resources", Map.of("requests", Map.of("storage", size)))));
    }

    /** Zones first where there are several (a zone loss keeps a replica), hosts always (hard anti-affinity on few nodes would block). */
    private void spread(Map<String, Object> spec, Map<String, String> pods, int replicas) {
        if (!Replicas.budgeted(replicas)) {
            return;
        }
        var constraints = new java.util.ArrayList<Object>();
        if (multiZone) {
            constraints.add(Map.of("maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone",
                    "whenUnsatisfiable", "DoNotSchedule", "labelSelector", Map.of("matchLabels", pods)));
        }
        constraints.add(Map.of("maxSkew", 1, "topologyKey", "kubernetes.io/hostname",
                "whenUnsatisfiable", "ScheduleAnyway", "labelSelector", Map.of("matchLabels", pods)));
        spec.put("topologySpreadConstraints", constraints);
        spec.put("podAntiAffinity", "soft");
    }

    private static Map<String, Object> budget(int replicas) {
        return Replicas.budgeted(replicas) ? Map.of("enabled", true, "minAvailable", 1) : Map.of("enabled", false);
    }
}
