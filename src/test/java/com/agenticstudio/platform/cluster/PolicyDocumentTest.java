package com.agenticstudio.platform.cluster;

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
    void aConditionWithSeveralValuesRendersAsAListAndOneValueAsAString() {
        var json = PolicyDocument.of(PolicyDocument.Statement.allow(List.of("elasticloadbalancing:AddTags"), List.of("*"),
                Map.of("StringEquals", Map.of("elasticloadbalancing:CreateAction", List.of("CreateTargetGroup", "CreateLoadBalancer")),
                        "Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("false"))))).toJson();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"elasticloadbalancing:AddTags\"],"
                + "\"Resource\":[\"*\"],\"Condition\":{\"Null\":{\"aws:RequestTag/elbv2.k8s.aws/cluster\":\"false\"},"
                + "\"StringEquals\":{\"elasticloadbalancing:CreateAction\":[\"CreateTargetGroup\",\"CreateLoadBalancer\"]}}}]}", json);
    }

    @Test
    void aConditionKeyWithoutAValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PolicyDocument.Statement.allow(List.of("s3:GetObject"), List.of("*"),
                Map.of("StringEquals", Map.of("aws:PrincipalTag/team", List.of()))));
    }

    @Test
    void aStatementNeedsActionsAndEitherPrincipalsOrResources() {
        assertThrows(IllegalArgumentException.class, () -> PolicyDocument.Statement.allow(List.of(), List.of("*")));
        assertThrows(IllegalArgumentException.class, () -> PolicyDocument.Statement.allow(List.of("s3:GetObject"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PolicyDocument(List.of()));
    }
}
