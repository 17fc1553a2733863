package org.aidsim.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.aidsim.engine.RuleSet;
import org.aidsim.report.TextReporter;
import org.aidsim.engine.Simulator;
import org.aidsim.report.OutputFormat;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Problem;
import org.aidsim.scenario.ScenarioFiles;
import org.aidsim.tester.RuleCoverage;
import org.aidsim.tester.ScenarioRunner;
import org.aidsim.tester.TestReport;
import org.aidsim.tester.TestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test",
        header = "Run every scenario's expect block as a regression test.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run every scenario's expect block as a regression test and report what did not come out as expected. Each failure names the file, the scenario and, per field, what was expected and what came out; a file that cannot be used (malformed, unknown fields, a fired: id or name no rule has) is an ERROR line with its problems, and so is a scenario whose run fails (a rule's action throws, the firing limit is hit); the others still run. The last line is 'N passed, N failed' (', N errors' when there were errors, ', N skipped' when -k left some out).",
            "",
            "-k REGEX selects by file path first: a file whose path (as listed, e.g. scenarios/eu/x.yaml) contains a match is selected without looking at its name. Any other file is read to match its scenario name; a file that cannot be read there is skipped, not failed (a line 'skip FILE: not read ...' says so), so an unrelated broken file cannot fail a selection.",
            "",
            "Exit 0 only when at least one scenario was selected and every selected scenario passed; 2 when nothing was selected (no scenario files, or -k matched none); otherwise the most serious of: 5 when a run failed, else 3 when a scenario file cannot be used, else 1 when an expectation was not met."
        },
        footer = {
            "",
            "Examples:",
            "  aidsim test                         # every scenario in ./scenarios",
            "  aidsim test -k 'Ukraine Facility' -v",
            "  aidsim test --fail-under 80         # and list rules no scenario fires",
            "  aidsim test --junit-xml target/aidsim-tests.xml scenarios/eu/",
            "  aidsim test --rules my-rules/       # did my rule edit change an outcome?"
        })
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files or folders (default: ./scenarios).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "-k", paramLabel = "REGEX",
            description = "Only scenarios whose file path or, failing that, name contains a match of REGEX; the rest count as skipped.")
    String filter;

    @Option(names = {"-v", "--verbose"}, description = "Also list the scenarios that passed or were skipped.")
    boolean verbose;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write a JUnit XML report (the format CI servers read). An existing FILE is replaced only "
                    + "when it is itself a JUnit report; it is written to a temporary file first and moved into place. Its folder must exist.")
    Path junitXml;

    @Option(names = "--coverage", description = "Report which rules fired across the run and list those that never did.")
    boolean coverage;

    @Option(names = "--fail-under", paramLabel = "PERCENT",
            description = "Fail (exit 1) when fewer than PERCENT of the rules fired across the run; implies --coverage.")
    BigDecimal failUnder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJsonLines.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is one document: per-scenario "
                    + "results, the counts and, with --coverage, the rules never fired; jsonl is one compact object per scenario file.")
    OutputFormat format;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Formats.require(format, "test", new OutputFormat.TextJsonLines());
        Pattern selection = selection();
        if (failUnder != null && (failUnder.signum() < 0 || failUnder.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --fail-under takes a percentage from 0 to 100, got " + failUnder.toPlainString());
        }
        List<Path> targets = paths.isEmpty() ? List.of(Path.of("scenarios")) : paths;
        // Exit 3 with the words run, check and pivots use: a missing path is bad input, not a usage error.
        List<Problem> missing = targets.stream().filter(p -> !Files.exists(p) && !InputFiles.isStandardInput(p))
                .map(p -> Problem.ofFile(p, "no such file or folder")).toList();
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        List<Path> files = ScenarioFiles.expand(targets);
        reportOptions.refuseOverInputs(files, rulesOptions.folder());
        Simulator simulator = rulesOptions.simulator();
        RuleSet rules = simulator.rules();
        ScenarioRunner runner = new ScenarioRunner(simulator, overrideOptions.loader(rules));
        List<ScenarioRunner.Verdict> verdicts = new ArrayList<>();
        for (Path file : files) {
            verdicts.add(runner.judge(file, p -> selection == null || selection.matcher(p.toString()).find(),
                    s -> selection.matcher(s.name()).find()));
        }
        TestSummary summary = new TestSummary(verdicts);
        StringBuilder out = new StringBuilder();
        if (verbose || rules.packaged()) {
            // The packaged fallback is said even without -v: a project's own rules/ may judge otherwise.
            out.append(rules.note().orElse(TextReporter.rulesLabel(rules.shownAs()))).append('\n');
        }
        out.append(summary.render(verbose));
        // With -q only what went wrong is printed: failures, errors, files left unread, coverage short of the bar.
        StringBuilder problems = new StringBuilder(summary.render(false));
        boolean coverageMet = true;
        RuleCoverage c = null;
        if (coverage || failUnder != null) {
            c = RuleCoverage.of(rules.ruleNames(), verdicts);
            out.append(c.render());
            coverageMet = failUnder == null || c.reaches(failUnder);
            if (!coverageMet) {
                String under = "coverage " + c.percent() + " is under --fail-under " + failUnder.toPlainString() + "%\n";
                out.append(under);
                problems.append(under);
            }
        }
        if (junitXml != null) {
            JunitXmlReport.write(junitXml, verdicts);
        }
        out.append(summary.closingLine()).append('\n');
        reportOptions.emit(format.render(new TestReport(rules.shownAs(), verdicts, summary, c, out.toString())),
                problems.toString());
        if (summary.selected() == 0) {
            // Zero tests passing is not a pass: a CI job pointed at the wrong folder must not go green.
            throw new AidsimException(ExitCodes.USAGE, selection != null
                    ? "aidsim: -k '" + filter + "' matches no scenario name or file path"
                    : "aidsim: nothing was tested: no scenario files (.yaml, .yml, .json) in "
                            + String.join(", ", targets.stream().map(Path::toString).toList()));
        }
        return exitCode(summary, coverageMet);
    }

    /**
     * The exit code for the judged scenarios, the most serious first: 5 when a run failed, else 3 when a file
     * cannot be used, else 1 when an expectation was not met or {@code coverageMet} is false, else 0.
     */
    private static int exitCode(TestSummary summary, boolean coverageMet) {
        if (summary.runsFailed() > 0) {
            return ExitCodes.RUN_FAILED;
        }
        if (summary.unusable() > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return summary.failed() == 0 && coverageMet ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
    }

    private Pattern selection() {
        if (filter == null) {
            return null;
        }
        try {
            return Pattern.compile(filter);
        } catch (PatternSyntaxException e) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: -k '" + filter + "' is not a regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
    }
}
