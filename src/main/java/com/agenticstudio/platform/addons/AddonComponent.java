package com.agenticstudio.platform.addons;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The component every add-on is: its own type token, its add-on name, parented under the platform.
 * It records what the add-on declares as the component's inputs, so that the plan (and the
 * architecture rules over it) can see the declared edges without running the program again.
 */
public abstract class AddonComponent extends ComponentResource {

    protected AddonComponent(String type, AddonContext context, Map<String, Object> declarations) {
        super(type, context.self().name(), new Declarations(context.declared(), declarations),
                ComponentResourceOptions.builder().parent(context.parent()).build());
    }

    /** The component's inputs: {@code requires} (add-on names) and whatever else the add-on declares. */
    static final class Declarations extends ResourceArgs {
        /** The add-on names this one declared in requires(). */
        public static final String REQUIRES = "requires";

        @Import(name = "declarations", required = true)
        private final Output<Map<String, Object>> declarations;

        Declarations(List<AddonId<?>> requires, Map<String, Object> more) {
            var all = new LinkedHashMap<String, Object>();
            all.put(REQUIRES, requires.stream().map(AddonId::name).sorted().toList());
            all.putAll(more);
            this.declarations = Output.of(all);
        }
    }
}
