package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aidsim.TestRules;
import org.aidsim.tester.JunitXml;
import org.aidsim.tester.ScenarioRunner;
import org.aidsim.scenario.Problem;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** What a CI relies on: exit codes, the JUnit report, selections (issue 8, "Checks a CI would rely on"). */
class CiChecksTest {
    private static final String FACILITY = "scenarios/eu/ukraine-facility-2023-12.yaml";

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void sweepThreadsPastFourPerCore_isAUsageErrorNamingTheBound() {
        int cores = Runtime.getRuntime().availableProcessors();
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "HU", "--threads", "100000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: --threads 100000: too large; expected 1 to " + 4 * cores + " (4 per core, " + cores
                + (cores == 1 ? " core" : " cores") + ")\n");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU", "--threads", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU", "--threads", String.valueOf(4 * cores)).exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void emptyFolder_exitsNonZeroWithZeroCounts() throws Exception {
        Path empty = Files.createTempDirectory("aidsim-empty");
        CliRun run = CliRun.of("test", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEqualTo("0 passed, 0 failed\n");
        assertThat(run.err()).isEqualTo("aidsim: nothing was tested: no scenario files (.yaml, .yml, .json) in " + empty + "\n");
    }

    @Test
    void runWithUnmetExpectation_reportsNotMetAndExitsZero_whileTestJudgesIt() throws Exception {
        Path wrong = TestCommandTest.wrongExpectation();
        CliRun run = CliRun.of("run", wrong.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("expect: NOT MET");
        assertThat(CliRun.of("test", wrong.toString()).exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(CliRun.of("run", "--help").out().replaceAll("\\s+", " "))
                .contains("run reports, test judges: run exits 0 whether or not the expect block is met");
        assertThat(Files.readString(Path.of("README.md")))
                .contains("`run` *reports* an `expect` block (met or NOT MET) and exits 0 either way; only `test` *judges*")
                .contains("| 1 | expectations not met (`aidsim test` only; when codes compete, `test` exits 5, else 3, else 1) |");
    }

    @Test
    void throwingRuleAction_isAJunitErrorAndTheRestStillRun() throws Exception {
        Path[] rulesAndScenario = RuleActionFailureTest.rulesWithAction("java.util.Objects.requireNonNull(null, \"no value for boom\");");
        Path rules = rulesAndScenario[0];
        Path boom = rulesAndScenario[1];
        Path report = Files.createTempDirectory("aidsim-junit").resolve("report.xml");
        CliRun run = CliRun.of("test", "--rules", rules.toString(), "--junit-xml", report.toString(), boom.toString(), FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
        Path unusable = TestRules.write("unusable.yaml", "name: x\n");
        CliRun both = CliRun.of("test", "--rules", rules.toString(), boom.toString(), unusable.toString());
        assertThat(both.exitCode()).as("a failed run outranks an unusable file").isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(both.out()).endsWith("0 passed, 0 failed, 2 errors\n");
        assertThat(run.out()).isEqualTo("ERROR " + boom + ": The boom package\n  " + boom
                + ": rule \"A package named boom cannot be decided\" failed in its action: a value was missing: no value for boom\n"
                + "1 passed, 0 failed, 1 error\n");
        Element suite = parse(Files.readString(report)).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("the run failed");
        assertThat(error.getTextContent()).contains("no value for boom").doesNotContain("Exception");
    }

    @Test
    void junitXml_getsTheUmasksPermissions_notOwnerOnly() throws Exception {
        Path dir = Files.createTempDirectory("aidsim-junit");
        Path report = dir.resolve("report.xml");
        CliRun.of("test", "--junit-xml", report.toString(), FACILITY);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(usual);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("plain.txt", "report.xml");
        }
    }

    @Test
    void controlCharactersInNames_areWrittenVisiblyAndTheReportParses() throws Exception {
        Path file = Path.of("scenarios/bell\u0007-and-escape\u001b.yaml");
        List<ScenarioRunner.Verdict> verdicts = List.of(new ScenarioRunner.Invalid(file,
                List.of(new Problem(file.toString(), 1, 7, "name", "a \u0000 in the text"))));
        Element testcase = (Element) parse(JunitXml.render(verdicts)).getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("scenarios/bell\\u0007-and-escape\\u001B.yaml");
        assertThat(testcase.getTextContent()).contains("a \\u0000 in the text");
    }

    @Test
    void misspeltFiredRuleName_isABadScenarioAtItsEntryWithTheNearestNames() throws Exception {
        Path typo = TestRules.write("typo.yaml", Files.readString(TestCommandTest.wrongExpectation()).replace(
                "  p: { passed: true, blockers: [] }\n", """
                  p:
                    passed: false
                    fired: ["Unanimity: a single vote against is a veto", "Unanimity: a singel vote against is a veto"]
                """));
        CliRun check = CliRun.of("check", typo.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.err()).isEqualTo(typo + ":10:59: expect.p.fired[1]: no rule has the id or name "
                + "\"Unanimity: a singel vote against is a veto\" in the rules folder; the nearest rule ids and names: "
                + "\"Unanimity: a single vote against is a veto\", \"Unanimity: a package no member vetoes is adopted\", "
                + "\"unanimity-constructive-abstainers-stop\"\n");
        CliRun run = CliRun.of("run", typo.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("expect.p.fired[1]: no rule has the id or name");
        CliRun test = CliRun.of("test", typo.toString());
        assertThat(test.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(test.out()).contains("ERROR " + typo + ": the file cannot be used\n", "expect.p.fired[1]: no rule has the id or name")
                .doesNotContain("got not fired").endsWith("0 passed, 0 failed, 1 error\n");
    }

    @Test
    void pathFilter_skipsAnUnreadableFileUnread_andSaysSo() throws Exception {
        Path dir = Files.createTempDirectory("aidsim-k");
        Path facility = Files.copy(Path.of(FACILITY), dir.resolve("ukraine-facility.yaml"));
        Path broken = Files.write(dir.resolve("unrelated.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x', ':', ' ', '['});
        CliRun byPath = CliRun.of("test", "-k", "ukraine-facility", dir.toString());
        assertThat(byPath.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(byPath.out()).startsWith("skip " + broken + ": not read (its path does not match -k and it cannot be read to match its name: ")
                .endsWith("1 passed, 0 failed, 1 skipped\n");

        CliRun byName = CliRun.of("test", "-k", "European Council of December 2023", dir.toString());
        assertThat(byName.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(byName.out()).endsWith("1 passed, 0 failed, 1 skipped\n");

        CliRun selectedBroken = CliRun.of("test", "-k", "unrelated", dir.toString());
        assertThat(selectedBroken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(selectedBroken.out()).startsWith("ERROR " + broken + ": the file cannot be used\n");
        assertThat(facility).exists();
    }
}
