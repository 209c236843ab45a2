package com.agenticstudio.platform.cluster.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agenticstudio.platform.cluster.CloudPermission;
import org.junit.jupiter.api.Test;

class GkeWorkloadIdentityTest {

    @Test
    void theMemberIsOneKubernetesServiceAccountInThePool() {
        assertEquals("serviceAccount:p-1.svc.id.goog[ns/sa]", GkeWorkloadIdentity.member("p-1.svc.id.goog", "ns", "sa"));
    }

    @Test
    void aServiceAccountsPostgresUserIsItsEmailWithoutTheGoogleDomain() {
        assertEquals("app@p-1.iam", GkeWorkloadIdentity.sqlUser("app@p-1.iam.gserviceaccount.com"));
        assertEquals("app@p-1.iam", GkeWorkloadIdentity.sqlUser("app@p-1.iam"), "the twin: nothing to cut");
    }

    @Test
    void aCelStringLiteralEscapesQuotesAndBackslashes() {
        assertEquals("\"a\\\"b\\\\c\"", CloudPermission.GcpCondition.celString("a\"b\\c"));
    }
}
