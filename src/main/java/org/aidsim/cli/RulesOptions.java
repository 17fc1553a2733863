package org.aidsim.cli;

import java.nio.file.Path;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleFolder;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.Simulator;
import picocli.CommandLine.Option;

/** Options every command that runs rules shares. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder: .drl files, parameters.yaml and reference/ (default: ./rules, else the copy in the jar).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "100000",
            description = "Stop a run whose rules fire more than N times: a rule that loops (default: ${DEFAULT-VALUE}).")
    long maxFirings;

    @Option(names = "--stacktrace", description = "Print the Java stack trace of an error (for reporting bugs).")
    boolean stacktrace;

    RuleSet load(ActionDialect dialect) {
        return RuleFolder.load(rules != null ? rules : RuleFolder.defaultLocation(), dialect);
    }

    /** For commands that run a few scenarios: the fastest start. */
    Simulator simulator() {
        return simulator(ActionDialect.MVEL);
    }

    /** For commands that evaluate many profiles (sweep, pivots, bench): the fastest rule actions. */
    Simulator throughputSimulator() {
        return simulator(ActionDialect.JAVA);
    }

    private Simulator simulator(ActionDialect dialect) {
        if (maxFirings < 1) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --max-firings must be at least 1, got " + maxFirings);
        }
        return new Simulator(load(dialect), maxFirings);
    }
}
