package com.agenticstudio.platform.cluster.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GkeWorkloadIdentityTest {

    @Test
    void theMemberIsOneKubernetesServiceAccountInThePool() {
        assertEquals("serviceAccount:p-1.svc.id.goog[ns/sa]", GkeWorkloadIdentity.member("p-1.svc.id.goog", "ns", "sa"));
    }

    @Test
    void thePrefixIsACelStringLiteralEvenWithQuotes() {
        assertEquals("resource.name.extract(\"/secrets/{secret}/\").startsWith(\"a\\\"b\\\\c\")",
                GkeWorkloadIdentity.secretPrefixCondition("a\"b\\c"));
    }
}
