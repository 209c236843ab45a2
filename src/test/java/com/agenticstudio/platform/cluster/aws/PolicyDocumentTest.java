package com.agenticstudio.platform.cluster.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

    @Test
    void aTrustPolicyRendersAsIamJson() {
        var json = PolicyDocument.of(PolicyDocument.Statement.trust("sts:AssumeRole", "Service", "eks.amazonaws.com", Map.of())).toJson();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"eks.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\"]}]}", json);
    }

    @Test
    void conditionsRenderInTheSameOrderEveryRunSoNoSpuriousDiff() {
        var a = PolicyDocument.of(PolicyDocument.Statement.trust("sts:AssumeRoleWithWebIdentity", "Federated", "arn",
                Map.of("StringEquals", Map.of("x:sub", "s", "x:aud", "a")))).toJson();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn\"},"
                + "\"Action\":[\"sts:AssumeRoleWithWebIdentity\"],\"Condition\":{\"StringEquals\":{\"x:aud\":\"a\",\"x:sub\":\"s\"}}}]}", a);
    }

    @Test
    void valuesAreEscapedNotConcatenated() {
        var json = PolicyDocument.of(PolicyDocument.Statement.allow(List.of("s3:GetObject"), List.of("arn:\"quoted\""))).toJson();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],"
                + "\"Resource\":[\"arn:\\\"quoted\\\"\"]}]}", json);
    }

    @Test
    void aStatementNeedsActionsAndEitherPrincipalsOrResources() {
        assertThrows(IllegalArgumentException.class, () -> PolicyDocument.Statement.allow(List.of(), List.of("*")));
        assertThrows(IllegalArgumentException.class, () -> PolicyDocument.Statement.allow(List.of("s3:GetObject"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PolicyDocument(List.of()));
    }
}
