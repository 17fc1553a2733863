package org.aidsim.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.aidsim.engine.RuleFolder;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.RulesException;
import org.aidsim.engine.RunException;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.scenario.DocumentReader;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Overrides;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.tester.ExpectationChecker;

/**
 * aidsim as a library: a compiled rules folder that reads and runs scenarios, exactly as {@code aidsim run} does.
 *
 * <pre>{@code
 * Aidsim aidsim = Aidsim.withRules(Path.of("rules"));
 * Outcome outcome = aidsim.run(Path.of("scenarios/eu/ukraine-facility-2023-12.yaml"));
 * outcome.verdict("ukraine-facility");   // "BLOCKED"
 * }</pre>
 *
 * <p>Compiling the rules costs most of a second; build one {@code Aidsim} per rules folder and reuse it: every run
 * opens its own Drools session on the compiled rules, and nothing of one run is kept for the next.
 *
 * <p>Errors are unchecked exceptions whose messages are the command line's: {@link RulesException} for a rules
 * folder that is missing or does not compile ({@link RulesException#problems()}: one line each, with file and line),
 * {@link InputException} for a scenario that cannot be read or is invalid ({@link InputException#problems()}: each
 * with file, line:column and field path, what is wrong and what would be right), {@link RunException} for a run
 * that fails (a rule's action threw, or the firing budget was spent).
 */
public final class Aidsim {
    private final RuleSet rules;
    private final Simulator simulator;

    private Aidsim(RuleSet rules) {
        this.rules = rules;
        this.simulator = new Simulator(rules);
    }

    /**
     * Compiles the rules folder {@code folder}: its {@code .drl} files (any depth), {@code parameters.yaml} and
     * {@code reference/}. Throws {@link RulesException} when it is missing or a rule does not compile.
     */
    public static Aidsim withRules(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Aidsim(RuleFolders.load(folder));
    }

    /**
     * Compiles the rules packaged in the aidsim-core jar (the rules/ folder of the release it was built from; reports
     * name them "rules packaged in aidsim VERSION"). Throws {@link RulesException} if the jar holds none.
     */
    public static Aidsim withPackagedRules() {
        return new Aidsim(RuleFolders.load(RuleFolder.packaged()));
    }

    /** How reports name the rules folder: the path with a trailing separator, or "rules packaged in aidsim VERSION". */
    public String rulesShownAs() {
        return rules.shownAs();
    }

    /** The underlying rules, for the engine's own classes ({@link Simulator}, the tester); most callers need none. */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Reads, validates and runs the scenario file {@code file} (.yaml, .yml or .json), then checks its {@code expect}
     * block. Throws {@link InputException} for an invalid file, {@link RunException} for a failed run.
     */
    public Outcome run(Path file) {
        return run(read(DocumentReader.read(file)), null);
    }

    /**
     * As {@link #run(Path)}, for a scenario held in memory: {@code name} is what problems and reports call it
     * (a file name, say); {@code text} is JSON when it opens with <code>{</code>, else YAML.
     */
    public Outcome run(String name, String text) {
        return run(read(DocumentReader.read(name, text, text.stripLeading().startsWith("{"))), null);
    }

    /**
     * As {@link #run(Path)}, deciding as of {@code asOf} (the command line's {@code --as-of}): the timeline is played
     * up to that date. The expect block is not checked, as a what-if is meant to differ from it, so
     * {@link Outcome#mismatches()} is empty and {@link Outcome#expectChecked()} false.
     */
    public Outcome run(Path file, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return run(read(DocumentReader.read(file)), asOf);
    }

    private Scenario read(DocumentReader.Tree tree) {
        return ScenarioLoader.load(tree, rules.institutions(), rules::ruleIdsAndNames, Overrides.NONE);
    }

    private Outcome run(Scenario scenario, LocalDate asOf) {
        ScenarioResult result = asOf == null ? simulator.run(scenario) : simulator.run(scenario, asOf);
        return asOf == null ? new Outcome(result, ExpectationChecker.check(result), true)
                : new Outcome(result, java.util.List.of(), false);
    }
}
