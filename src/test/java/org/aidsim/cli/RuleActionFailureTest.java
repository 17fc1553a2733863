package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** A rule action that throws, Exception or Error, is a located run failure (exit 5) in every command, never a trace. */
class RuleActionFailureTest {
    private static final String RULE = "A package named boom cannot be decided";

    /** A copy of the shipped rules plus one rule whose action is {@code action}, and a scenario it fires on. */
    static Path[] rulesWithAction(String action) throws Exception {
        Path rules = TestRules.copyRules(Files.createTempDirectory("aidsim-rules").resolve("rules"));
        Files.writeString(rules.resolve("consensus/throws.drl"), """
                package aidsim.consensus;
                dialect "mvel"
                import org.aidsim.model.*;
                function int down(int n) { return down(n + 1) + 1; }
                rule "%s"
                when
                    AidPackage( id == "boom" )
                then
                    %s
                end
                """.formatted(RULE, action));
        Path boom = TestRules.write("boom.yaml", """
                name: The boom package
                date: 2024-06-01
                packages:
                  - id: boom
                    forum: nato
                    positions: { default: support, HU: oppose }
                expect:
                  boom: { passed: true }
                """);
        return new Path[] {rules, boom};
    }

    private static void assertLocated(CliRun run, Path boom, String words) {
        String all = run.out() + run.err();
        assertThat(run.exitCode()).as(all).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(all).contains(boom + ": rule \"" + RULE + "\" failed in its action: ").contains(words)
                .doesNotContain("java.", "Exception", "Error:", "\tat ", "loader");
    }

    @Test
    void actionAllocatingTooMuch_isALocatedRunFailureInRunTestPivotsAndSweep() throws Exception {
        Path[] given = rulesWithAction("long[] huge = new long[Integer.MAX_VALUE - 8];");
        String rules = given[0].toString();
        Path boom = given[1];
        assertLocated(CliRun.of("run", "--rules", rules, boom.toString()), boom, "ran out of memory");
        assertLocated(CliRun.of("pivots", "--rules", rules, boom.toString()), boom, "ran out of memory");
        assertLocated(CliRun.of("sweep", "--rules", rules, boom.toString(), "--vary", "HU", "--threads", "1"), boom, "ran out of memory");
        Path report = Files.createTempDirectory("aidsim-junit").resolve("report.xml");
        CliRun test = CliRun.of("test", "--rules", rules, "--junit-xml", report.toString(), boom.toString(),
                "scenarios/eu/ukraine-facility-2023-12.yaml");
        assertLocated(test, boom, "ran out of memory");
        assertThat(test.out()).contains("1 passed, 0 failed, 1 error");
        assertThat(Files.readString(report)).contains("<error", "ran out of memory").contains("tests=\"2\"");
    }

    @Test
    void actionRecursingForever_isALocatedRunFailureSayingRecursedTooDeep() throws Exception {
        Path[] given = rulesWithAction("down(0);");
        assertLocated(CliRun.of("pivots", "--rules", given[0].toString(), given[1].toString()), given[1], "recursed too deep");
        assertLocated(CliRun.of("run", "--rules", given[0].toString(), given[1].toString()), given[1], "recursed too deep");
    }

    @Test
    void actionCastingATextToAWholeNumber_saysTheKindsWithoutClassNames() throws Exception {
        Path[] given = rulesWithAction("Object text = \"x\"; Integer n = (Integer) text;");
        // MVEL (run) converts the text and fails to read it as a number; Java (pivots) fails the cast.
        assertLocated(CliRun.of("run", "--rules", given[0].toString(), given[1].toString()), given[1], "the text \"x\" where a number was expected");
        Files.writeString(given[0].resolve("consensus/throws.drl"),
                Files.readString(given[0].resolve("consensus/throws.drl")).replace("dialect \"mvel\"", "dialect \"java\""));
        assertLocated(CliRun.of("pivots", "--rules", given[0].toString(), given[1].toString()), given[1], "a text where a whole number was expected");
    }

    @Test
    void actionDividingByZero_isALocatedRunFailureWithoutJavaNames() throws Exception {
        Path[] given = rulesWithAction("int z = 0; int q = 5 / z;");
        assertLocated(CliRun.of("run", "--rules", given[0].toString(), given[1].toString()), given[1], "was expected");
    }

    @Test
    void internalError_namesNoJavaClass() {
        String line = ErrorHandler.internal(new IllegalStateException(new OutOfMemoryError()));
        assertThat(line).isEqualTo("aidsim: internal error: ran out of memory; rerun with --stacktrace and report it");
        assertThat(ErrorHandler.internal(new IllegalStateException("bad java.lang.Integer here")))
                .isEqualTo("aidsim: internal error: bad Integer here; rerun with --stacktrace and report it");
    }
}
