package org.aidsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Exemption;
import org.aidsim.model.Firing;
import org.aidsim.model.RuleBook;
import org.aidsim.model.RuleRef;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.model.Vote;

/** The table a person reads: one row per package, then (with --explain) the votes, reasons and rule trace. */
public final class TextReporter implements Reporter {

    @Override
    public String render(List<Run> runs, boolean explain) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            renderRun(runs.get(i), explain, out);
        }
        return out.toString();
    }

    private void renderRun(Run run, boolean explain, StringBuilder out) {
        ScenarioResult result = run.result();
        Scenario s = result.scenario();
        out.append(s.name()).append('\n');
        out.append("  ").append(s.file()).append(" · ").append(s.date());
        if (!result.disbursement().asOf().equals(s.date())) {
            out.append(" · as of ").append(result.disbursement().asOf());
        }
        if (!result.rules().isEmpty()) {
            out.append(" · ").append(rulesLabel(result.rules()));
        }
        out.append("\n\n");
        Table table = new Table("PACKAGE", "FORUM", "RULE", "OUTCOME", "BLOCKERS", "REASON");
        for (PackageResult p : result.packages()) {
            table.row(p.id(), p.aidPackage().forum(), p.aidPackage().rule().word(), p.verdict().name(),
                    p.blockers().isEmpty() ? "-" : codes(p.blockers()), String.join("; ", p.reasons()));
        }
        if (!result.packages().isEmpty()) {
            out.append(table.render("  "));
        }
        StageText.tables(result, out);
        for (PackageResult p : result.packages()) {
            for (Exemption e : p.exemptions()) {
                out.append("  ").append(p.id()).append(": ").append(e.member()).append(" exempt, ").append(e.reason()).append('\n');
            }
            CoalitionText.dependencies(p, out);
        }
        CoalitionText.table(result, explain, out);
        DisbursementText.render(result, out);
        CostShareText.render(result, out);
        notes(result.notes(), out);
        if (explain) {
            result.packages().forEach(p -> {
                explain(p, result.traceOf(p.id()), result.ruleBook(), out);
                StageText.explain(p, result, result.ruleBook(), out);
            });
        }
        if (s.hasExpectations()) {
            out.append('\n');
            if (!run.expectChecked()) {
                out.append("  expect: not checked (this run changes the scenario with --set/--with/--as-of)\n");
            } else if (run.mismatches().isEmpty()) {
                out.append("  expect: all ").append(expectationCount(s)).append(" expectations met\n");
            } else {
                out.append("  expect: NOT MET\n");
                run.mismatches().forEach(m -> out.append("    ").append(m).append('\n'));
            }
        }
    }

    private void explain(PackageResult p, List<Firing> trace, RuleBook book, StringBuilder out) {
        out.append('\n').append("  ").append(p.id()).append(" - ").append(p.aidPackage().title()).append('\n');
        out.append("    ").append(p.aidPackage().forum()).append(", ").append(p.aidPackage().rule().word())
                .append(", participation ").append(p.aidPackage().participation().word());
        if (p.aidPackage().amount() != null) {
            out.append(", ").append(p.aidPackage().amount().human());
        }
        out.append('\n');
        Map<Position, List<CountryCode>> byPosition = new TreeMap<>();
        for (Vote v : p.votes()) {
            byPosition.computeIfAbsent(v.position(), k -> new java.util.ArrayList<>()).add(v.member());
        }
        if (p.count() != null) {
            out.append("    count: ").append(p.count().inFavour()).append(" for, ").append(p.count().against())
                    .append(" against, ").append(p.count().abstain()).append(" abstaining, ").append(p.count().absent())
                    .append(" absent, of ").append(p.count().seats()).append(" component members\n");
        }
        byPosition.forEach((position, members) -> out.append("    ").append(pad(position.word() + ":", 22))
                .append(members.size()).append("  ").append(codes(members)).append('\n'));
        p.votes().stream().filter(v -> !"declared".equals(v.basis())).forEach(v ->
                out.append("    ").append(v.member()).append(" ").append(v.position().word()).append(": ").append(v.basis()).append('\n'));
        p.reasons().forEach(r -> out.append("    reason: ").append(r).append('\n'));
        out.append("    rules fired, in order:\n");
        steps(trace, book, out);
    }

    /**
     * The "notes:" block: every place the run read its input otherwise than written, which a person must see
     * without --explain. Nothing when there is none.
     */
    public static void notes(List<String> notes, StringBuilder out) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("\n  notes:\n");
        notes.forEach(n -> out.append("    - ").append(n).append('\n'));
    }

    /** How a text header names the rules folder: "rules from rules/", or "rules packaged in aidsim 0.1.0" as is. */
    public static String rulesLabel(String rules) {
        return rules.startsWith("rules packaged in ") ? rules : "rules from " + rules;
    }

    /** "1 package", "1 package and 2 coalition": what an expect block states. */
    private static String expectationCount(Scenario s) {
        String packages = s.expectations().size() + " package";
        return s.coalitionExpectations().isEmpty() ? packages
                : (s.expectations().isEmpty() ? "" : packages + " and ") + s.coalitionExpectations().size() + " coalition";
    }

    /**
     * The trace as numbered steps, consecutive firings of one rule folded into one line with their members, each
     * followed by the rule's id and source ("why"), so a reader can check the rule against its article.
     */
    static void steps(List<Firing> trace, RuleBook book, StringBuilder out) {
        int step = 0;
        for (int i = 0; i < trace.size(); ) {
            Firing first = trace.get(i);
            int j = i;
            java.util.TreeSet<CountryCode> members = new java.util.TreeSet<>();
            while (j < trace.size() && trace.get(j).rule().equals(first.rule())) {
                members.addAll(trace.get(j).members());
                j++;
            }
            out.append("    ").append(String.format(Locale.ROOT, "%3d. ", ++step)).append(first.rule());
            if (j - i > 1) {
                out.append("  x").append(j - i);
            }
            if (!members.isEmpty() && members.size() <= 6) {
                out.append("  (").append(codes(List.copyOf(members))).append(')');
            }
            out.append('\n');
            RuleRef rule = book.of(first.rule());
            out.append("           ").append(rule.id() == null ? "(no id)" : rule.id()).append(": ")
                    .append(rule.source() == null ? "no source given" : rule.source()).append('\n');
            i = j;
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    static String codes(List<CountryCode> codes) {
        return codes.stream().map(CountryCode::code).collect(Collectors.joining(" "));
    }
}
