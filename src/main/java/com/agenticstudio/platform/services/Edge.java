package com.agenticstudio.platform.services;

import com.agenticstudio.platform.kube.Flow;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * The cluster's public HTTPS entry, whatever implements it: how a workload gets a route from a host
 * to its Service, who sends it that traffic (for its NetworkPolicies), and how ACME HTTP-01
 * challenges reach the cluster. TLS is the edge's business: workloads send plain HTTP to their
 * Service port.
 */
public interface Edge {

    /** The pods that forward public traffic to backends: the one peer a backend admits on its HTTP port. */
    Flow.Peer.Pods dataPlane();

    /** Labels a workload's namespace must carry before its routes may attach to the edge. */
    java.util.Map<String, String> routeNamespaceLabels();

    /** Where cert-manager's ACME HTTP-01 solver attaches its challenge route. */
    AcmeHttp01 acmeHttp01();

    /** What must exist before cert-manager starts (its Gateway API support needs the CRDs first); empty if nothing. */
    List<Resource> certManagerPrerequisites();

    /**
     * Declares the object that routes {@code route.host()} to the Service, under {@code parent}, waiting
     * only for what the edge itself needs (its CRDs, its controller's admission webhook) and {@code after}.
     */
    Resource route(Route route, Resource parent, Resource... after);

    /** The load balancer's address, for the DNS record of every public host; empty where there is none (kind). */
    Output<String> address();
}
