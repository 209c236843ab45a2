package com.agenticstudio.platform.settings;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Just enough of Kubernetes' resource quantities to validate and compare requests with limits. */
final class Quantity {
    private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)(m?)");
    private static final Pattern MEMORY = Pattern.compile("(\\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?");
    private static final Map<String, Long> UNITS = Map.of(
            "", 1L, "k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L,
            "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40);

    private Quantity() {
    }

    /** CPU in millicores. */
    static Optional<BigDecimal> cpu(String text) {
        var m = CPU.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        var value = new BigDecimal(m.group(1));
        return Optional.of(m.group(2).isEmpty() ? value.multiply(BigDecimal.valueOf(1000)) : value);
    }

    /** Memory in bytes. */
    static Optional<BigDecimal> memory(String text) {
        var m = MEMORY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        var unit = m.group(2) == null ? "" : m.group(2);
        return Optional.of(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNITS.get(unit))));
    }
}
