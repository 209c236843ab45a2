package com.agenticstudio.platform.cluster.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceAccountIdsTest {

    @Test
    void aValidNameIsKept() {
        assertEquals("studio-prod-external-secrets", ServiceAccountIds.derive("studio-prod-external-secrets"));
    }

    @Test
    void everyDerivedIdIsValid() {
        for (var name : List.of("studio-staging-external-secrets", "ab", "9lives", "Studio_Prod.Nodes", "---", "",
                "a-very-long-cluster-name-that-goes-on-fastapi-backend")) {
            var id = ServiceAccountIds.derive(name);
            assertTrue(ServiceAccountIds.VALID.matcher(id).matches(), name + " -> " + id);
        }
    }

    @Test
    void theValidityCheckCatchesBadIds() {
        for (var id : List.of("ab", "9lives-account", "studio-staging-external-secrets", "ends-with-dash-")) {
            assertFalse(ServiceAccountIds.VALID.matcher(id).matches(), id);
        }
    }

    @Test
    void namesCutToTheSameHeadStayDistinct() {
        assertNotEquals(ServiceAccountIds.derive("studio-staging-external-secrets"),
                ServiceAccountIds.derive("studio-staging-external-secrets-2"));
    }
}
