package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

class TestCommandTest {
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";

    static Path wrongExpectation() {
        return TestRules.write("wrong.yaml", """
                name: Hungary's veto is expected to pass
                date: 2023-12-14
                packages:
                  - id: p
                    forum: european-council
                    positions: { default: support, HU: oppose }
                expect:
                  p: { passed: true, blockers: [] }
                """);
    }

    @Test
    void allPass_closesWithCountsAndExitsZero() {
        CliRun run = CliRun.of("test", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("1 passed, 0 failed\n");
    }

    @Test
    void failedExpectation_printsFileNameExpectedAndActual() {
        Path wrong = wrongExpectation();
        CliRun run = CliRun.of("test", FACILITY, wrong.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(run.out()).isEqualTo("FAIL " + wrong + ": Hungary's veto is expected to pass\n"
                + "  p.passed: expected true, got false\n"
                + "  p.blockers: expected [], got [HU]\n"
                + "1 passed, 1 failed\n");
    }

    @Test
    void oldExpectSpelling_passes_withANoteNamingThePlaceAndTheNewName() {
        Path old = TestRules.write("old.yaml", """
                name: Hungary's veto, expected in the old words
                date: 2023-12-14
                packages:
                  - id: p
                    forum: european-council
                    positions: { default: support, HU: oppose }
                expect:
                  p: { passed: false, depends-on: [] }
                """);
        CliRun run = CliRun.of("test", old.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("note " + old + ":8:23: expect.p.depends-on: 'depends-on' is the old spelling; "
                + "write 'dependsOn', the name run --format json prints\n1 passed, 0 failed\n");
    }

    @Test
    void invalidFile_isAnErrorWithItsProblems_andExits3() {
        Path bad = TestRules.write("bad.yaml", "name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    positions: { XX: oppose }\n");
        CliRun run = CliRun.of("test", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).startsWith("ERROR " + bad + ": the file cannot be used\n  " + bad
                + ":6:18: packages[0].positions.XX: unknown country code 'XX'").endsWith("0 passed, 0 failed, 1 error\n");
    }

    @Test
    void natoWithQmvRule_isAnErrorNotAFailure_andOutranksAFailedExpectation() {
        Path qmv = TestRules.write("qmv.yaml", "name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n"
                + "    rule: qmv\n    positions: { default: support }\n");
        Path wrong = wrongExpectation();
        CliRun run = CliRun.of("test", qmv.toString(), wrong.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).startsWith("ERROR " + qmv + ": the file cannot be used\n  " + qmv + ":6:")
                .contains("FAIL " + wrong + ": Hungary's veto is expected to pass\n")
                .endsWith("0 passed, 1 failed, 1 error\n");
        assertThat(run.out()).doesNotContain("FAIL " + qmv);
    }

    @Test
    void missingPath_isBadInputWithTheWordsRunUses() {
        CliRun test = CliRun.of("test", "/nonexistent");
        assertThat(test.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(test.err()).isEqualTo("/nonexistent: no such file or folder\n");
        assertThat(CliRun.of("run", "/nonexistent").err()).isEqualTo(test.err());
    }

    @Test
    void nameFilter_skipsTheRest_andVerboseListsThem() {
        CliRun run = CliRun.of("test", "-v", "-k", "veto is expected", FACILITY, wrongExpectation().toString());
        assertThat(run.out()).contains("skip " + FACILITY + ": European Council of December 2023")
                .endsWith("0 passed, 1 failed, 1 skipped\n");
    }

    @Test
    void filterMatchingNothing_isAUsageErrorAfterTheClosingLine() {
        CliRun run = CliRun.of("test", "-k", "zzz", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEqualTo("0 passed, 0 failed, 1 skipped\n");
        assertThat(run.err()).isEqualTo("aidsim: -k 'zzz' matches no scenario name or file path\n");
    }

    @Test
    void badRegex_isAUsageError() {
        CliRun run = CliRun.of("test", "-k", "(", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: -k '(' is not a regular expression: Unclosed group near index 1\n");
    }

    @Test
    void coverage_listsRulesThatNeverFired_andFailUnderFails() {
        CliRun run = CliRun.of("test", "--fail-under", "90", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(run.out()).contains("coverage: 4 of ", "never fired:\n  \"", "  \"QMV: too few members in favour and the package falls\"\n",
                "% is under --fail-under 90%").endsWith("1 passed, 0 failed\n");
        // a floor under the few rules one scenario fires (4 of a rules folder that grows) passes
        assertThat(CliRun.of("test", "--fail-under", "1", FACILITY).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void junitXml_isWrittenAndReplacesOnlyAnEarlierReport() throws Exception {
        Path dir = Files.createTempDirectory("aidsim-junit");
        Path report = dir.resolve("report.xml");
        CliRun.of("test", "--junit-xml", report.toString(), FACILITY, wrongExpectation().toString());
        String xml = Files.readString(report);
        assertThat(xml).contains("<testsuite name=\"aidsim\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">",
                "name=\"Hungary's veto is expected to pass\"", "<failure message=\"2 expectation(s) not met\">p.passed: expected true, got false");
        assertThat(CliRun.of("test", "--junit-xml", report.toString(), FACILITY).exitCode()).isEqualTo(ExitCodes.OK);

        Path precious = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun clobber = CliRun.of("test", "--junit-xml", precious.toString(), FACILITY);
        assertThat(clobber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(clobber.err()).isEqualTo("aidsim: --junit-xml " + precious
                + ": the file exists and is not a JUnit XML report; remove it or name another file\n");
        assertThat(Files.readString(precious)).isEqualTo("mine");
    }

    @Test
    void junitXmlInAMissingFolder_isRefusedWithNoSuchFolder_notCreated() throws Exception {
        Path missing = Files.createTempDirectory("aidsim-junit").resolve("no-such");
        Path report = missing.resolve("report.xml");
        CliRun run = CliRun.of("test", "--junit-xml", report.toString(), FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: --junit-xml " + report + ": no such folder " + missing
                + "; create it first or name a file in an existing folder\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void junitXmlWhereNoFileCanBeCreated_namesTheReportAndWhy() {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "/proc exists");
        CliRun run = CliRun.of("test", "--junit-xml", "/proc/x.xml", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: --junit-xml /proc/x.xml: cannot be written: /proc does not accept new files\n")
                .doesNotContain(".tmp");
    }

    @Test
    void setOverride_appliesToTestedScenarios() {
        CliRun run = CliRun.of("test", "--set", "ukraine-facility.positions.HU=support", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(run.out()).contains("ukraine-facility.passed: expected false, got true");
    }
}
