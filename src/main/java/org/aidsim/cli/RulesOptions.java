package org.aidsim.cli;

import java.nio.file.Path;
import org.aidsim.api.RuleFolders;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.FiringBudget;
import org.aidsim.engine.RuleFolder;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.Simulator;
import picocli.CommandLine.Option;

/** Options every command that runs rules shares. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder: .drl files, parameters.yaml and reference/ (default: ./rules, else the copy in the jar).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop a run whose rules fire more than N times on one date of its timeline: a rule that loops "
                    + "(default: 100000 + 1000 per package and coalition of the scenario, so large inputs settle).")
    Long maxFirings;

    @Option(names = "--stacktrace", description = "Print the Java stack trace of an error (for reporting bugs).")
    boolean stacktrace;

    /** The rules, read from the compiled-rules cache when it holds this folder's current content. */
    RuleSet load(ActionDialect dialect) {
        return RuleFolders.loadCached(folder(), dialect);
    }

    /** The rules compiled from their DRL, whatever the cache holds: for check, which reports DRL errors. */
    RuleSet loadFromSource(ActionDialect dialect) {
        return RuleFolders.load(folder(), dialect);
    }

    /** The rules folder read: --rules, else ./rules, else the copy packaged in the jar. */
    Path folder() {
        return rules != null ? rules : RuleFolder.defaultLocation();
    }

    /** For commands that run a few scenarios: the fastest start. */
    Simulator simulator() {
        return simulator(ActionDialect.MVEL);
    }

    /** For commands that evaluate many profiles (sweep, pivots, bench): the fastest rule actions. */
    Simulator throughputSimulator() {
        return simulator(ActionDialect.JAVA);
    }

    /** The firing budget: --max-firings per date when given, else scaled to each scenario's size. */
    FiringBudget budget() {
        if (maxFirings == null) {
            return FiringBudget.SCALED;
        }
        if (maxFirings < 1) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --max-firings must be at least 1, got " + maxFirings);
        }
        return FiringBudget.fixed(maxFirings);
    }

    private Simulator simulator(ActionDialect dialect) {
        return new Simulator(load(dialect), budget());
    }
}
