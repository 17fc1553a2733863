package org.aidsim.cli;

import java.util.List;
import org.aidsim.engine.ScenarioRunner;
import org.aidsim.engine.ScenarioRunner.Failed;
import org.aidsim.engine.ScenarioRunner.Invalid;
import org.aidsim.engine.ScenarioRunner.Passed;
import org.aidsim.engine.ScenarioRunner.Skipped;

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
                out.append("FAIL ").append(i.file()).append(": the file cannot be used\n");
                i.problems().forEach(p -> out.append("  ").append(p).append('\n'));
            } else if (verbose) {
                out.append(v instanceof Passed ? "ok   " : "skip ").append(v.file()).append(": ").append(v.name()).append('\n');
            }
        }
        return out.toString();
    }

    long passed() {
        return verdicts.stream().filter(v -> v instanceof Passed).count();
    }

    long failed() {
        return verdicts.stream().filter(v -> v instanceof Failed || v instanceof Invalid).count();
    }

    long skipped() {
        return verdicts.stream().filter(v -> v instanceof Skipped).count();
    }

    boolean allPassed() {
        return failed() == 0;
    }

    /** {@code 3 passed, 1 failed}, with {@code , 2 skipped} when -k left some out. */
    String closingLine() {
        return passed() + " passed, " + failed() + " failed" + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }
}
