package org.aidsim.tester;

import java.util.List;
import org.aidsim.tester.ScenarioRunner.Errored;
import org.aidsim.tester.ScenarioRunner.Failed;
import org.aidsim.tester.ScenarioRunner.Invalid;
import org.aidsim.tester.ScenarioRunner.Passed;
import org.aidsim.tester.ScenarioRunner.Skipped;
import org.aidsim.tester.ScenarioRunner.Unread;

/** What `aidsim test` prints: each failure with what was expected and what came out, then the counts. */
public final class TestSummary {
    private final List<ScenarioRunner.Verdict> verdicts;

    public TestSummary(List<ScenarioRunner.Verdict> verdicts) {
        this.verdicts = List.copyOf(verdicts);
    }

    /**
     * Each failure and error with its details, each file left unread, and each note on an old expect spelling;
     * with {@code verbose} also the scenarios that passed or were skipped.
     */
    public String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (ScenarioRunner.Verdict v : verdicts) {
            notes(v).forEach(n -> out.append("note ").append(n).append('\n'));
            if (v instanceof Failed f) {
                out.append("FAIL ").append(f.file()).append(": ").append(f.name()).append('\n');
                f.mismatches().forEach(m -> out.append("  ").append(m).append('\n'));
            } else if (v instanceof Invalid i) {
                // An error, not a failure: the file was never judged, so no expectation failed (exit 3, not 1).
                out.append("ERROR ").append(i.file()).append(": the file cannot be used\n");
                i.problems().forEach(p -> out.append("  ").append(p).append('\n'));
            } else if (v instanceof Errored e) {
                out.append("ERROR ").append(e.file()).append(": ").append(e.name()).append('\n');
                out.append("  ").append(e.message()).append('\n');
            } else if (v instanceof Unread u) {
                // Said even without -v: a file left out without being read must not pass unnoticed.
                out.append("skip ").append(u.file()).append(": not read (its path does not match -k and it cannot be read "
                        + "to match its name: ").append(u.problems().get(0).message()).append(")\n");
            } else if (verbose) {
                out.append(v instanceof Passed ? "ok   " : "skip ").append(v.file()).append(": ").append(v.name()).append('\n');
            }
        }
        return out.toString();
    }

    /** The notes on old expect spellings of a scenario that was read and run. */
    private static List<String> notes(ScenarioRunner.Verdict v) {
        return v instanceof Passed p ? p.scenario().expectationNotes()
                : v instanceof Failed f ? f.scenario().expectationNotes() : List.of();
    }

    public long passed() {
        return verdicts.stream().filter(v -> v instanceof Passed).count();
    }

    /** Scenarios judged whose expectations were not met. */
    public long failed() {
        return verdicts.stream().filter(v -> v instanceof Failed).count();
    }

    /** Scenarios never judged: their file cannot be used or their run failed; each is an ERROR line. */
    public long errors() {
        return unusable() + runsFailed();
    }

    /** Scenario files that cannot be used (malformed, unknown fields, a rule name no rule has): exit 3. */
    public long unusable() {
        return verdicts.stream().filter(v -> v instanceof Invalid).count();
    }

    /** Scenarios whose run failed (a rule's action threw, the firing limit), so they have no outcome: exit 5. */
    public long runsFailed() {
        return verdicts.stream().filter(v -> v instanceof Errored).count();
    }

    public long skipped() {
        return verdicts.stream().filter(v -> v instanceof Skipped || v instanceof Unread).count();
    }

    /** Files the selection took: every file that was not skipped. */
    public long selected() {
        return verdicts.size() - skipped();
    }


    /** {@code 3 passed, 1 failed}, with {@code , 1 error} when a file cannot be used or a run failed and {@code , 2 skipped} when -k left some out. */
    public String closingLine() {
        long errors = errors();
        return passed() + " passed, " + failed() + " failed"
                + (errors > 0 ? ", " + errors + (errors == 1 ? " error" : " errors") : "")
                + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }
}
