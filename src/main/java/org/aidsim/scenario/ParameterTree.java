package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aidsim.model.Parameter;
import org.aidsim.model.Parameters;
import org.aidsim.model.Ratio;

/**
 * Reads the {@code parameters:} tree of parameters.yaml: branches are mappings of names, a leaf is a mapping with
 * {@code description}, {@code reference}, {@code link} and {@code values} (a value by the ISO date from which it is
 * in force). Every problem is located by its field path: an unknown key, a value without a date, a missing reference.
 */
final class ParameterTree {
    private static final Set<String> LEAF_KEYS = Set.of("description", "reference", "link", "values");
    private static final String LEAF_FORM = "a parameter is {description, reference, link, values: {YYYY-MM-DD: VALUE}}";

    private ParameterTree() {
    }

    /** The tree's leaves by path; problems go to {@code problems}, and their leaves are left out. */
    static Parameters read(JsonNode tree, Problems problems) {
        FieldPath at = FieldPath.ROOT.field("parameters");
        Map<String, Parameter> leaves = new TreeMap<>();
        if (tree == null || !tree.isObject() || tree.isEmpty()) {
            problems.add(at, "expected the parameter tree the rules read, such as qmv: {members: {" + LEAF_FORM.substring(15) + "}}");
            return new Parameters(leaves);
        }
        branch(tree, "", at, leaves, problems);
        return new Parameters(leaves);
    }

    private static void branch(JsonNode node, String path, FieldPath at, Map<String, Parameter> leaves, Problems problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            FieldPath here = at.field(name);
            String childPath = path.isEmpty() ? name : path + "." + name;
            JsonNode child = e.getValue();
            if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                problems.addAtKey(here, "'" + name + "' is not a parameter name; expected lower-case words joined by hyphens");
            } else if (child == null || !child.isObject() || child.isEmpty()) {
                problems.add(here, "expected a group of parameters or " + LEAF_FORM);
            } else if (child.has("values") || LEAF_KEYS.containsAll(fieldNames(child))) {
                leaf(child, childPath, here, problems).ifPresent(p -> leaves.put(childPath, p));
            } else {
                branch(child, childPath, here, leaves, problems);
            }
        }
    }

    private static java.util.Optional<Parameter> leaf(JsonNode node, String path, FieldPath at, Problems problems) {
        boolean ok = true;
        for (String key : fieldNames(node)) {
            if (!LEAF_KEYS.contains(key)) {
                problems.addAtKey(at.field(key), "unknown key '" + key + "'; " + LEAF_FORM);
                ok = false;
            }
        }
        for (String key : List.of("description", "reference", "link")) {
            JsonNode text = node.get(key);
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                problems.add(at, "no " + key + "; " + LEAF_FORM
                        + (key.equals("link") ? " (link: where the article can be read, such as its EUR-Lex address)" : ""));
                ok = false;
            }
        }
        JsonNode values = node.get("values");
        TreeMap<LocalDate, String> byDate = new TreeMap<>();
        if (values == null || !values.isObject() || values.isEmpty()) {
            problems.add(at.field("values"), "expected values by the date from which each is in force, such as {2014-11-01: 55/100}");
            return java.util.Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath here = at.field("values").field(e.getKey());
            String value = e.getValue() == null || e.getValue().isContainerNode() ? null : e.getValue().asText();
            try {
                LocalDate from = LocalDate.parse(e.getKey());
                String problem = problemWith(value);
                if (problem != null) {
                    problems.add(here, problem);
                    ok = false;
                } else {
                    byDate.put(from, value.trim());
                }
            } catch (DateTimeParseException x) {
                problems.addAtKey(here, "'" + e.getKey() + "' is not a date; each value is keyed by the date from which"
                        + " it is in force, as YYYY-MM-DD (2014-11-01: " + (value == null ? "55/100" : value) + ")");
                ok = false;
            }
        }
        return ok ? java.util.Optional.of(new Parameter(path, node.get("description").asText(),
                node.get("reference").asText(), node.get("link").asText(), byDate)) : java.util.Optional.empty();
    }

    /** Why {@code value} is not a parameter value (a fraction from 0 to 1, or a whole number), or null when it is one. */
    static String problemWith(String value) {
        if (value != null && (Ratio.parse(value).isPresent() || value.trim().matches("\\d{1,9}"))) {
            return null;
        }
        return "'" + value + "' is not a parameter value; expected a fraction from 0 to 1 such as 55/100, 1/3 or 0.65,"
                + " or a whole number such as 15";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
