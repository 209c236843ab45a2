package com.agenticstudio.platform.services;

import java.util.List;
import java.util.Objects;

/** How the edge serves ACME HTTP-01 challenges: through an IngressClass, or routes attached to Gateways. */
public sealed interface AcmeHttp01 {

    record IngressClass(String name) implements AcmeHttp01 {
        public IngressClass {
            Objects.requireNonNull(name, "name");
        }
    }

    /** @param parents the Gateway listeners (sections) that serve plain HTTP on port 80 */
    record GatewayRoutes(List<GatewayParent> parents) implements AcmeHttp01 {
        public GatewayRoutes {
            parents = List.copyOf(parents);
            if (parents.isEmpty()) {
                throw new IllegalArgumentException("a Gateway HTTP-01 solver needs at least one parent Gateway");
            }
        }
    }

    /** One Gateway listener, by the Gateway's name and namespace and the listener's name. */
    record GatewayParent(String name, String namespace, String sectionName) {
        public GatewayParent {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(sectionName, "sectionName");
        }
    }
}
