package org.aidsim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidsim.report.JsonReporter;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Problem;
import org.aidsim.tester.RuleCoverage;
import org.aidsim.tester.ScenarioRunner;
import org.aidsim.tester.ScenarioRunner.Errored;
import org.aidsim.tester.ScenarioRunner.Failed;
import org.aidsim.tester.ScenarioRunner.Invalid;
import org.aidsim.tester.ScenarioRunner.Passed;
import org.aidsim.tester.ScenarioRunner.Skipped;
import org.aidsim.tester.ScenarioRunner.Unread;
import org.aidsim.tester.TestSummary;

/**
 * What {@code test} and {@code check} print for programs: one object per scenario file, and for {@code --format
 * json} a document holding them with the counts. Field order is fixed here, so output is byte-identical run to run.
 */
final class MachineReports {
    private MachineReports() {
    }

    /**
     * One test verdict: {"file", "scenario", "status", "mismatches", "problems", "error"}; status is passed, failed,
     * invalid (the file cannot be used), error (the run failed), skipped (left out by -k) or unread (left out by -k,
     * and not readable to match its name).
     */
    static Map<String, Object> verdict(ScenarioRunner.Verdict v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", shown(v.file()));
        out.put("scenario", v instanceof Invalid || v instanceof Unread ? null : v.name());
        out.put("status", status(v));
        out.put("mismatches", v instanceof Failed f ? f.mismatches().stream().map(JsonReporter::mismatch).toList() : List.of());
        out.put("problems", v instanceof Invalid i ? problems(i.problems()) : v instanceof Unread u ? problems(u.problems()) : List.of());
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

    /**
     * The test run as one document: {"rules", "scenarios": [verdict...], "counts": {"passed", "failed", "errors",
     * "skipped"}}, and "coverage": {"rules", "fired", "neverFired"} when {@code coverage} is not null.
     */
    static Map<String, Object> testDocument(String rules, List<ScenarioRunner.Verdict> verdicts, TestSummary summary,
            RuleCoverage coverage) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rules", rules);
        doc.put("scenarios", verdicts.stream().map(MachineReports::verdict).toList());
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
        return doc;
    }

    /** One checked file: {"file", "valid", "problems": [{"file", "line", "column", "field", "message"}]}. */
    static Map<String, Object> checked(Path file, List<Problem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", shown(file));
        out.put("valid", problems.isEmpty());
        out.put("problems", problems(problems));
        return out;
    }

    /** The check as one document: {"rules", "ruleCount", "files": [checked...], "counts": {"valid", "invalid"}}. */
    static Map<String, Object> checkDocument(String rules, int ruleCount, List<Map<String, Object>> files) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rules", rules);
        doc.put("ruleCount", ruleCount);
        doc.put("files", files);
        long valid = files.stream().filter(f -> Boolean.TRUE.equals(f.get("valid"))).count();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("valid", valid);
        counts.put("invalid", files.size() - valid);
        doc.put("counts", counts);
        return doc;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", p.file());
            out.put("line", p.line());
            out.put("column", p.column());
            out.put("field", p.field());
            out.put("message", p.message());
            return out;
        }).toList();
    }

    private static String shown(Path file) {
        return InputFiles.isStandardInput(file) ? InputFiles.STANDARD_INPUT_NAME : file.toString();
    }
}
