package org.aidsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What differs between two result documents (as {@link JsonReporter#document} builds them), found generically so
 * that any field a later feature adds to the document is compared too. Mappings compare key by key; lists of
 * mappings that carry an {@code id} (packages, tranches, coalitions) are matched by id and named
 * {@code packages[ukraine-facility]}, an entry only one side has being one that the other lacks; other lists of mappings by position; lists of plain values (blockers,
 * reasons, rules fired) as sets, reporting what one run has and the other lacks.
 */
public final class DocumentDiff {
    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    private DocumentDiff() {
    }

    /** One difference: a value that changed ({@code before}/{@code after}) or entries one list lacks. */
    public record Change(String path, JsonNode before, JsonNode after, List<JsonNode> removed, List<JsonNode> added) {
        public Change {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        public boolean isListChange() {
            return before == null && after == null;
        }
    }

    public static List<Change> between(JsonNode base, JsonNode changed) {
        List<Change> out = new ArrayList<>();
        compare("", base, changed, out);
        return out;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a == null && b.isArray()) {
            a = EMPTY;
        }
        if (b == null && a.isArray()) {
            b = EMPTY;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(join(path, key), a.get(key), b.get(key), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            compareLists(path, a, b, out);
        } else {
            out.add(new Change(path, orNull(a), orNull(b), List.of(), List.of()));
        }
    }

    private static void compareLists(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (allHaveIds(a) && allHaveIds(b)) {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            a.forEach(e -> ids.add(e.get("id").asText()));
            b.forEach(e -> ids.add(e.get("id").asText()));
            // An entry only one run has (a rule that fired in one run only) is an entry the other lacks.
            List<JsonNode> removed = new ArrayList<>();
            List<JsonNode> added = new ArrayList<>();
            for (String id : ids) {
                JsonNode before = byId(a, id);
                JsonNode after = byId(b, id);
                if (after == null) {
                    removed.add(before);
                } else if (before == null) {
                    added.add(after);
                } else {
                    compare(path + "[" + id + "]", before, after, out);
                }
            }
            if (!removed.isEmpty() || !added.isEmpty()) {
                out.add(new Change(path, null, null, removed, added));
            }
        } else if (anyContainer(a) || anyContainer(b)) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else {
            List<JsonNode> removed = new ArrayList<>();
            a.forEach(e -> {
                if (!contains(b, e)) {
                    removed.add(e);
                }
            });
            List<JsonNode> added = new ArrayList<>();
            b.forEach(e -> {
                if (!contains(a, e)) {
                    added.add(e);
                }
            });
            if (!removed.isEmpty() || !added.isEmpty()) {
                out.add(new Change(path, null, null, removed, added));
            }
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean allHaveIds(JsonNode list) {
        if (list.isEmpty()) {
            return true;
        }
        for (JsonNode e : list) {
            if (!e.isObject() || e.get("id") == null || !e.get("id").isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyContainer(JsonNode list) {
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            if (it.next().isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode e : list) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode e : list) {
            if (e.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
