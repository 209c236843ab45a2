package com.agenticstudio.platform.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed values and collects problems instead of failing on the first one, so that a stack
 * author sees every mistake in one run. Each problem names the key, the value and what is allowed.
 */
final class SettingsReader {
    private final SettingsSource source;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> keysRead = new LinkedHashSet<>();

    SettingsReader(SettingsSource source) {
        this.source = source;
    }

    List<String> problems() {
        return problems;
    }

    Set<String> keysRead() {
        return keysRead;
    }

    void problem(String key, Object value, String allowed) {
        problems.add(SettingsSource.qualified(key) + ": " + show(value) + " is not allowed; " + allowed);
    }

    private static String show(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** Declared settings always have a value (Pulumi.yaml gives the default); an empty string means "none". */
    String string(String key) {
        keysRead.add(key);
        return source.get(key).map(String::trim).orElse("");
    }

    Optional<String> optional(String key) {
        var value = string(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String matching(String key, String regex, String allowed) {
        var value = string(key);
        if (!value.matches(regex)) {
            problem(key, value, allowed);
        }
        return value;
    }

    /**
     * The value, or null after reporting it: rules that compare it with other settings skip a null,
     * so one bad value gives one problem, not a second one from a stand-in.
     */
    Integer integer(String key, int min, int max) {
        var raw = string(key);
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                problem(key, value, "must be between " + min + " and " + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, raw, "must be a whole number between " + min + " and " + max);
            return null;
        }
    }

    boolean bool(String key) {
        var raw = string(key);
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, raw, "must be true or false");
                yield false;
            }
        };
    }

    <E extends Enum<E>> E oneOf(String key, Class<E> type, Function<E, String> id) {
        var raw = string(key);
        for (E candidate : type.getEnumConstants()) {
            if (id.apply(candidate).equals(raw)) {
                return candidate;
            }
        }
        problem(key, raw, "must be one of " + Arrays.stream(type.getEnumConstants()).map(id).collect(Collectors.joining(", ")));
        return null;
    }

    List<String> list(String key) {
        var raw = string(key);
        if (raw.isEmpty()) {
            return List.of();
        }
        try {
            JsonArray array = JsonParser.parseString(raw).getAsJsonArray();
            var values = new ArrayList<String>();
            array.forEach(e -> values.add(e.getAsString().trim()));
            return List.copyOf(values);
        } catch (RuntimeException e) {
            problem(key, raw, "must be a list of strings");
            return List.of();
        }
    }

    Cidr cidr(String key) {
        var raw = string(key);
        return Cidr.parse(raw).orElseGet(() -> {
            problem(key, raw, "must be an IPv4 CIDR block such as 10.0.0.0/16, without host bits");
            return new Cidr(0, 32);
        });
    }

    Optional<Output<String>> secret(String key) {
        keysRead.add(key);
        return source.secret(key);
    }
}
