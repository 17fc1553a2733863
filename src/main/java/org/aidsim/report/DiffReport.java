package org.aidsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code diff} found: the fields in which two runs' JSON documents differ.
 *
 * @param base    the first run's scenario file, as given
 * @param changed the second run: its file, and the --with and --set options applied
 * @param rules   the rules folder both runs read, as {@link org.aidsim.engine.RuleSet#shownAs()} names it
 */
public record DiffReport(String base, String changed, String rules, List<DocumentDiff.Change> changes) implements Report {
    public DiffReport {
        changes = List.copyOf(changes);
    }

    /** "--- BASE", "+++ CHANGED", then one line per changed value or list entry and the count of fields. */
    @Override
    public String text() {
        StringBuilder out = new StringBuilder("--- " + base + "\n+++ " + changed + "\n");
        out.append("(both runs: ").append(TextReporter.rulesLabel(rules)).append(")\n");
        if (changes.isEmpty()) {
            return out.append("no differences\n").toString();
        }
        for (DocumentDiff.Change c : changes) {
            if (c.isListChange()) {
                c.removed().forEach(v -> out.append(c.path()).append(": - ").append(shown(v)).append('\n'));
                c.added().forEach(v -> out.append(c.path()).append(": + ").append(shown(v)).append('\n'));
            } else {
                out.append(c.path()).append(": ").append(shown(c.before())).append(" -> ").append(shown(c.after())).append('\n');
            }
        }
        int fields = changes.size();
        return out.append(fields == 1 ? "1 field differs\n" : fields + " fields differ\n").toString();
    }

    /** {"base", "changed", "rules", "changes": [{"path", "before", "after"} or {"path", "removed", "added"}]}. */
    @Override
    public List<Map<String, Object>> documents() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("base", base);
        doc.put("changed", changed);
        doc.put("rules", rules);
        List<Map<String, Object>> list = new ArrayList<>();
        for (DocumentDiff.Change c : changes) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("path", c.path());
            if (c.isListChange()) {
                change.put("removed", c.removed());
                change.put("added", c.added());
            } else {
                change.put("before", c.before().isMissingNode() ? null : c.before());
                change.put("after", c.after().isMissingNode() ? null : c.after());
            }
            list.add(change);
        }
        doc.put("changes", list);
        return List.of(doc);
    }

    private static String shown(JsonNode value) {
        if (value.isMissingNode()) {
            return "(absent)";
        }
        if (value.isObject() && value.has("id") && value.has("name") && value.has("source")) {
            return value.get("name").asText();   // a fired rule reads as the sentence it states
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
