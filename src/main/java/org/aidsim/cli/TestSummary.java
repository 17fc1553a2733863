package org.aidsim.cli;

import java.util.List;
import org.aidsim.engine.ScenarioRunner;
import org.aidsim.engine.ScenarioRunner.Errored;
import org.aidsim.engine.ScenarioRunner.Failed;
import org.aidsim.engine.ScenarioRunner.Invalid;
import org.aidsim.engine.ScenarioRunner.Passed;
import org.aidsim.engine.ScenarioRunner.Skipped;
import org.aidsim.engine.ScenarioRunner.Unread;

/** What `aidsim test` prints: each failure with what was expected and what came out, then the counts. */
final class TestSummary {
    private final List<ScenarioRunner.Verdict> verdicts;

    TestSummary(List<ScenarioRunner.Verdict> verdicts) {
        this.verdicts = List.copyOf(verdicts);
    }

    String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (ScenarioRunner.Verdict v : verdicts) {
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

    long passed() {
        return verdicts.stream().filter(v -> v instanceof Passed).count();
    }

    /** Scenarios judged whose expectations were not met. */
    long failed() {
        return verdicts.stream().filter(v -> v instanceof Failed).count();
    }

    /** Scenarios never judged: their file cannot be used or their run failed; each is an ERROR line. */
    long errors() {
        return unusable() + runsFailed();
    }

    /** Scenario files that cannot be used (malformed, unknown fields, a rule name no rule has): exit 3. */
    long unusable() {
        return verdicts.stream().filter(v -> v instanceof Invalid).count();
    }

    /** Scenarios whose run failed (a rule's action threw, the firing limit), so they have no outcome: exit 5. */
    long runsFailed() {
        return verdicts.stream().filter(v -> v instanceof Errored).count();
    }

    long skipped() {
        return verdicts.stream().filter(v -> v instanceof Skipped || v instanceof Unread).count();
    }

    /** Files the selection took: every file that was not skipped. */
    long selected() {
        return verdicts.size() - skipped();
    }


    /**
     * The exit code for the judged scenarios, the most serious first: 5 when a run failed, else 3 when a file
     * cannot be used, else 1 when an expectation was not met or {@code coverageMet} is false, else 0.
     */
    int exitCode(boolean coverageMet) {
        if (runsFailed() > 0) {
            return ExitCodes.RUN_FAILED;
        }
        if (unusable() > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return failed() == 0 && coverageMet ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
    }

    /** {@code 3 passed, 1 failed}, with {@code , 1 error} when a file cannot be used or a run failed and {@code , 2 skipped} when -k left some out. */
    String closingLine() {
        long errors = errors();
        return passed() + " passed, " + failed() + " failed"
                + (errors > 0 ? ", " + errors + (errors == 1 ? " error" : " errors") : "")
                + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }
}
