package com.agenticstudio.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agenticstudio.platform.plan.StackConfig;
import com.agenticstudio.platform.testing.Graphs;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's settings table is the reference people read; it must not drift from Pulumi.yaml. */
class ReadmeTest {

    static List<String> undocumented(Collection<String> declared, String readme) {
        return declared.stream().filter(key -> !readme.contains("| `" + key + "` |")).sorted().toList();
    }

    @Test
    void theReadmeDocumentsEverySetting() throws Exception {
        var readme = Files.readString(Graphs.PROJECT.resolve("README.md"));
        var declared = StackConfig.load(Graphs.PROJECT, "dev", Map.of()).declared();
        assertEquals(List.of(), undocumented(declared, readme));
    }

    @Test
    void aMissingRowIsCaught() {
        assertEquals(List.of("cloud"), undocumented(List.of("environment", "cloud"), "| `environment` | string |"));
    }
}
