package org.aidsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleCitations;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.RulesException;
import org.aidsim.report.CheckReport;
import org.aidsim.report.OutputFormat;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.Problem;
import org.aidsim.scenario.ScenarioFiles;
import org.aidsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check",
        header = "Compile the rules and validate scenario files without running them.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compile the rules and validate scenario files without running them. Every problem is listed as file:line:column: field: message. With no FILE, checks ./scenarios. A rule without @id or @source is a warning on standard error; two rules with one @id fail (exit 4)."
        },
        footer = {
            "",
            "Examples:",
            "  aidsim check                    # the rules and every file in ./scenarios",
            "  aidsim check my-scenario.yaml",
            "  aidsim check --rules my-rules/  # an edited copy of the rules"
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario files or folders (default: ./scenarios if present).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJsonLines.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is one document: the rules, each "
                    + "file with its problems, the counts; jsonl is one compact object per file. Problems go to standard error too.")
    OutputFormat format;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Formats.require(format, "check", new OutputFormat.TextJsonLines());
        List<Path> targets = files.isEmpty() && Files.isDirectory(Path.of("scenarios")) ? List.of(Path.of("scenarios")) : files;
        List<Path> expanded = ScenarioFiles.expand(targets);
        reportOptions.refuseOverInputs(expanded, rulesOptions.folder());
        RuleSet rules = rulesOptions.loadFromSource(ActionDialect.MVEL);
        RuleSet asJava = rulesOptions.loadFromSource(ActionDialect.JAVA);
        int count = rules.ruleNames().size();
        asJava.kieBase();
        citations(rules);
        String shown = rules.packaged() ? rules.shownAs() : rules.location();
        List<Problem> problems = new ArrayList<>();
        List<CheckReport.Checked> checked = new ArrayList<>();
        for (Path file : expanded) {
            List<Problem> found = List.of();
            try {
                ScenarioLoader.load(file, rules.institutions(), rules::ruleIdsAndNames);
            } catch (InputException e) {
                found = e.problems();
                problems.addAll(found);
            }
            checked.add(new CheckReport.Checked(file, found));
        }
        reportOptions.emit(format.render(new CheckReport(shown, count, checked)), "");
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (expanded.isEmpty()) {
            // "0 of 0 valid" is not a pass: a CI job pointed at an empty folder must fail as run and test do.
            throw RunCommand.noScenarioFiles(targets);
        }
        return ExitCodes.OK;
    }

    /**
     * Warns on standard error about each rule without an id or a source (the rules still run), and refuses a
     * rules folder in which two rules share an id, since an expectation naming it would be ambiguous.
     */
    private void citations(RuleSet rules) {
        RuleCitations citations = RuleCitations.of(rulesOptions.folder(), rules);
        PrintWriter err = spec.commandLine().getErr();
        citations.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        if (!citations.errors().isEmpty()) {
            throw new RulesException(citations.errors());
        }
    }
}
