package com.agenticstudio.platform.cluster;

import com.pulumi.core.Output;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud permission an add-on declares for its own service account. Each cloud's
 * {@link WorkloadIdentity} handles every kind through a {@link Grants} visitor, so a new kind does
 * not compile until every cloud says what it does with it.
 */
public sealed interface CloudPermission {

    <R> R accept(Grants<R> grants);

    /** One method per permission kind: the exhaustive dispatch every cloud implements. */
    interface Grants<R> {
        R awsPolicy(AwsPolicy permission);

        R awsManagedPolicy(AwsManagedPolicy permission);

        R gcpProjectRole(GcpProjectRole permission);

        R gcpSelfRole(GcpSelfRole permission);

        R gcpSqlIamUser(GcpSqlIamUser permission);
    }

    /** An inline IAM policy on the service account's own role (AWS). */
    record AwsPolicy(String name, PolicyDocument document) implements CloudPermission {
        public AwsPolicy {
            Objects.requireNonNull(document, "document");
            if (!name.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("an inline policy name is a short lower-case word, got '" + name + "'");
            }
        }

        @Override
        public <R> R accept(Grants<R> grants) {
            return grants.awsPolicy(this);
        }
    }

    /** An AWS managed policy, by name under arn:<partition>:iam::aws:policy/ (e.g. service-role/AmazonEBSCSIDriverPolicy). */
    record AwsManagedPolicy(String policyName) implements CloudPermission {
        public AwsManagedPolicy {
            if (!policyName.matches("([A-Za-z0-9-]+/)?[A-Za-z0-9_+=,.@-]+")) {
                throw new IllegalArgumentException("not an AWS managed policy name: '" + policyName + "'");
            }
        }

        @Override
        public <R> R accept(Grants<R> grants) {
            return grants.awsManagedPolicy(this);
        }
    }

    /**
     * A project-level IAM role for the service account's Google identity (GCP).
     *
     * @param condition an IAM condition that narrows the grant, when the role alone is too wide
     */
    record GcpProjectRole(String role, Optional<GcpCondition> condition) implements CloudPermission {
        public GcpProjectRole {
            if (!role.matches("roles/[A-Za-z0-9_.]+")) {
                throw new IllegalArgumentException("not a predefined GCP role: '" + role + "'");
            }
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public <R> R accept(Grants<R> grants) {
            return grants.gcpProjectRole(this);
        }
    }

    /**
     * A role on the identity's own Google service account (GCP), e.g. roles/iam.serviceAccountTokenCreator
     * so that it may sign blobs as itself (signed URLs), and nothing else.
     */
    record GcpSelfRole(String role) implements CloudPermission {
        public GcpSelfRole {
            if (!role.matches("roles/[A-Za-z0-9_.]+")) {
                throw new IllegalArgumentException("not a predefined GCP role: '" + role + "'");
            }
        }

        @Override
        public <R> R accept(Grants<R> grants) {
            return grants.gcpSelfRole(this);
        }
    }

    /**
     * A Cloud SQL login for the identity's own Google service account on {@code instance} (IAM database
     * authentication, GCP). Declared with the account, because Cloud SQL refuses a user whose account
     * does not exist yet.
     */
    record GcpSqlIamUser(Output<String> instance) implements CloudPermission {
        public GcpSqlIamUser {
            Objects.requireNonNull(instance, "instance");
        }

        @Override
        public <R> R accept(Grants<R> grants) {
            return grants.gcpSqlIamUser(this);
        }
    }

    /** A CEL condition on a GCP role binding. */
    record GcpCondition(String title, String description, String expression) {
        public GcpCondition {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(expression, "expression");
        }

        /** A CEL string literal. */
        public static String celString(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
