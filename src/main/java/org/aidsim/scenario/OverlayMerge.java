package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Deep-merges one overlay onto a scenario tree: mappings merge key by key, lists whose entries all carry an
 * {@code id} (packages, coalitions, and any such list a later feature adds) merge entry by entry on that id, lists
 * whose entries have no id but all carry a {@code country} (a coalition's members) merge on the country, and
 * anything else is replaced. Every merged value remembers the overlay line it came from.
 */
final class OverlayMerge {
    private final DocumentReader.Tree overlay;
    private final Overrides.Attribution attribution;
    private final List<Problem> problems;

    OverlayMerge(DocumentReader.Tree overlay, Overrides.Attribution attribution, List<Problem> problems) {
        this.overlay = overlay;
        this.attribution = attribution;
        this.problems = problems;
    }

    void merge(ObjectNode root) {
        JsonNode packages = overlay.root().get("packages");
        if (packages != null && packages.isArray()) {
            for (int j = 0; j < packages.size(); j++) {
                if (id(packages.get(j)) == null) {
                    problems.add(overlay.problem(FieldPath.ROOT.field("packages").index(j),
                            "each package in an overlay needs the id of the package it changes; the scenario's packages: "
                                    + ids(root.get("packages"))));
                }
            }
        }
        if (problems.isEmpty()) {
            mergeObject(root, (ObjectNode) overlay.root(), FieldPath.ROOT, FieldPath.ROOT);
        }
    }

    private void mergeObject(ObjectNode target, ObjectNode changes, FieldPath at, FieldPath from) {
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode change = field.getValue();
            JsonNode existing = target.get(name);
            if (existing instanceof ObjectNode object && change.isObject()) {
                mergeObject(object, (ObjectNode) change, at.field(name), from.field(name));
            } else if (existing instanceof ArrayNode list && change.isArray() && keyOf(change) != null
                    && keyOf(change).equals(keyOf(list))) {
                mergeByKey(list, change, keyOf(list), at.field(name), from.field(name));
            } else {
                target.set(name, change.deepCopy());
                attribute(at.field(name), from.field(name));
            }
        }
    }

    private void mergeByKey(ArrayNode target, JsonNode changes, String key, FieldPath at, FieldPath from) {
        for (int j = 0; j < changes.size(); j++) {
            JsonNode change = changes.get(j);
            int i = indexOf(target, key, text(change, key));
            if (i >= 0) {
                mergeObject((ObjectNode) target.get(i), (ObjectNode) change, at.index(i), from.index(j));
            } else if (at.equals(FieldPath.ROOT.field("packages")) && !change.has("forum")) {
                problems.add(overlay.problem(from.index(j).field("id"), "no package '" + id(change) + "' in "
                        + attribution.baseFile() + " (its packages: " + ids(target)
                        + "); to add a package, give its forum as well"));
            } else {
                target.add(change.deepCopy());
                attribute(at.index(target.size() - 1), from.index(j));
            }
        }
    }

    private void attribute(FieldPath at, FieldPath from) {
        attribution.from(at, overlay.file(), overlay.index(), from);
    }

    /** The field a list's entries are matched on: "id" when every entry has one, else "country"; null for neither. */
    private static String keyOf(JsonNode list) {
        for (String key : List.of("id", "country")) {
            boolean all = true;
            for (JsonNode entry : list) {
                all &= text(entry, key) != null;
            }
            if (all) {
                return key;
            }
        }
        return null;
    }

    private static int indexOf(ArrayNode list, String key, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(text(list.get(i), key))) {
                return i;
            }
        }
        return -1;
    }

    static String id(JsonNode entry) {
        return text(entry, "id");
    }

    private static String text(JsonNode entry, String key) {
        JsonNode value = entry == null || !entry.isObject() ? null : entry.get(key);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    static String ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(p -> {
                if (id(p) != null) {
                    out.add(id(p));
                }
            });
        }
        return out.isEmpty() ? "none" : String.join(", ", out.stream().sorted().toList());
    }
}
