package org.aidsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.report.DiffReport;
import org.aidsim.report.DocumentDiff;
import org.aidsim.report.Json;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff",
        header = "Show what changes between two runs: a what-if against its baseline.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a scenario twice and show what changed: outcomes, blockers, reasons, exemptions, votes, and the rules that fired in one run and not the other. The second run is a second file, or the first file with --with overlays and --set changes (applied to the second file when both are given). Every field of the JSON report (aidsim run --format json) is compared, so new fields diff too."
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim diff $F --set ukraine-facility.stages.euco.positions.HU=abstain",
            "  aidsim diff base.yaml --with reform.yaml",
            "  aidsim diff december.yaml february.yaml --format json"
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The scenario as it stands.")
    Path base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OTHER", description = "A second scenario to compare with BASE.")
    Path other;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJson.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Formats.require(format, "diff", new OutputFormat.TextJson());
        reportOptions.refuseOverInputs(other == null ? List.of(base) : List.of(base, other), rulesOptions.folder());
        if (other == null && overrideOptions.isEmpty()) {
            throw new AidsimException(ExitCodes.USAGE,
                    "aidsim: diff needs something to compare BASE with: a second file, --with OVERLAY or --set KEY=VALUE");
        }
        Simulator simulator = rulesOptions.simulator();
        Function<Path, Scenario> changedLoader = overrideOptions.loader(simulator.rules());
        Scenario before = ScenarioLoader.load(base, simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames);
        Scenario after = changedLoader.apply(other == null ? base : other);
        List<DocumentDiff.Change> changes = DocumentDiff.between(document(simulator, before), document(simulator, after));
        String label = (other == null ? base.toString() : other.toString()) + overrideLabel();
        String rules = simulator.rules().shownAs();
        reportOptions.emit(format.render(new DiffReport(base.toString(), label, rules, changes)), "");
        return ExitCodes.OK;
    }

    private String overrideLabel() {
        StringBuilder out = new StringBuilder();
        overrideOptions.overlays.forEach(o -> out.append(" --with ").append(o));
        overrideOptions.sets.forEach(s -> out.append(" --set ").append(s));
        return out.toString();
    }

    private static JsonNode document(Simulator simulator, Scenario scenario) {
        // What changed between two runs, not whether each meets its expect block: leave the mismatches out.
        return Json.tree(JsonReporter.document(new Reporter.Run(simulator.run(scenario), List.of()), false));
    }
}
