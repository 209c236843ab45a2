package com.agenticstudio.platform.cluster.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IrsaTest {

    @Test
    void roleNamesAreClusterThenBinding() {
        assertEquals("studio-prod-external-secrets", Irsa.roleName("studio-prod", "external-secrets"));
    }

    @Test
    void longRoleNamesAreCutToSixtyFourWithAHashSoTheyStayDistinct() {
        var base = "a".repeat(60);
        var one = Irsa.roleName("studio-prod", base + "-one");
        var two = Irsa.roleName("studio-prod", base + "-two");
        assertEquals(64, one.length());
        assertNotEquals(one, two);
        assertTrue(one.matches("[\\w+=,.@-]+"), one);
    }

    @Test
    void theSubjectIsTheServiceAccountsUsername() {
        assertEquals("system:serviceaccount:external-secrets:external-secrets", Irsa.subject("external-secrets", "external-secrets"));
    }
}
