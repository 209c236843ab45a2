package com.agenticstudio.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CidrTest {
    @Test
    void parsesAndPrintsABlock() {
        assertEquals("10.40.0.0/16", Cidr.parse("10.40.0.0/16").orElseThrow().toString());
    }

    @Test
    void refusesHostBitsBadOctetsAndBadPrefixes() {
        assertTrue(Cidr.parse("10.40.0.1/16").isEmpty());
        assertTrue(Cidr.parse("10.400.0.0/16").isEmpty());
        assertTrue(Cidr.parse("10.40.0.0/33").isEmpty());
        assertTrue(Cidr.parse("10.40.0.0").isEmpty());
    }

    @Test
    void carvesSubnetsInOrder() {
        var vpc = Cidr.parse("10.40.0.0/16").orElseThrow();
        assertEquals("10.40.32.0/20", vpc.subnet(20, 2).toString());
        assertThrows(IllegalArgumentException.class, () -> vpc.subnet(20, 16));
    }

    @Test
    void overlapIsSymmetric() {
        var a = Cidr.parse("10.40.0.0/16").orElseThrow();
        var b = Cidr.parse("10.40.128.0/20").orElseThrow();
        var c = Cidr.parse("10.41.0.0/16").orElseThrow();
        assertTrue(a.overlaps(b) && b.overlaps(a));
        assertFalse(a.overlaps(c));
    }
}
