package com.agenticstudio.platform.bindings.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agenticstudio.platform.testing.Graphs;
import com.pulumi.core.internal.Internal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The explicit command provider registers as pulumi:providers:command and pins the plugin. */
class ProviderTest {

    @Test
    void itIsACommandProviderOnThePinnedPlugin() {
        var provider = new AtomicReference<Provider>();
        var graph = Graphs.program(ctx -> provider.set(new Provider("commands")));
        assertEquals("pulumi:providers:command", graph.named("commands").type());
        assertEquals(CommandPlugin.VERSION, Internal.from(provider.get()).getVersion().orElseThrow());
        assertEquals("1.2.1", CommandPlugin.VERSION);
    }
}
