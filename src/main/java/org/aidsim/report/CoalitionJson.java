package org.aidsim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Contribution;
import org.aidsim.model.Firing;
import org.aidsim.model.RuleBook;

/** One coalition as JSON, fields in a fixed order: id, active, leads, members, pledged, target, targetMet, reasons. */
final class CoalitionJson {
    private CoalitionJson() {
    }

    static Map<String, Object> of(CoalitionResult c, List<Firing> trace, RuleBook book) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("title", c.coalition().title());
        out.put("active", c.active());
        out.put("leads", JsonReporter.codes(c.leads()));
        out.put("members", JsonReporter.codes(c.members()));
        out.put("pledged", contribution(c.pledged()));
        out.put("target", c.coalition().target() == null ? null : contribution(c.coalition().target()));
        out.put("targetMet", c.targetMet());
        out.put("reasons", c.reasons());
        out.put("rules", JsonReporter.rules(c.rulesFired(), book));
        if (trace != null) {
            out.put("trace", JsonReporter.trace(trace, book));
        }
        return out;
    }

    /** {"euros": "10500000", "items": 0}: euros as an exact decimal string, like package amounts. */
    private static Map<String, Object> contribution(Contribution c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("euros", c.euros().plain());
        out.put("items", c.items());
        return out;
    }
}
