package org.aidsim.cli;

import java.time.LocalDate;
import org.aidsim.model.Scenario;
import org.aidsim.report.DecisionDateNote;
import picocli.CommandLine.Option;

/** --as-of for pivots and sweep: decide on a later date of the scenario's timeline, its events up to then played. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Decide on the last timeline date up to DATE (YYYY-MM-DD), with the position, condition and "
                    + "objection changes up to it applied and coalition members who joined by then counted: the "
                    + "decisions 'run --as-of DATE' reaches.")
    LocalDate asOf;

    /** The date to decide on for the engine (null: the scenario's own), refused when before the scenario's date. */
    LocalDate date(Scenario scenario) {
        refuseBefore(asOf, scenario);
        return asOf;
    }

    static void refuseBefore(LocalDate asOf, Scenario scenario) {
        if (asOf != null && asOf.isBefore(scenario.date())) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --as-of " + asOf + " is before the date of "
                    + scenario.file() + " (" + scenario.date() + "); a timeline starts on its scenario's date");
        }
    }

    DecisionDateNote note(Scenario decided) {
        return DecisionDateNote.of(decided, asOf);
    }
}
