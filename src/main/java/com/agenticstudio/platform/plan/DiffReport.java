package com.agenticstudio.platform.plan;

import com.google.gson.GsonBuilder;
import java.util.List;

/** Renders a {@link PlanDiff} as Markdown (a pull-request comment) or plain text (a terminal). */
public final class DiffReport {
    /** Changed inputs shown per resource; the rest are counted. */
    static final int FIELDS_SHOWN = 25;
    /** Sections longer than this fold into a details element in Markdown. */
    static final int FOLD_AFTER = 10;
    static final int VALUE_WIDTH = 120;

    private DiffReport() {
    }

    public static String markdown(PlanDiff diff) {
        var out = new StringBuilder();
        out.append("#### `").append(diff.stack()).append("`: ").append(diff.summary().substring(diff.stack().length() + 2))
                .append("\n\n");
        var critical = diff.critical();
        if (!critical.isEmpty()) {
            out.append("> [!CAUTION]\n> **Protected or data-holding resources replaced or deleted:**\n");
            for (var c : critical) {
                out.append("> - **").append(c.kind() == PlanDiff.Kind.DELETE ? "delete" : "replace").append("** `")
                        .append(c.type()).append("` ").append(names(c, "`", " → ")).append(c.isProtected() ? " (protected)" : " (data-holding)")
                        .append(c.why() == null ? "" : ": " + c.why()).append('\n');
            }
            out.append('\n');
        }
        section(out, "Replaced", diff.replaced());
        section(out, "Updated", diff.updated());
        section(out, "Added", diff.added());
        section(out, "Deleted", diff.deleted());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<PlanDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        boolean fold = changes.size() > FOLD_AFTER;
        if (fold) {
            out.append("<details><summary>").append(title).append(" (").append(changes.size()).append(")</summary>\n\n");
        } else {
            out.append("**").append(title).append(" (").append(changes.size()).append(")**\n\n");
        }
        for (var c : changes) {
            out.append("- `").append(c.type()).append("` ").append(names(c, "`", " → "));
            if (c.why() != null) {
                out.append(": ").append(c.why().replace("`", "'"));
            }
            out.append('\n');
            int shown = 0;
            for (var f : c.fields()) {
                if (shown++ == FIELDS_SHOWN) {
                    out.append("  - … and ").append(c.fields().size() - FIELDS_SHOWN).append(" more\n");
                    break;
                }
                out.append("  - `").append(f.path()).append("`: ").append(code(f.before())).append(" → ").append(code(f.after()))
                        .append(f.forcesReplacement() ? " (forces replacement)" : "").append('\n');
            }
        }
        out.append(fold ? "\n</details>\n\n" : "\n");
    }

    public static String text(PlanDiff diff) {
        var out = new StringBuilder(diff.summary()).append('\n');
        var critical = diff.critical();
        if (!critical.isEmpty()) {
            out.append("!! protected or data-holding resources replaced or deleted:\n");
            for (var c : critical) {
                out.append("!!   ").append(c.kind() == PlanDiff.Kind.DELETE ? "delete " : "replace ").append(c.type()).append(' ')
                        .append(names(c, "", " -> ")).append(c.isProtected() ? " (protected)" : " (data-holding)").append('\n');
            }
        }
        for (var group : List.of(diff.replaced(), diff.updated(), diff.added(), diff.deleted())) {
            for (var c : group) {
                var mark = switch (c.kind()) {
                    case ADD -> "+ ";
                    case DELETE -> "- ";
                    case UPDATE -> "~ ";
                    case REPLACE -> "+-";
                };
                out.append(mark).append(' ').append(c.type()).append(' ').append(names(c, "", " -> "));
                if (c.why() != null) {
                    out.append(" (").append(c.why()).append(')');
                }
                out.append('\n');
                int shown = 0;
                for (var f : c.fields()) {
                    if (shown++ == FIELDS_SHOWN) {
                        out.append("      ... and ").append(c.fields().size() - FIELDS_SHOWN).append(" more\n");
                        break;
                    }
                    out.append("      ").append(f.path()).append(": ").append(value(f.before())).append(" -> ").append(value(f.after()))
                            .append(f.forcesReplacement() ? "  [forces replacement]" : "").append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String names(PlanDiff.Change c, String quote, String arrow) {
        return quote + c.name() + quote + (c.newName() == null ? "" : arrow + quote + c.newName() + quote);
    }

    private static String code(Object value) {
        if (value == null) {
            return "(none)";
        }
        var text = value(value).replace("`", "'").replace("\n", "⏎");
        return "`" + text + "`";
    }

    /** A value as the plan wrote it; secrets are already {@code [secret]}. Long values are cut. */
    static String value(Object value) {
        if (value == null) {
            return "(none)";
        }
        var text = value instanceof String s ? s
                : new GsonBuilder().disableHtmlEscaping().create().toJson(value);
        text = text.replace("\n", "\\n");
        return text.length() > VALUE_WIDTH ? text.substring(0, VALUE_WIDTH - 1) + "…" : text;
    }
}
