package org.aidsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "aidsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "What-if simulator for multilateral aid decisions.",
            "",
            "A scenario file (YAML or JSON) describes forums, aid packages and how each government stands on them; aidsim runs it through the Drools rules in ./rules (EU unanimity and constructive abstention, QMV, NATO consensus, national decisions) and reports which packages pass, which are blocked, by whom and why."
        },
        subcommands = {RunCommand.class, CheckCommand.class, TestCommand.class, DiffCommand.class, PivotsCommand.class, SweepCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim run $F",
            "  aidsim run --explain $F                  # votes, reasons, rules in order",
            "  aidsim run --set ukraine-facility.positions.HU=abstain $F  # no veto",
            "  aidsim diff $F --set ukraine-facility.rule=qmv",
            "  aidsim pivots $F                         # who holds the veto",
            "  aidsim sweep $F --vary HU,SK --over support,oppose,abstain",
            "  aidsim check                             # rules and every scenario",
            "  aidsim test                              # every scenario's expect block",
            "",
            "Exit codes: 0 ok, 1 expectations not met, 2 usage, 3 bad scenario, 4 bad rules, 5 run failed, 70 internal."
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: run, check, test, diff, pivots, sweep, bench or help");
    }

    public static CommandLine commandLine() {
        ErrorHandler handler = new ErrorHandler();
        return OptionConverters.register(new CommandLine(new Main()))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        Prefetch.rulesFor(args);
        System.exit(commandLine().execute(args));
    }
}
