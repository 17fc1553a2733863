package org.aidsim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.Scenario;

/**
 * The head of a pivots or sweep report: the scenario, the rules folder that decided it, the date decisions are taken
 * on, and the notes on what was read otherwise than written (printed under the report, as {@code run} does).
 *
 * @param rules the rules folder as {@link org.aidsim.engine.RuleSet#shownAs()} names it
 */
public record Header(Scenario scenario, String rules, DecisionDateNote decided, List<String> notes) {
    public Header {
        notes = List.copyOf(notes);
    }

    /** "NAME", "  FILE{detail} · rules from rules/", "  decisions on ...", one line each. */
    void text(String detail, StringBuilder out) {
        out.append(scenario.name()).append('\n');
        out.append("  ").append(scenario.file()).append(detail).append(" · ").append(TextReporter.rulesLabel(rules)).append('\n');
        out.append("  ").append(decided.line()).append('\n');
    }

    /** The JSON fields "scenario", "file", "rules", "notes" and those of {@link DecisionDateNote#putInto}. */
    Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("scenario", scenario.name());
        doc.put("file", scenario.file());
        doc.put("rules", rules);
        doc.put("notes", notes);
        decided.putInto(doc);
        return doc;
    }
}
