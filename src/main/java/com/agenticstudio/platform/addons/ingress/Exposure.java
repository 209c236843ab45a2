package com.agenticstudio.platform.addons.ingress;

import com.agenticstudio.platform.kube.PodSecurity;
import com.agenticstudio.platform.settings.Cloud;
import java.util.Map;

/** How traffic from outside the cluster reaches the ingress controller; one shape per cloud. */
public sealed interface Exposure {

    /** The Pod Security level the controller's namespace needs for this shape. */
    PodSecurity podSecurity();

    static Exposure forCloud(Cloud cloud) {
        if (cloud == Cloud.KIND) {
            return new HostPorts();
        }
        if (cloud == Cloud.AWS) {
            return LoadBalancer.awsNlb();
        }
        return LoadBalancer.gcp();
    }

    /**
     * kind: the controller binds ports 80/443 of the node labelled {@code ingress-ready=true}, which
     * the kind config maps to the laptop (upstream's kind recipe, hack/manifest-templates/provider/kind).
     * Only that node has the mapping, so exactly one controller can run.
     */
    record HostPorts() implements Exposure {
        /** Baseline and restricted both forbid hostPort; only privileged admits the controller. */
        @Override
        public PodSecurity podSecurity() {
            return PodSecurity.PRIVILEGED;
        }
    }

    /**
     * A cloud load balancer in front of a LoadBalancer Service. externalTrafficPolicy Local keeps the
     * client address and lets the load balancer's health check skip nodes without a controller.
     *
     * @param annotations Service annotations that select the kind of load balancer (values are strings)
     */
    record LoadBalancer(Map<String, String> annotations) implements Exposure {
        public LoadBalancer {
            annotations = Map.copyOf(annotations);
        }

        /**
         * The in-tree AWS cloud provider's NLB, as in upstream's AWS manifest
         * (hack/manifest-templates/provider/aws/values.yaml @helm-chart-4.10.1). Chosen over the AWS
         * Load Balancer Controller form ({@code aws-load-balancer-type: external}) because the platform
         * does not install that controller; without it such a Service would never get an address.
         */
        static LoadBalancer awsNlb() {
            return new LoadBalancer(Map.of(
                    "service.beta.kubernetes.io/aws-load-balancer-type", "nlb",
                    "service.beta.kubernetes.io/aws-load-balancer-backend-protocol", "tcp",
                    "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled", "true"));
        }

        /** GKE gives a LoadBalancer Service an external passthrough Network Load Balancer without annotations. */
        static LoadBalancer gcp() {
            return new LoadBalancer(Map.of());
        }

        /**
         * The controller's pods run as non-root with only NET_BIND_SERVICE added, no privilege
         * escalation and the RuntimeDefault seccomp profile (chart helper
         * ingress-nginx.controller.containerSecurityContext, controller.image.* defaults), and the
         * admission-webhook jobs likewise: all of it passes restricted.
         */
        @Override
        public PodSecurity podSecurity() {
            return PodSecurity.RESTRICTED;
        }
    }
}
