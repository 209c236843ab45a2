package com.agenticstudio.platform.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changes between two plans of one stack, resource by resource, the way `pulumi preview --diff`
 * would report it: added, deleted, updated (with the changed input paths) and replaced (an input
 * change that forces replacement by {@link Replacements}, a changed provider, or a renamed resource,
 * which the engine deletes and creates anew since the program declares no aliases).
 */
public record PlanDiff(String stack, List<Change> added, List<Change> deleted, List<Change> updated, List<Change> replaced) {

    public enum Kind { ADD, DELETE, UPDATE, REPLACE }

    /** One changed input (or option): the dotted path and the old and new values as the plan wrote them. */
    public record Field(String path, Object before, Object after, boolean forcesReplacement) {
    }

    /**
     * One resource's change.
     *
     * @param newName  for a resource whose URN changed (renamed), its new logical name; otherwise null
     * @param critical protected (in either plan) or of a data-holding type, and replaced or deleted
     * @param why      why a replacement happens, for the reader
     */
    public record Change(Kind kind, String urn, String type, String name, String newName, boolean isProtected,
                         boolean critical, String why, List<Field> fields) {
    }

    /** Replacements and deletions of protected or data-holding resources: the ones a reviewer must see first. */
    public List<Change> critical() {
        var critical = new ArrayList<Change>();
        replaced.stream().filter(Change::critical).forEach(critical::add);
        deleted.stream().filter(Change::critical).forEach(critical::add);
        return critical;
    }

    /** The same diff under another name, e.g. {@code prod-gcp} for prod planned with cloud=gcp. */
    public PlanDiff named(String name) {
        return new PlanDiff(name, added, deleted, updated, replaced);
    }

    public boolean isEmpty() {
        return added.isEmpty() && deleted.isEmpty() && updated.isEmpty() && replaced.isEmpty();
    }

    /** One line per stack, e.g. {@code prod: 2 to add, 1 to update, 0 to replace, 0 to delete}. */
    public String summary() {
        var line = stack + ": " + (isEmpty() ? "no changes" : added.size() + " to add, " + updated.size() + " to update, "
                + replaced.size() + " to replace, " + deleted.size() + " to delete");
        var critical = critical().size();
        return critical == 0 ? line : line + "; " + critical + " protected or data-holding resource"
                + (critical == 1 ? "" : "s") + " replaced or deleted";
    }

    public static PlanDiff between(PlanFiles before, PlanFiles after) {
        var old = index(before.resources());
        var now = index(after.resources());
        var added = new ArrayList<Change>();
        var deleted = new ArrayList<Change>();
        var updated = new ArrayList<Change>();
        var replaced = new ArrayList<Change>();

        for (var r : after.resources()) {
            var previous = old.get(r.urn());
            if (previous != null) {
                compare(previous, r, null, updated, replaced);
            }
        }
        // Renames: what vanished and what appeared, paired by type in declaration order when the counts match.
        var gone = new LinkedHashMap<String, List<RecordedResource>>();
        before.resources().stream().filter(r -> r.custom() && !now.containsKey(r.urn()))
                .forEach(r -> gone.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
        var arrived = new LinkedHashMap<String, List<RecordedResource>>();
        after.resources().stream().filter(r -> r.custom() && !old.containsKey(r.urn()))
                .forEach(r -> arrived.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
        for (var entry : gone.entrySet()) {
            var appeared = arrived.getOrDefault(entry.getKey(), List.of());
            var vanished = entry.getValue();
            if (vanished.size() == appeared.size()) {
                for (int i = 0; i < vanished.size(); i++) {
                    compare(vanished.get(i), appeared.get(i), "renamed: the engine deletes the old resource and creates the new one",
                            updated, replaced);
                }
                arrived.remove(entry.getKey());
            } else {
                vanished.forEach(r -> deleted.add(new Change(Kind.DELETE, r.urn(), r.type(), r.name(), null, r.options().protect(),
                        r.options().protect() || Replacements.isDataHolding(r.type()),
                        r.options().protect() ? "protected: `pulumi up` stops until it is unprotected" : null, List.of())));
            }
        }
        arrived.values().forEach(list -> list.forEach(r -> added.add(
                new Change(Kind.ADD, r.urn(), r.type(), r.name(), null, r.options().protect(), false, null, List.of()))));
        var order = index(after.resources());
        replaced.sort(java.util.Comparator.comparingInt(c -> position(order, c)));
        return new PlanDiff(after.stack(), List.copyOf(added), List.copyOf(deleted), List.copyOf(updated), List.copyOf(replaced));
    }

    private static int position(Map<String, RecordedResource> order, Change change) {
        int i = 0;
        for (var urn : order.keySet()) {
            if (urn.equals(change.urn()) || (change.newName() != null && order.get(urn).name().equals(change.newName())
                    && order.get(urn).type().equals(change.type()))) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void compare(RecordedResource before, RecordedResource after, String renamed,
                                List<Change> updated, List<Change> replaced) {
        var fields = new ArrayList<Field>();
        var ignored = after.options().ignoreChanges();
        var a = flatten(before.inputs());
        var b = flatten(after.inputs());
        var paths = new TreeSet<String>(a.keySet());
        paths.addAll(b.keySet());
        for (var path : paths) {
            if (ignored.stream().anyMatch(i -> path.equals(i) || path.startsWith(i + "."))) {
                continue;
            }
            var x = a.get(path);
            var y = b.get(path);
            if (!java.util.Objects.equals(x, y)) {
                fields.add(new Field(path, x, y, Replacements.forcesReplacement(after.type(), path)));
            }
        }
        option(fields, "protect", before.options().protect(), after.options().protect());
        option(fields, "retainOnDelete", before.options().retainOnDelete(), after.options().retainOnDelete());
        option(fields, "deleteBeforeReplace", before.options().deleteBeforeReplace(), after.options().deleteBeforeReplace());
        option(fields, "version", before.options().version(), after.options().version());

        var reasons = new ArrayList<String>();
        if (renamed != null) {
            reasons.add(renamed);
        }
        var forcing = fields.stream().filter(Field::forcesReplacement).map(Field::path).toList();
        if (!forcing.isEmpty()) {
            reasons.add("changed " + String.join(", ", forcing.size() > 3 ? forcing.subList(0, 3) : forcing)
                    + (forcing.size() > 3 ? " and " + (forcing.size() - 3) + " more" : ""));
        }
        if (before.custom() && !java.util.Objects.equals(before.providerUrn(), after.providerUrn())) {
            reasons.add("its provider changed to " + (after.providerUrn() == null ? "the default provider"
                    : after.providerUrn().substring(after.providerUrn().lastIndexOf("::") + 2)));
        }
        boolean isProtected = before.options().protect() || after.options().protect();
        var newName = renamed == null ? null : after.name();
        if (!reasons.isEmpty() && before.custom()) {
            replaced.add(new Change(Kind.REPLACE, before.urn(), before.type(), before.name(), newName, isProtected,
                    isProtected || Replacements.isDataHolding(before.type()), String.join("; ", reasons), List.copyOf(fields)));
        } else if (!fields.isEmpty() && before.custom()) {
            updated.add(new Change(Kind.UPDATE, before.urn(), before.type(), before.name(), null, isProtected, false, null,
                    List.copyOf(fields)));
        }
    }

    private static void option(List<Field> fields, String name, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            fields.add(new Field("options." + name, before, after, false));
        }
    }

    private static Map<String, RecordedResource> index(List<RecordedResource> resources) {
        var index = new LinkedHashMap<String, RecordedResource>();
        resources.forEach(r -> index.put(r.urn(), r));
        return index;
    }

    /** Leaves by dotted path; an empty map or list is a leaf of its own, so adding one shows. */
    static Map<String, Object> flatten(Map<String, Object> inputs) {
        var leaves = new LinkedHashMap<String, Object>();
        inputs.forEach((k, v) -> flatten(k, v, leaves));
        return leaves;
    }

    private static void flatten(String path, Object value, Map<String, Object> leaves) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            m.forEach((k, v) -> flatten(path + "." + k, v, leaves));
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "." + i, l.get(i), leaves);
            }
        } else {
            leaves.put(path, value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && !Double.isInfinite(n.doubleValue()) ? (Object) n.longValue() : value);
        }
    }
}
