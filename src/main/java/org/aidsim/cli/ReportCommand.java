package org.aidsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aidsim.report.Json;
import org.aidsim.tester.ExpectationChecker;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;
import org.aidsim.report.html.HtmlReport;
import org.aidsim.report.html.ReportDocuments;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Problem;
import org.aidsim.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "report",
        header = "Write one HTML page of charts: votes against the Council's lines, tranches, pools, coalitions, sweeps.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write one self-contained HTML page (inline CSS and SVG, no script, nothing fetched) with, per scenario: each package's vote as the Council's voting calculator shows it (members and population in favour against the 55%%/65%% lines and the blocking minority; unanimity, consensus and national decisions as who blocked), the disbursement timeline (tranches by date, coloured by status), pool balances over time and coalitions over time.",
            "",
            "FILE is a scenario file or folder, run as 'aidsim run' runs it, or a .json file that 'aidsim run --format json' or 'aidsim sweep --format json' wrote: a sweep's result adds its pass share per package with the 95%% interval. The page is drawn from the same JSON 'run --format json' prints."
        },
        footer = {
            "",
            "Examples:",
            "  aidsim report scenarios/disbursement/ -o report.html",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim sweep $F --samples 200 --prob HU=support:0.4 --format json -o s.json",
            "  aidsim report $F s.json -o report.html     # adds the pass share"
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Scenario files or folders, or .json results of 'aidsim run --format json' or 'aidsim sweep --format json'.")
    List<Path> files;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        List<Path> expanded = ScenarioFiles.expand(files);
        reportOptions.refuseOverInputs(expanded, rulesOptions.folder());
        Simulator simulator = rulesOptions.simulator();
        List<JsonNode> runs = new ArrayList<>();
        List<JsonNode> sweeps = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : expanded) {
            try {
                Optional<ReportDocuments.Saved> saved = ReportDocuments.read(file);
                if (saved.isPresent()) {
                    runs.addAll(saved.get().runs());
                    sweeps.addAll(saved.get().sweeps());
                } else {
                    scenarios.add(ScenarioLoader.load(file, simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (scenarios.isEmpty() && runs.isEmpty() && sweeps.isEmpty()) {
            throw RunCommand.noScenarioFiles(files);
        }
        for (Scenario scenario : scenarios) {
            ScenarioResult result = simulator.run(scenario);
            runs.add(Json.tree(JsonReporter.document(ExpectationChecker.judged(result, false), false)));
        }
        reportOptions.emit(HtmlReport.render(runs, sweeps, simulator.rules().institutions()), "");
        return ExitCodes.OK;
    }
}
