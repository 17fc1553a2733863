package org.aidsim.engine;

import java.nio.file.Path;
import java.util.List;
import org.aidsim.model.Mismatch;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Problem;

/**
 * Runs a scenario file and judges it against its {@code expect} block. The one runner behind both
 * {@code aidsim test} and the JUnit regression suite, so the two can never disagree.
 */
public final class ScenarioRunner {
    private final Simulator simulator;

    public ScenarioRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    /** What became of one scenario file. */
    public sealed interface Verdict permits Passed, Failed, Invalid {
        Path file();

        /** The scenario's name, or the file name when it could not be read. */
        String name();
    }

    public record Passed(Path file, Scenario scenario, ScenarioResult result) implements Verdict {
        public String name() {
            return scenario.name();
        }
    }

    public record Failed(Path file, Scenario scenario, ScenarioResult result, List<Mismatch> mismatches) implements Verdict {
        public String name() {
            return scenario.name();
        }
    }

    public record Invalid(Path file, List<Problem> problems) implements Verdict {
        public String name() {
            return file.toString();
        }
    }

    public Verdict judge(Path file) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file, simulator.rules().institutions());
        } catch (InputException e) {
            return new Invalid(file, e.problems());
        }
        ScenarioResult result = simulator.run(scenario);
        List<Mismatch> mismatches = ExpectationChecker.check(result);
        return mismatches.isEmpty() ? new Passed(file, scenario, result) : new Failed(file, scenario, result, mismatches);
    }
}
