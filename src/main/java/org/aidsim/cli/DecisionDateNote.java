package org.aidsim.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.model.Scenario;

/**
 * pivots and sweep decide every profile on the scenario's own date: their evaluator does not play the timeline
 * that {@code run} plays (re-proposals, members joining a coalition later). This says so, in text and JSON, so a
 * verdict that differs from {@code run} is not mistaken for a contradiction.
 */
record DecisionDateNote(LocalDate decidedOn, List<LocalDate> notPlayed) {
    static final String HELP = "Decisions are taken on the scenario's date: later timeline events (re-proposals, "
            + "members joining or leaving a coalition, disbursement dates) are not played, so a verdict can differ "
            + "from 'run', which plays them. To look at a later date, use --set date=YYYY-MM-DD (or run --as-of).";

    static DecisionDateNote of(Scenario scenario) {
        return new DecisionDateNote(scenario.date(), IncrementalEvaluator.datesNotPlayed(scenario));
    }

    /** "decisions on 2023-12-14, the scenario's date; later events are not played: ...", one line. */
    String line() {
        String on = "decisions on " + decidedOn + ", the scenario's date";
        if (notPlayed.isEmpty()) {
            return on;
        }
        return on + "; later events (" + (notPlayed.size() == 1 ? "1 date" : notPlayed.size() + " dates") + " to "
                + notPlayed.get(notPlayed.size() - 1) + ") are not played: use --set date=... or run --as-of";
    }

    /** JSON fields: "decidedOn" and "datesNotPlayed". */
    void putInto(Map<String, Object> doc) {
        doc.put("decidedOn", decidedOn.toString());
        doc.put("datesNotPlayed", notPlayed.stream().map(LocalDate::toString).toList());
    }
}
