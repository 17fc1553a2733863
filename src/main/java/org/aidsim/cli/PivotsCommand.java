package org.aidsim.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.engine.PivotSearch;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.report.DecisionDateNote;
import org.aidsim.report.Header;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.PivotsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pivots",
        header = "Who holds the veto: members whose position alone flips a package.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Who holds the veto? For each package: the members whose change of position alone flips the outcome, and to which positions; for a package that does not pass, a smallest set of members whose support would pass it.",
            "",
            "A position the rules read as another is not listed as a flip of its own: outside a CFSP decision taken by unanimity, constructive-abstain is a plain abstention, so it appears only as abstain (and an opt-out of a mandatory package only as oppose).",
            "",
            "The smallest set is found exactly: a greedy pass (opponents, then the most populous) finds a set that works, of size G. The rule's own numbers (rules/parameters.yaml) give a lower bound B: under unanimity or consensus every member against must change; under QMV the members in favour must reach 55%% of those taking part and, with all taking part, 15, and 65%% of the population unless fewer than 4 remain not in favour; under reinforced QMV also 65%% of the population. When G equals B the greedy set is smallest without a search; otherwise every set of B, B+1, ... G-1 members not yet in favour is tried, in alphabetical order, so the first that passes (or else the greedy set) is a smallest one, and the first alphabetically among those. This does not assume that more support never hurts. The search stops after --max-evaluations profiles and then labels its answer 'smallest found', not proven smallest.",
            "",
            DecisionDateNote.HELP
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim pivots $F",
            "  aidsim pivots --set ukraine-facility.stages.euco.rule=qmv $F",
            "  U=scenarios/disbursement/ukraine-facility-2024.yaml",
            "  aidsim pivots --as-of 2024-03-01 $U    # after the February re-proposal"
        })
final class PivotsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJson.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--max-evaluations", paramLabel = "N", defaultValue = "1000000",
            description = "Profiles the smallest-set search may try per package (default: ${DEFAULT-VALUE}).")
    long maxEvaluations;

    @Option(names = "--threads", paramLabel = "N",
            description = "Profiles evaluated at once, each in a session of its own: from 1 to 4 times the number of cores (default: one per core). The answer is the same for any number.")
    Long threads;

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
        Formats.require(format, "pivots", new OutputFormat.TextJson());
        reportOptions.refuseOverInputs(List.of(file), rulesOptions.folder());
        int workers = SweepOptions.threads(threads, Runtime.getRuntime().availableProcessors());
        if (maxEvaluations < 1) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --max-evaluations must be at least 1, got " + maxEvaluations);
        }
        Simulator simulator = rulesOptions.throughputSimulator();
        Scenario loaded = overrideOptions.loader(simulator.rules()).apply(file);
        LocalDate asOf = asOfOption.date(loaded);
        Scenario scenario;
        List<PivotSearch.PackagePivots> pivots;
        List<String> notes;
        IncrementalEvaluator.Recipe recipe = new IncrementalEvaluator.Recipe(simulator.rules(), loaded, asOf, rulesOptions.budget());
        try (PivotSearch search = new PivotSearch(recipe, maxEvaluations, workers)) {
            scenario = search.evaluator().scenario();
            notes = search.evaluator().notes();
            pivots = search.all();
        }
        DecisionDateNote decided = asOfOption.note(scenario);
        Header header = new Header(scenario, simulator.rules().shownAs(), decided, notes);
        reportOptions.emit(format.render(new PivotsReport(header, pivots)), "");
        return ExitCodes.OK;
    }
}
