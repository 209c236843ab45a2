package com.agenticstudio.platform.cluster.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceTypesTest {

    @Test
    void spotTakesTheConfiguredTypeFirstThenSiblingsOfTheSameSize() {
        assertEquals(List.of("m6i.large", "m6a.large", "m5.large", "m5a.large", "m7i.large"), InstanceTypes.spotTypes("m6i.large"));
        assertEquals(List.of("c5.xlarge", "c6i.xlarge", "c6a.xlarge", "c5a.xlarge", "c7i.xlarge"), InstanceTypes.spotTypes("c5.xlarge"));
    }

    @Test
    void gravitonTypesOnlyGetGravitonSiblingsAndTheArmImage() {
        assertTrue(InstanceTypes.isArm("m7g.large"));
        assertEquals(List.of("m7g.large", "m6g.large"), InstanceTypes.spotTypes("m7g.large"));
        assertEquals("AL2023_ARM_64_STANDARD", InstanceTypes.amiType("m7g.large"));
        assertFalse(InstanceTypes.isArm("m6i.large"));
        assertEquals("AL2023_x86_64_STANDARD", InstanceTypes.amiType("m6i.large"));
    }

    @Test
    void sizesNotEverySiblingOffersAndUnknownClassesStayAlone() {
        assertEquals(List.of("m6a.medium"), InstanceTypes.spotTypes("m6a.medium"));
        assertEquals(List.of("m5.metal"), InstanceTypes.spotTypes("m5.metal"));
        assertEquals(List.of("g5.xlarge"), InstanceTypes.spotTypes("g5.xlarge"));
        assertEquals(List.of("t3.medium", "t3a.medium"), InstanceTypes.spotTypes("t3.medium"));
    }
}
