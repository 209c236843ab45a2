package com.agenticstudio.platform.plan;

import com.agenticstudio.platform.settings.SettingsSource;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the engine's wire values into plain JSON-like Java values, masking every secret. */
final class ProtoValues {
    static final String SECRET = SettingsSource.MASKED;
    static final String UNKNOWN = "[unknown]";

    // Pulumi's wire signatures (com.pulumi.core.internal.Constants).
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    private static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private ProtoValues() {
    }

    /** Keys sorted, so that the plan's files diff cleanly between runs. */
    static Map<String, Object> toMap(Struct struct) {
        var map = new TreeMap<String, Object>();
        struct.getFieldsMap().forEach((k, v) -> map.put(k, toJava(v)));
        return map;
    }

    static Object toJava(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return null;
            case BOOL_VALUE:
                return value.getBoolValue();
            case NUMBER_VALUE:
                double d = value.getNumberValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
            case STRING_VALUE:
                return UNKNOWN_VALUE.equals(value.getStringValue()) ? UNKNOWN : value.getStringValue();
            case LIST_VALUE:
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                return list;
            case STRUCT_VALUE:
                return special(value.getStructValue());
            default:
                throw new IllegalArgumentException("unexpected wire value " + value);
        }
    }

    private static Object special(Struct struct) {
        var fields = struct.getFieldsMap();
        var sig = fields.containsKey(SIG_KEY) ? fields.get(SIG_KEY).getStringValue() : null;
        if (SECRET_SIG.equals(sig)) {
            return fields.containsKey("value") ? mask(toJava(fields.get("value"))) : SECRET;
        }
        if (RESOURCE_SIG.equals(sig)) {
            return fields.get("urn").getStringValue();
        }
        if (OUTPUT_SIG.equals(sig)) {
            var value = fields.containsKey("value") ? toJava(fields.get("value")) : UNKNOWN;
            return fields.containsKey("secret") && fields.get("secret").getBoolValue() ? mask(value) : value;
        }
        return toMap(struct);
    }

    /**
     * Every value inside a secret becomes {@value #SECRET}; maps keep their keys and lists their
     * length, so a secret Secret.stringData still reads as a valid Kubernetes object.
     */
    static Object mask(Object value) {
        if (value instanceof Map<?, ?> map) {
            var masked = new TreeMap<String, Object>();
            map.forEach((k, v) -> masked.put(String.valueOf(k), mask(v)));
            return masked;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProtoValues::mask).toList();
        }
        return SECRET;
    }

    /** Masks a resolved output value that is secret. */
    static Object plain(Object value, boolean secret) {
        return secret ? mask(value) : value;
    }
}
