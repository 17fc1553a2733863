package org.aidsim.tester;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aidsim.engine.RunException;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.engine.Simulator;
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

    /** @param loader reads and validates a file, e.g. with --set and --with overrides applied */
    public ScenarioRunner(Simulator simulator, Function<Path, Scenario> loader) {
        this.simulator = simulator;
        this.loader = loader;
    }

    /** What became of one scenario file. */
    public sealed interface Verdict permits Passed, Failed, Invalid, Errored, Skipped, Unread {
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

    /** Read and valid, but the run failed (a rule's action threw, or the firing limit was hit): no outcome to judge. */
    public record Errored(Path file, Scenario scenario, String message) implements Verdict {
        public String name() {
            return scenario.name();
        }
    }

    /** Read but not run: the selection (aidsim test -k) left it out. */
    public record Skipped(Path file, Scenario scenario) implements Verdict {
        public String name() {
            return scenario.name();
        }
    }

    /**
     * Not run, and not read as a scenario: the selection did not take its path, and the file could not be read to
     * match its scenario's name. {@code problems} says why it could not be read.
     */
    public record Unread(Path file, List<Problem> problems) implements Verdict {
        public String name() {
            return file.toString();
        }
    }

    public Verdict judge(Path file) {
        return judge(file, path -> true, scenario -> true);
    }

    /**
     * Judges the file when {@code pathSelected} accepts its path (then the file is read, and a file that cannot be
     * read is {@link Invalid}), or else when {@code nameSelected} accepts the scenario read from it. A file
     * neither selects is {@link Skipped}, or {@link Unread} when it could not be read to learn its name: a file
     * the user did not ask for must not fail the run. A run that fails is {@link Errored}; the next file still runs.
     */
    public Verdict judge(Path file, Predicate<Path> pathSelected, Predicate<Scenario> nameSelected) {
        boolean byPath = pathSelected.test(file);
        Scenario scenario;
        try {
            scenario = loader.apply(file);
        } catch (InputException e) {
            return byPath ? new Invalid(file, e.problems()) : new Unread(file, e.problems());
        }
        if (!byPath && !nameSelected.test(scenario)) {
            return new Skipped(file, scenario);
        }
        ScenarioResult result;
        try {
            result = simulator.run(scenario);
        } catch (RunException e) {
            return new Errored(file, scenario, e.getMessage());
        }
        List<Mismatch> mismatches = ExpectationChecker.check(result);
        return mismatches.isEmpty() ? new Passed(file, scenario, result) : new Failed(file, scenario, result, mismatches);
    }
}
