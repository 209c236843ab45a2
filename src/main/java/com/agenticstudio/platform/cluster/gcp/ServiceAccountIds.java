package com.agenticstudio.platform.cluster.gcp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Google service account ids: 6 to 30 characters, a lower-case letter first, then letters, digits and dashes. */
public final class ServiceAccountIds {
    static final Pattern VALID = Pattern.compile("[a-z][-a-z0-9]{4,28}[a-z0-9]");
    private static final int MAX = 30;
    private static final int HASH = 6;

    private ServiceAccountIds() {
    }

    /** A valid id from any name; names that had to be cut or padded keep a hash, so two names never collide by cutting. */
    public static String derive(String name) {
        var cleaned = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[^a-z]+", "")
                .replaceAll("-+$", "");
        if (VALID.matcher(cleaned).matches()) {
            return cleaned;
        }
        var hash = hash(name);
        var head = cleaned.isEmpty() ? "sa" : cleaned;
        head = head.substring(0, Math.min(head.length(), MAX - HASH - 1)).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
