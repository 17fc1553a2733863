package org.aidsim.tester;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aidsim.model.Expectation;
import org.aidsim.model.Mismatch;
import org.aidsim.report.DocumentDiff;

/**
 * Matches a part of an output document (what a scenario expects) against the whole (what the run printed), field by
 * field, knowing nothing of what the fields mean, so a field a later feature adds to the output can be expected with
 * no change here. What the expected part states:
 * <ul>
 * <li>a mapping: each field it names must match the output's field of that name;</li>
 * <li>a mapping where the output has a list of objects with an {@code id}: each key names the object to match
 *     ({@code tranches: {windfall-2024: {...}}}); a list of objects with ids matches the same way;</li>
 * <li>{@code rules}: each entry must be among the rules fired, as a plain name or as an object whose {@code id} or
 *     {@code name} it equals; other rules may have fired too;</li>
 * <li>any other list of plain values (blockers, exempt, members): the same set of values as the output's, compared
 *     as {@link DocumentDiff} compares such lists;</li>
 * <li>a plain value: equal; two decimal numbers, or decimal strings as money is printed, are equal by value
 *     ("10500000" and "10500000.00").</li>
 * </ul>
 * Each difference is a {@link Mismatch} named by its path from the expect block, such as
 * {@code ukraine-facility.tranches.windfall-2024.status}.
 */
final class PartialMatch {
    private static final String ID = "id";

    private PartialMatch() {
    }

    /** Adds to {@code out} each way {@code actual} differs from {@code expected}; {@code actual} may be null (absent). */
    static void match(String path, JsonNode expected, JsonNode actual, List<Mismatch> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(new Mismatch(path, shown(expected), "nothing: the output has no such field"));
        } else if (expected.isObject() && actual.isArray() && hasIds(actual)) {
            expected.fields().forEachRemaining(e -> matchById(path, e.getKey(), e.getValue(), actual, out));
        } else if (expected.isObject() && actual.isObject()) {
            expected.fields().forEachRemaining(e -> {
                String here = join(path, e.getKey());
                if (Expectation.RULES.equals(e.getKey()) && e.getValue().isArray() && actual.get(e.getKey()) != null) {
                    rulesFired(here, e.getValue(), actual.get(e.getKey()), out);
                } else if (actual.get(e.getKey()) == null) {
                    out.add(new Mismatch(here, shown(e.getValue()), "nothing: the output has no field '" + e.getKey()
                            + "' here; its fields: " + fieldNames(actual)));
                } else {
                    match(here, e.getValue(), actual.get(e.getKey()), out);
                }
            });
        } else if (expected.isArray() && actual.isArray() && hasIds(expected) && !expected.isEmpty()) {
            expected.forEach(e -> matchById(path, e.get(ID).asText(), e, actual, out));
        } else if (!sameValue(expected, actual)) {
            out.add(new Mismatch(path, shown(expected), shown(actual)));
        }
    }

    private static void matchById(String path, String id, JsonNode expected, JsonNode actual, List<Mismatch> out) {
        String here = join(path, id);
        for (JsonNode element : actual) {
            if (element.isObject() && element.path(ID).asText().equals(id)) {
                match(here, expected, element, out);
                return;
            }
        }
        List<String> ids = new ArrayList<>();
        actual.forEach(element -> ids.add(element.path(ID).asText()));
        out.add(new Mismatch(here, shown(expected), "nothing: the output has no entry with id '" + id + "'; ids: "
                + (ids.isEmpty() ? "none" : String.join(", ", ids))));
    }

    /** A subset: each expected entry names a rule that fired, by the plain name or by the object's id or name. */
    private static void rulesFired(String path, JsonNode expected, JsonNode fired, List<Mismatch> out) {
        List<String> missing = new ArrayList<>();
        expected.forEach(e -> {
            if (!contains(fired, e.asText())) {
                missing.add("\"" + e.asText() + "\"");
            }
        });
        if (!missing.isEmpty()) {
            out.add(new Mismatch(path, String.join(", ", missing) + " fired", "not fired"));
        }
    }

    private static boolean contains(JsonNode fired, String rule) {
        for (JsonNode f : fired) {
            boolean named = f.isObject() ? rule.equals(f.path(ID).asText(null)) || rule.equals(f.path("name").asText(null))
                    : rule.equals(f.asText());
            if (named) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isArray() && actual.isArray()) {
            return DocumentDiff.between(expected, actual).isEmpty();
        }
        BigDecimal e = decimal(expected);
        BigDecimal a = decimal(actual);
        if (e != null && a != null) {
            return e.compareTo(a) == 0;
        }
        return expected.equals(actual);
    }

    /** The value as a number when it is one, or a string holding one (money prints as "10500000"); else null. */
    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(node.asText());
        }
        return null;
    }

    private static boolean hasIds(JsonNode list) {
        for (JsonNode e : list) {
            if (!e.isObject() || !e.path(ID).isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** As the summary prints a value: true, adopted, [HU, SK], {euros: 10500000, items: 0}. */
    static String shown(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(e -> items.add(shown(e)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.add(e.getKey() + ": " + shown(e.getValue()));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    private static String fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
