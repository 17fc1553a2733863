package org.aidsim.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.Renderer;
import org.aidsim.report.Reporter;
import org.aidsim.tester.ExpectationChecker;
import org.aidsim.report.RunReport;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Problem;
import org.aidsim.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run",
        header = "Run scenarios: which packages pass, who blocks them, why, and what is paid out when.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run scenario files through the rules and report, per package, whether it passes, who blocks it and why. Every file is read and checked before any is run, so bad input prints nothing but its problems.",
            "",
            "A file's expect block is checked and shown, except when --set, --with or --as-of change the scenario: a what-if is meant to differ, so the report says 'expect: not checked' (JSON: \"expect\": {\"checked\": false}). 'aidsim test --set' still checks.",
            "",
            "run reports, test judges: run exits 0 whether or not the expect block is met (the report says NOT MET); use 'aidsim test' where the exit code must fail on an unmet expectation, as in CI."
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim run $F",
            "  aidsim run --explain $F                 # votes, reasons, rules in order",
            "  aidsim run --set ukraine-facility.stages.euco.positions.HU=abstain $F",
            "  A=scenarios/eu/ukraine-assistance-fund.yaml      # a CFSP decision",
            "  S=ukraine-assistance-fund.stages.creation",
            "  aidsim run --set $S.positions.HU=oppose $A     # HU vetoes instead",
            "  aidsim run --format json scenarios/ | jq -s '.[].packages[] | {id, passed}'",
            "  aidsim run --rules my-rules/ scenarios/eu/    # an edited copy of the rules",
            "  W=scenarios/disbursement/windfall-proceeds-2024-2025.yaml",
            "  aidsim run --as-of 2025-01-01 $W        # the timeline up to that date"
        })
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml, .yml, .json) or folders of them; - reads one from standard input (YAML, or JSON when it opens with {).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJsonLines.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}), or NAME for a format file formats/NAME.yaml "
                    + "in the rules folder (such as markdown). json gives one indented object per file, jsonl one compact object per line.")
    String format;

    @Option(names = "--explain", description = "Show each package's votes, reasons and the rules that fired, in order.")
    boolean explain;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Stop each scenario's timeline on this date (YYYY-MM-DD) and report the state then.")
    LocalDate asOf;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Renderer renderer = Formats.resolve(format, "run", new OutputFormat.TextJsonLines(), rulesOptions.folder());
        reportOptions.refuseOverInputs(ScenarioFiles.expand(files), rulesOptions.folder());
        Simulator simulator = rulesOptions.simulator();
        List<Scenario> scenarios = loadAll(files, overrideOptions.loader(simulator.rules()));
        List<Reporter.Run> runs = new ArrayList<>();
        boolean whatIf = asOf != null || !overrideOptions.isEmpty();
        scenarios.forEach(s -> AsOfOption.refuseBefore(asOf, s));
        for (Scenario scenario : scenarios) {
            ScenarioResult result = simulator.run(scenario, asOf);
            // A what-if is meant to differ from the file's expect block: checking it would only print noise.
            runs.add(ExpectationChecker.judged(result, whatIf));
        }
        reportOptions.emit(renderer.render(new RunReport(runs, explain)), "");
        return ExitCodes.OK;
    }

    /** Reads every scenario file the given files and folders hold; all problems at once. */
    static List<Scenario> loadAll(List<Path> given, Function<Path, Scenario> loader) {
        if (given.stream().filter(InputFiles::isStandardInput).count() > 1) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: - (standard input) can be read only once; name it once");
        }
        List<Problem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : ScenarioFiles.expand(given)) {
            try {
                scenarios.add(loader.apply(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (scenarios.isEmpty()) {
            throw noScenarioFiles(given);
        }
        return scenarios;
    }

    /** The refusal run and check give when the files and folders named hold no scenario file (exit 2). */
    static AidsimException noScenarioFiles(List<Path> given) {
        return new AidsimException(ExitCodes.USAGE, "aidsim: no scenario files (.yaml, .yml, .json) in "
                + String.join(", ", given.stream().map(Path::toString).toList()));
    }
}
