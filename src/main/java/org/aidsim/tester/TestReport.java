package org.aidsim.tester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.report.CheckReport;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Report;
import org.aidsim.tester.ScenarioRunner.Errored;
import org.aidsim.tester.ScenarioRunner.Failed;
import org.aidsim.tester.ScenarioRunner.Invalid;
import org.aidsim.tester.ScenarioRunner.Passed;
import org.aidsim.tester.ScenarioRunner.Skipped;
import org.aidsim.tester.ScenarioRunner.Unread;

/**
 * What {@code test} found, rendered as the other reports are. It lives beside the runner rather than in report/
 * because it reads the runner's verdicts, and report/ does not depend on tester/. JSON: one document {"rules",
 * "scenarios": [verdict...], "counts": {"passed", "failed", "errors", "skipped"}}, plus "coverage": {"rules",
 * "fired", "neverFired"} when coverage was asked for; JSON Lines: one verdict per scenario file. Field order is
 * fixed here, so output is byte-identical run to run.
 *
 * @param rules    how the rules folder is named
 * @param verdicts each scenario file's verdict, in the order judged
 * @param summary  the counts
 * @param coverage the rules that fired across the run, or null when not asked for
 * @param text     the text form, composed by the command (it depends on -v and --fail-under)
 */
public record TestReport(String rules, List<ScenarioRunner.Verdict> verdicts, TestSummary summary,
                         RuleCoverage coverage, String text) implements Report {
    public TestReport {
        verdicts = List.copyOf(verdicts);
    }

    @Override
    public List<?> documents() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rules", rules);
        doc.put("scenarios", lines());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("passed", summary.passed());
        counts.put("failed", summary.failed());
        counts.put("errors", summary.errors());
        counts.put("skipped", summary.skipped());
        doc.put("counts", counts);
        if (coverage != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("rules", coverage.rules().size());
            c.put("fired", coverage.fired().size());
            c.put("neverFired", coverage.neverFired());
            doc.put("coverage", c);
        }
        return List.of(doc);
    }

    /** One verdict per scenario file. */
    @Override
    public List<?> lines() {
        return verdicts.stream().map(TestReport::verdict).toList();
    }

    /**
     * One test verdict: {"file", "scenario", "status", "mismatches", "problems", "error"}; status is passed, failed,
     * invalid (the file cannot be used), error (the run failed), skipped (left out by -k) or unread (left out by -k,
     * and not readable to match its name).
     */
    static Map<String, Object> verdict(ScenarioRunner.Verdict v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", CheckReport.shown(v.file()));
        out.put("scenario", v instanceof Invalid || v instanceof Unread ? null : v.name());
        out.put("status", status(v));
        out.put("mismatches", v instanceof Failed f ? f.mismatches().stream().map(JsonReporter::mismatch).toList() : List.of());
        out.put("problems", v instanceof Invalid i ? CheckReport.problems(i.problems())
                : v instanceof Unread u ? CheckReport.problems(u.problems()) : List.of());
        out.put("error", v instanceof Errored e ? e.message() : null);
        return out;
    }

    private static String status(ScenarioRunner.Verdict v) {
        if (v instanceof Passed) {
            return "passed";
        }
        if (v instanceof Failed) {
            return "failed";
        }
        if (v instanceof Invalid) {
            return "invalid";
        }
        if (v instanceof Errored) {
            return "error";
        }
        return v instanceof Skipped ? "skipped" : "unread";
    }
}
