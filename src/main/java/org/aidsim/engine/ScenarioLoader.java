package org.aidsim.engine;

import java.nio.file.Path;
import java.util.List;
import org.aidsim.model.Institutions;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.DocumentReader;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Overrides;
import org.aidsim.scenario.Problem;
import org.aidsim.scenario.ScenarioValidator;

/** Reads and validates one scenario file against the institutions (and, given a rule set, the rule names) of a rules folder. */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** Validates against the institutions only: the rule names an expect block lists under fired are not checked. */
    public static Scenario load(Path file, Institutions institutions) {
        return load(file, institutions, Overrides.NONE);
    }

    /** With what-if overrides applied to the file's tree before it is bound and validated. */
    public static Scenario load(Path file, Institutions institutions, Overrides overrides) {
        return ScenarioValidator.validate(overrides.apply(DocumentReader.read(file)), institutions);
    }

    /**
     * Validates against the rules folder, including that every rule named under an expect block's {@code fired}
     * exists (this waits for the rules to compile); throws {@link InputException} with located problems.
     */
    public static Scenario load(Path file, RuleSet rules) {
        return load(file, rules, Overrides.NONE);
    }

    /** As {@link #load(Path, RuleSet)}, with what-if overrides applied first. */
    public static Scenario load(Path file, RuleSet rules, Overrides overrides) {
        DocumentReader.Tree tree = overrides.apply(DocumentReader.read(file));
        Scenario scenario = ScenarioValidator.validate(tree, rules.institutions());
        List<Problem> unknown = FiredNames.check(tree, scenario, rules.ruleIdsAndNames());
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
        return scenario;
    }
}
