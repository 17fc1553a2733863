package org.aidsim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.aidsim.model.Institutions;
import org.aidsim.model.Scenario;

/**
 * The one way a scenario file becomes a {@link Scenario}: read, what-if overrides applied to its tree, bound and
 * validated against the institutions of a rules folder, and (given the rule names) every rule an {@code expect}
 * block lists under {@code fired} checked to exist. Throws {@link InputException} with located problems.
 */
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
     * Validates against the institutions and checks that every rule named under an expect block's {@code fired}
     * is one of {@code ruleNames}.
     *
     * @param ruleNames the rules folder's rule names, asked for only once the file has validated (getting them may
     *                  wait for the rules to compile)
     */
    public static Scenario load(Path file, Institutions institutions, Supplier<List<String>> ruleNames) {
        return load(file, institutions, ruleNames, Overrides.NONE);
    }

    /** As {@link #load(Path, Institutions, Supplier)}, with what-if overrides applied first. */
    public static Scenario load(Path file, Institutions institutions, Supplier<List<String>> ruleNames, Overrides overrides) {
        return load(DocumentReader.read(file), institutions, ruleNames, overrides);
    }

    /** As {@link #load(Path, Institutions, Supplier, Overrides)}, for a document already read (a line of a batch, say). */
    public static Scenario load(DocumentReader.Tree read, Institutions institutions, Supplier<List<String>> ruleNames,
            Overrides overrides) {
        DocumentReader.Tree tree = overrides.apply(read);
        Scenario scenario = ScenarioValidator.validate(tree, institutions);
        List<Problem> unknown = FiredNames.check(tree, scenario, ruleNames.get());
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
        return scenario;
    }
}
