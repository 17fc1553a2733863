package org.aidsim.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Position;
import org.aidsim.model.RuleBook;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.StageResult;
import org.aidsim.model.Vote;

/**
 * The text of packages decided in stages: a stage table under the package table for each staged package, and for
 * {@code --explain} each stage in order with its votes, reasons and the rules that fired for its ballot. Nothing for
 * a package decided once, so those reports stay as they were.
 */
final class StageText {
    private StageText() {
    }

    /**
     * "ukraine-facility, in stages:" and a table STAGE, FORUM, RULE, DATE, OUTCOME, BLOCKERS, REASON per staged package;
     * an implementing stage's id is followed by "(implementing)".
     */
    static void tables(ScenarioResult result, StringBuilder out) {
        for (PackageResult p : result.packages()) {
            if (!p.staged()) {
                continue;
            }
            out.append('\n').append("  ").append(p.id()).append(", in stages:\n");
            Table table = new Table("STAGE", "FORUM", "RULE", "DATE", "OUTCOME", "BLOCKERS", "REASON");
            for (StageResult s : p.stages()) {
                table.row(s.stage().implementing() ? s.id() + " (implementing)" : s.id(), s.stage().forum(), s.stage().rule().word(), s.date() == null ? "-" : s.date().toString(),
                        s.outcome().toUpperCase(java.util.Locale.ROOT),
                        s.blockers().isEmpty() ? "-" : TextReporter.codes(s.blockers()), String.join("; ", s.reasons()));
            }
            out.append(table.render("    "));
        }
    }

    /** Under a staged package's --explain: each stage in the order written, with the rules fired for its ballot. */
    static void explain(PackageResult p, ScenarioResult result, RuleBook book, StringBuilder out) {
        for (StageResult s : p.stages()) {
            out.append("    stage ").append(s.id()).append(": ");
            if (s.stage().implementing()) {
                out.append("implementing decision (gates only the tranches naming it), ");
            }
            out.append(s.stage().forum()).append(", ").append(s.stage().rule().word());
            if (!s.stage().after().isEmpty()) {
                out.append(", after ").append(String.join(", ", s.stage().after()));
            }
            out.append(s.date() == null ? ", never decided" : ", due on " + s.date());
            if (s.stage().deadline() != null) {
                out.append(", deadline ").append(s.stage().deadline());
            }
            out.append(": ").append(s.outcome()).append('\n');
            Map<Position, List<CountryCode>> byPosition = new TreeMap<>();
            for (Vote v : s.votes()) {
                byPosition.computeIfAbsent(v.position(), k -> new java.util.ArrayList<>()).add(v.member());
            }
            byPosition.forEach((position, members) -> out.append("      ").append(position.word()).append(": ")
                    .append(members.size()).append("  ").append(TextReporter.codes(members)).append('\n'));
            s.reasons().forEach(r -> out.append("      reason: ").append(r).append('\n'));
            out.append("      rules fired for this stage, in order:\n");
            TextReporter.steps(result.traceOf(s.stage().ballotId()), book, out);
        }
    }
}
