package org.aidsim.report;

import java.util.List;
import org.aidsim.model.CoalitionResult;
import org.aidsim.model.Dependency;
import org.aidsim.model.Firing;
import org.aidsim.model.PackageResult;
import org.aidsim.model.RuleBook;
import org.aidsim.model.ScenarioResult;

/** The coalition part of the text report: a table of coalitions, their members and reasons, and dependencies. */
final class CoalitionText {
    private CoalitionText() {
    }

    static void table(ScenarioResult result, boolean explain, StringBuilder out) {
        if (result.coalitions().isEmpty()) {
            return;
        }
        if (!result.packages().isEmpty()) {
            out.append('\n');
        }
        Table table = new Table("COALITION", "ACTIVE", "LEADS", "MEMBERS", "PLEDGED", "TARGET");
        for (CoalitionResult c : result.coalitions()) {
            table.row(c.id(), c.active() ? "yes" : "no", c.leads().isEmpty() ? "-" : TextReporter.codes(c.leads()),
                    String.valueOf(c.members().size()), c.pledged().isNone() ? "-" : c.pledged().human(), target(c));
        }
        out.append(table.render("  "));
        for (CoalitionResult c : result.coalitions()) {
            out.append("  ").append(c.id()).append(" members: ")
                    .append(c.members().isEmpty() ? "none" : TextReporter.codes(c.members())).append('\n');
            c.reasons().forEach(r -> out.append("  ").append(c.id()).append(": ").append(r).append('\n'));
            if (explain) {
                rules(result.traceOfCoalition(c.id()), result.ruleBook(), out);
            }
        }
    }

    static void dependencies(PackageResult p, StringBuilder out) {
        for (Dependency d : p.dependencies()) {
            out.append("  ").append(p.id()).append(": ").append(d.reason()).append('\n');
        }
    }

    private static String target(CoalitionResult c) {
        if (c.targetMet() == null) {
            return c.coalition().hasTarget() ? "undecided" : "-";
        }
        return (c.targetMet() ? "met, " : "missed, ") + c.coalition().target().human();
    }

    private static void rules(List<Firing> trace, RuleBook book, StringBuilder out) {
        out.append("    rules fired, in order:\n");
        TextReporter.steps(trace, book, out);
    }
}
