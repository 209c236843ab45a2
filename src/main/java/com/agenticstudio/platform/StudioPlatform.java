package com.agenticstudio.platform;

import com.agenticstudio.platform.ci.GithubDeployer;
import com.agenticstudio.platform.cluster.Clusters;
import com.agenticstudio.platform.platform.Platform;
import com.agenticstudio.platform.security.AccessControl;
import com.agenticstudio.platform.settings.PulumiConfigSource;
import com.agenticstudio.platform.settings.Settings;
import com.agenticstudio.platform.settings.SettingsLoader;
import com.agenticstudio.platform.workload.FastapiBackend;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

/**
 * The program: settings, then the cluster, then the platform add-ons, then the workload. Each layer
 * gets only what the one below hands it.
 */
public final class StudioPlatform {
    private StudioPlatform() {
    }

    public static void define(Context ctx) {
        Settings settings = SettingsLoader.load(ctx.stackName(), new PulumiConfigSource(ctx.config()));

        var clusterLayer = Clusters.create(settings, ComponentResourceOptions.Empty);
        var cluster = clusterLayer.info();
        // The CI identity belongs to the cluster's cloud account; kind has none, and no ciRepository declares none.
        var deployer = GithubDeployer.Options.from(settings).flatMap(ci -> clusterLayer.account()
                .map(account -> new GithubDeployer("github-deployer", ci, account)));
        var platform = new Platform("platform", settings, cluster, ComponentResourceOptions.Empty);
        var backend = new FastapiBackend("fastapi-backend", FastapiBackend.Options.from(settings), cluster,
                platform.services(), ComponentResourceOptions.Empty);
        // The deployer Role lives in the app namespace, which the backend declares.
        new AccessControl("access", AccessControl.Options.from(settings), cluster, backend.namespace(),
                ComponentResourceOptions.Empty);

        ctx.export("environment", Output.of(settings.environment().id()));
        ctx.export("cloud", Output.of(settings.cloud().id()));
        ctx.export("clusterName", Output.of(cluster.name()));
        ctx.export("kubeconfig", cluster.kubeconfig().asSecret());
        ctx.export("appNamespace", Output.of(settings.app().namespace()));
        ctx.export("appUrl", backend.url());
        // Where the public hosts' DNS records point (a CNAME to the NLB on EKS, an A record on GKE).
        ctx.export("edgeAddress", platform.services().edge().address());
        // The repository variables of the deploy workflow (README: the one-time bootstrap).
        deployer.ifPresent(d -> d.outputs().forEach(ctx::export));
    }
}
