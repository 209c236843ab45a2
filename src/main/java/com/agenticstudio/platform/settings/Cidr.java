package com.agenticstudio.platform.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 CIDR block, normalised so that the address has no host bits. */
public record Cidr(long network, int prefix) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    /** A block known to be valid, e.g. a constant; throws otherwise. */
    public static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a CIDR block: " + text));
    }

    public static Optional<Cidr> parse(String text) {
        var m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return Optional.empty();
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32 || (address & ~mask(prefix)) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(address, prefix));
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public boolean overlaps(Cidr other) {
        int shorter = Math.min(prefix, other.prefix);
        return (network & mask(shorter)) == (other.network & mask(shorter));
    }

    /** The i-th block of the given prefix inside this one, e.g. subnet(20, 2) of 10.0.0.0/16 is 10.0.32.0/20. */
    public Cidr subnet(int newPrefix, int index) {
        if (newPrefix < prefix || newPrefix > 32 || index < 0 || index >= (1L << (newPrefix - prefix))) {
            throw new IllegalArgumentException("no /" + newPrefix + " number " + index + " in " + this);
        }
        return new Cidr(network + ((long) index << (32 - newPrefix)), newPrefix);
    }

    @Override
    public String toString() {
        return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255)
                + "/" + prefix;
    }
}
