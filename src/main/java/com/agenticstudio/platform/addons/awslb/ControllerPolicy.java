package com.agenticstudio.platform.addons.awslb;

import com.agenticstudio.platform.cluster.PolicyDocument;
import java.util.List;
import java.util.Map;

/**
 * The IAM permissions the AWS Load Balancer Controller needs, transcribed statement by statement
 * from kubernetes-sigs/aws-load-balancer-controller@v3.5.0 docs/install/iam_policy.json (unchanged
 * since 2025-03-27). Whatever creates or changes load balancers, target groups and security groups
 * is limited by the elbv2.k8s.aws/cluster tag the controller puts on what it owns.
 */
final class ControllerPolicy {
    private ControllerPolicy() {
    }

    static PolicyDocument document(String partition) {
        return new PolicyDocument(List.of(
                PolicyDocument.Statement.allow(List.of("iam:CreateServiceLinkedRole"),
                        List.of("*"),
                        Map.of("StringEquals", Map.of("iam:AWSServiceName", List.of("elasticloadbalancing.amazonaws.com")))),
                PolicyDocument.Statement.allow(List.of(
                        "ec2:DescribeAccountAttributes",
                        "ec2:DescribeAddresses",
                        "ec2:DescribeAvailabilityZones",
                        "ec2:DescribeInternetGateways",
                        "ec2:DescribeVpcs",
                        "ec2:DescribeVpcPeeringConnections",
                        "ec2:DescribeSubnets",
                        "ec2:DescribeSecurityGroups",
                        "ec2:DescribeInstances",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeTags",
                        "ec2:GetCoipPoolUsage",
                        "ec2:DescribeCoipPools",
                        "ec2:GetSecurityGroupsForVpc",
                        "ec2:DescribeIpamPools",
                        "ec2:DescribeRouteTables",
                        "elasticloadbalancing:DescribeLoadBalancers",
                        "elasticloadbalancing:DescribeLoadBalancerAttributes",
                        "elasticloadbalancing:DescribeListeners",
                        "elasticloadbalancing:DescribeListenerCertificates",
                        "elasticloadbalancing:DescribeSSLPolicies",
                        "elasticloadbalancing:DescribeRules",
                        "elasticloadbalancing:DescribeTargetGroups",
                        "elasticloadbalancing:DescribeTargetGroupAttributes",
                        "elasticloadbalancing:DescribeTargetHealth",
                        "elasticloadbalancing:DescribeTags",
                        "elasticloadbalancing:DescribeTrustStores",
                        "elasticloadbalancing:DescribeListenerAttributes",
                        "elasticloadbalancing:DescribeCapacityReservation"),
                        List.of("*")),
                PolicyDocument.Statement.allow(List.of(
                        "cognito-idp:DescribeUserPoolClient",
                        "acm:ListCertificates",
                        "acm:DescribeCertificate",
                        "iam:ListServerCertificates",
                        "iam:GetServerCertificate",
                        "waf-regional:GetWebACL",
                        "waf-regional:GetWebACLForResource",
                        "waf-regional:AssociateWebACL",
                        "waf-regional:DisassociateWebACL",
                        "wafv2:GetWebACL",
                        "wafv2:GetWebACLForResource",
                        "wafv2:AssociateWebACL",
                        "wafv2:DisassociateWebACL",
                        "shield:GetSubscriptionState",
                        "shield:DescribeProtection",
                        "shield:CreateProtection",
                        "shield:DeleteProtection"),
                        List.of("*")),
                PolicyDocument.Statement.allow(List.of("ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"),
                        List.of("*")),
                PolicyDocument.Statement.allow(List.of("ec2:CreateSecurityGroup"),
                        List.of("*")),
                PolicyDocument.Statement.allow(List.of("ec2:CreateTags"),
                        List.of("arn:" + partition + ":ec2:*:*:security-group/*"),
                        Map.of("StringEquals", Map.of("ec2:CreateAction", List.of("CreateSecurityGroup")), "Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of("ec2:CreateTags", "ec2:DeleteTags"),
                        List.of("arn:" + partition + ":ec2:*:*:security-group/*"),
                        Map.of("Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("true"), "aws:ResourceTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of(
                        "ec2:AuthorizeSecurityGroupIngress",
                        "ec2:RevokeSecurityGroupIngress",
                        "ec2:DeleteSecurityGroup"),
                        List.of("*"),
                        Map.of("Null", Map.of("aws:ResourceTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of(
                        "elasticloadbalancing:CreateLoadBalancer",
                        "elasticloadbalancing:CreateTargetGroup"),
                        List.of("*"),
                        Map.of("Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of(
                        "elasticloadbalancing:CreateListener",
                        "elasticloadbalancing:DeleteListener",
                        "elasticloadbalancing:CreateRule",
                        "elasticloadbalancing:DeleteRule"),
                        List.of("*")),
                PolicyDocument.Statement.allow(List.of("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"),
                        List.of(
                        "arn:" + partition + ":elasticloadbalancing:*:*:targetgroup/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:loadbalancer/net/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:loadbalancer/app/*/*"),
                        Map.of("Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("true"), "aws:ResourceTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"),
                        List.of(
                        "arn:" + partition + ":elasticloadbalancing:*:*:listener/net/*/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:listener/app/*/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:listener-rule/net/*/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:listener-rule/app/*/*/*")),
                PolicyDocument.Statement.allow(List.of(
                        "elasticloadbalancing:ModifyLoadBalancerAttributes",
                        "elasticloadbalancing:SetIpAddressType",
                        "elasticloadbalancing:SetSecurityGroups",
                        "elasticloadbalancing:SetSubnets",
                        "elasticloadbalancing:DeleteLoadBalancer",
                        "elasticloadbalancing:ModifyTargetGroup",
                        "elasticloadbalancing:ModifyTargetGroupAttributes",
                        "elasticloadbalancing:DeleteTargetGroup",
                        "elasticloadbalancing:ModifyListenerAttributes",
                        "elasticloadbalancing:ModifyCapacityReservation",
                        "elasticloadbalancing:ModifyIpPools"),
                        List.of("*"),
                        Map.of("Null", Map.of("aws:ResourceTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of("elasticloadbalancing:AddTags"),
                        List.of(
                        "arn:" + partition + ":elasticloadbalancing:*:*:targetgroup/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:loadbalancer/net/*/*",
                        "arn:" + partition + ":elasticloadbalancing:*:*:loadbalancer/app/*/*"),
                        Map.of("StringEquals", Map.of("elasticloadbalancing:CreateAction", List.of("CreateTargetGroup", "CreateLoadBalancer")), "Null", Map.of("aws:RequestTag/elbv2.k8s.aws/cluster", List.of("false")))),
                PolicyDocument.Statement.allow(List.of(
                        "elasticloadbalancing:RegisterTargets",
                        "elasticloadbalancing:DeregisterTargets"),
                        List.of("arn:" + partition + ":elasticloadbalancing:*:*:targetgroup/*/*")),
                PolicyDocument.Statement.allow(List.of(
                        "elasticloadbalancing:SetWebAcl",
                        "elasticloadbalancing:ModifyListener",
                        "elasticloadbalancing:AddListenerCertificates",
                        "elasticloadbalancing:RemoveListenerCertificates",
                        "elasticloadbalancing:ModifyRule",
                        "elasticloadbalancing:SetRulePriorities"),
                        List.of("*"))));
    }
}
