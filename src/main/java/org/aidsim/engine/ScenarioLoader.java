package org.aidsim.engine;

import java.nio.file.Path;
import org.aidsim.model.Institutions;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.DocumentReader;
import org.aidsim.scenario.Overrides;
import org.aidsim.scenario.ScenarioValidator;

/** Reads and validates one scenario file against the institutions of a rules folder. */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static Scenario load(Path file, Institutions institutions) {
        return load(file, institutions, Overrides.NONE);
    }

    /** With what-if overrides applied to the file's tree before it is bound and validated. */
    public static Scenario load(Path file, Institutions institutions, Overrides overrides) {
        return ScenarioValidator.validate(overrides.apply(DocumentReader.read(file)), institutions);
    }
}
