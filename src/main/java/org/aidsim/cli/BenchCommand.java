package org.aidsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aidsim.bench.EvaluationBench;
import org.aidsim.bench.PowerBench;
import org.aidsim.bench.TimelineBench;
import org.aidsim.engine.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench",
        header = "Measure evaluation speed: profiles per second, pivots and a timeline.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measure profile evaluations per second on EU-27 packages (unanimity in the European Council, QMV in the Council): a fresh session per profile (as 'run' does) against one reused session per thread that changes only the positions that differ (as 'sweep' and 'pivots' do); then the time of a warm pivots run, and of warm timelines of 24, 48 and 96 monthly dates with the ratio 96/24 (4 when a date costs the same however many came before); then the time of the exact EU-27 QMV power indices (aidsim power), warm. Each profile gives 3 random members a random position among support, oppose and abstain."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** An hour per measurement is far beyond any use; a larger value is a typo, not a wish to wait days. */
    static final int MAX_SECONDS = 3600;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "Time per measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--timeline", description = "Measure only the timelines of 24, 48 and 96 dates and their ratio.")
    boolean timelineOnly;

    @Option(names = "--power", description = "Measure only the exact EU-27 QMV power indices (aidsim power).")
    boolean powerOnly;

    @Mixin
    RulesOptions rulesOptions;

    @Override
    public Integer call() throws java.io.IOException {
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw SweepOptions.usage("--seconds " + OptionConverters.plain(seconds) + ": expected more than 0 and at most " + MAX_SECONDS);
        }
        Simulator simulator = rulesOptions.throughputSimulator();
        simulator.rules().kieBase();
        PrintWriter out = spec.commandLine().getOut();
        if (powerOnly) {
            out.println(PowerBench.measure(simulator, seconds));
            out.flush();
            return ExitCodes.OK;
        }
        if (timelineOnly) {
            TimelineBench.measure(simulator, seconds).forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        new EvaluationBench(simulator, rulesOptions.budget(), seconds).measureAll(out);
        out.println(PowerBench.measure(simulator, seconds));
        out.flush();
        return ExitCodes.OK;
    }
}
