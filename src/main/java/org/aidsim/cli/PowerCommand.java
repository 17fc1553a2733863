package org.aidsim.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.engine.PowerCheck;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.report.DecisionDateNote;
import org.aidsim.report.Header;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.PowerReport;
import org.aidsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "power",
        header = "Who holds power in a package's voting rule: Banzhaf and Shapley-Shubik indices, swings, winning coalitions.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Power indices of each package's real rule: its forum's roster on the date decided on, its rule and the numbers of rules/parameters.yaml in force then, and its opt-outs (a member that opts out is outside the game). A coalition's members support and every other member opposes.",
            "",
            "Per member: swings (coalitions of the others that lose without it and win with it); Banzhaf absolute (swings / 2^(n-1)); normalised Banzhaf (its swings / all members' swings); Shapley-Shubik (the share of the n! orders of joining in which it turns a losing coalition into a winning one). Per rule: the winning coalitions among the 2^n.",
            "",
            "Exact, by dynamic programming over (coalition size, coalition weight) for qmv, reinforced-qmv and weighted, and directly for unanimity and consensus. Before it counts, it checks that the rules in use decide as the algorithm does: every coalition for up to 12 members, else the grand coalition, each coalition of all but one and --samples random coalitions (--seed). If they disagree (edited rules), it says so and estimates the indices through the rules instead (Monte Carlo, --samples draws, Wilson 95% intervals); so too for a rule it has no algorithm for.",
            "",
            "--compare FILE2, or --set/--with changes, puts a second side next to the first (FILE as written): --set applies to FILE2 when both are given.",
            "",
            DecisionDateNote.HELP
        },
        footer = {
            "",
            "Examples:",
            "  aidsim power scenarios/eu/eec-1958-weighted-votes.yaml",
            "  F=scenarios/eu/macro-financial-assistance-qmv.yaml",
            "  aidsim power $F --package mfa-loan --set mfa-loan.rule=unanimity   # QMV -> unanimity",
            "  aidsim power $F --format csv"
        })
final class PowerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--package", paramLabel = "ID", description = "Only this package.")
    String packageId;

    @Option(names = "--compare", paramLabel = "FILE2", description = "A second scenario whose packages are shown next to FILE's, by package id.")
    Path compare;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJsonCsv.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000",
            description = "Random coalitions the check runs through the rules beyond 12 members, and draws per estimate when the rules disagree (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Formats.require(format, "power", new OutputFormat.TextJsonCsv());
        reportOptions.refuseOverInputs(compare == null ? List.of(file) : List.of(file, compare), rulesOptions.folder());
        if (samples < 1) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --samples must be at least 1, got " + samples);
        }
        Simulator simulator = rulesOptions.throughputSimulator();
        boolean twoSides = compare != null || !overrideOptions.isEmpty();
        Scenario base = twoSides ? ScenarioLoader.load(file, simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames)
                : overrideOptions.loader(simulator.rules()).apply(file);
        Side first = side(simulator, base);
        if (!twoSides) {
            reportOptions.emit(format.render(new PowerReport(first.header(), first.packages())), "");
            return ExitCodes.OK;
        }
        Scenario changed = overrideOptions.loader(simulator.rules()).apply(compare == null ? file : compare);
        Side second = side(simulator, changed);
        StringBuilder label = new StringBuilder(compare == null ? file.toString() : compare.toString());
        overrideOptions.overlays.forEach(o -> label.append(" --with ").append(o));
        overrideOptions.sets.forEach(s -> label.append(" --set ").append(s));
        reportOptions.emit(format.render(new PowerReport(first.header(), first.packages(), second.header(), label.toString(),
                second.packages())), "");
        return ExitCodes.OK;
    }

    private record Side(Header header, List<PowerCheck.PackagePower> packages) {
    }

    private Side side(Simulator simulator, Scenario loaded) {
        if (packageId != null && loaded.aidPackage(packageId).isEmpty()) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: " + loaded.file() + " has no package '" + packageId
                    + "'; its packages: " + String.join(", ", loaded.packages().stream().map(p -> p.id()).toList()));
        }
        LocalDate asOf = asOfOption.date(loaded);
        List<PowerCheck.PackagePower> packages;
        Scenario scenario;
        List<String> notes;
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(simulator.rules(), loaded, asOf, rulesOptions.budget())) {
            scenario = evaluator.scenario();
            notes = new ArrayList<>(evaluator.notes());
            for (var p : scenario.packages()) {
                if (scenario.isStaged(p.id()) && (packageId == null || p.id().equals(packageId))) {
                    notes.add(p.id() + ": decided in stages, each by its own forum and rule; power indices measure one"
                            + " rule, so none are computed for it (not built yet: indices per stage)");
                }
            }
            packages = new PowerCheck(evaluator, simulator.rules().institutions().thresholdsFor(scenario), samples, seed).only(id -> packageId == null || id.equals(packageId));
        }
        return new Side(new Header(scenario, simulator.rules().shownAs(), asOfOption.note(scenario), notes), packages);
    }
}
