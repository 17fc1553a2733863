package org.aidsim.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.model.Scenario;

/**
 * pivots and sweep decide every profile on one date (the scenario's own, or with --as-of the last timeline date up
 * to it, its events applied) and do not play the timeline after it the way {@code run} does (re-proposals, members
 * joining a coalition later). This says so, in text and JSON, so a verdict that differs from a plain {@code run}
 * is not mistaken for a contradiction.
 */
public record DecisionDateNote(LocalDate decidedOn, LocalDate asOf, List<LocalDate> notPlayed) {
    public static final String HELP = "Decisions are taken on the scenario's date: later timeline events (re-proposals, "
            + "members joining or leaving a coalition, disbursement dates) are not played, so a verdict can differ "
            + "from 'run', which plays them. --as-of DATE decides on the timeline as it stands on DATE, as "
            + "'run --as-of DATE' does.";

    public static DecisionDateNote of(Scenario decided, LocalDate asOf) {
        return new DecisionDateNote(decided.date(), asOf, IncrementalEvaluator.datesNotPlayed(decided));
    }

    /** "decisions on 2023-12-14, the scenario's date; later events (...) are not played: ...", one line. */
    String line() {
        String on = "decisions on " + decidedOn + (asOf == null ? ", the scenario's date"
                : ", the last timeline date up to --as-of " + asOf + ", after its events");
        if (notPlayed.isEmpty()) {
            return on;
        }
        return on + "; later events (" + (notPlayed.size() == 1 ? "1 date" : notPlayed.size() + " dates") + " to "
                + notPlayed.get(notPlayed.size() - 1) + ") are not played: use --as-of DATE to play them";
    }

    /** JSON fields: "decidedOn", "asOf" (null without --as-of) and "datesNotPlayed". */
    void putInto(Map<String, Object> doc) {
        doc.put("decidedOn", decidedOn.toString());
        doc.put("asOf", asOf == null ? null : asOf.toString());
        doc.put("datesNotPlayed", notPlayed.stream().map(LocalDate::toString).toList());
    }
}
