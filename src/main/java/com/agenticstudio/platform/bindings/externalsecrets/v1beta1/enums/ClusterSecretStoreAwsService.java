package com.agenticstudio.platform.bindings.externalsecrets.v1beta1.enums;

import com.pulumi.core.annotations.EnumType;
import java.util.Objects;
import java.util.StringJoiner;

/** spec.provider.aws.service: the CRD's enum of AWS secret services. */
@EnumType
public enum ClusterSecretStoreAwsService {
    SecretsManager("SecretsManager"),
    ParameterStore("ParameterStore");

    private final String value;

    ClusterSecretStoreAwsService(String value) {
        this.value = Objects.requireNonNull(value);
    }

    @EnumType.Converter
    public String getValue() {
        return this.value;
    }

    @Override
    public String toString() {
        return new StringJoiner(", ", "ClusterSecretStoreAwsService[", "]")
                .add("value='" + this.value + "'")
                .toString();
    }
}
