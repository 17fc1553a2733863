package org.aidsim.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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
    private final Function<Path, Scenario> loader;

    public ScenarioRunner(Simulator simulator) {
        this(simulator, file -> ScenarioLoader.load(file, simulator.rules().institutions()));
    }

    /** @param loader reads and validates a file, e.g. with --set and --with overrides applied */
    public ScenarioRunner(Simulator simulator, Function<Path, Scenario> loader) {
        this.simulator = simulator;
        this.loader = loader;
    }

    /** What became of one scenario file. */
    public sealed interface Verdict permits Passed, Failed, Invalid, Skipped {
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

    /** Read but not run: the selection (aidsim test -k) left it out. */
    public record Skipped(Path file, Scenario scenario) implements Verdict {
        public String name() {
            return scenario.name();
        }
    }

    public Verdict judge(Path file) {
        return judge(file, scenario -> true);
    }

    /** Judges the file when {@code selected} accepts its scenario; otherwise reports it skipped without running it. */
    public Verdict judge(Path file, Predicate<Scenario> selected) {
        Scenario scenario;
        try {
            scenario = loader.apply(file);
        } catch (InputException e) {
            return new Invalid(file, e.problems());
        }
        if (!selected.test(scenario)) {
            return new Skipped(file, scenario);
        }
        ScenarioResult result = simulator.run(scenario);
        List<Mismatch> mismatches = ExpectationChecker.check(result);
        return mismatches.isEmpty() ? new Passed(file, scenario, result) : new Failed(file, scenario, result, mismatches);
    }
}
