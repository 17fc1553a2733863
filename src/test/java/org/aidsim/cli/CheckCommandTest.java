package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    @Test
    void shippedRulesAndScenarios_areValid() {
        CliRun run = CliRun.of("check");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("rules compile").containsPattern("(\\d+) of \\1 scenario files valid");
    }

    @Test
    void invalidScenario_listsEveryProblem() {
        Path bad = TestRules.write("bad.yaml", "name: x\ndate: 2024-01-01\npackages:\n  - id: p\n    forum: nato\n    rule: majority\n    amount: -1\n");
        CliRun run = CliRun.of("check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("0 of 1 scenario files valid");
        assertThat(run.err().lines()).hasSize(2);
    }

    @Test
    void emptyFolder_exitsWithUsageAsRunDoes() throws Exception {
        Path empty = Files.createTempDirectory("aidsim-empty");
        Path emptyNamedYaml = Files.createDirectory(empty.resolve("x.yaml"));
        for (Path target : new Path[] {empty, emptyNamedYaml}) {
            CliRun check = CliRun.of("check", target.toString());
            CliRun run = CliRun.of("run", target.toString());
            assertThat(check.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(run.exitCode());
            assertThat(check.err()).contains("aidsim: no scenario files (.yaml, .yml, .json) in " + target);
            assertThat(run.err()).contains("aidsim: no scenario files (.yaml, .yml, .json) in " + target);
        }
    }

    /** Runs check with a copy of the shipped rules whose parameters.yaml has {@code from} replaced by {@code to}. */
    private static CliRun checkWithParameters(String from, String to) throws Exception {
        Path parameters = RunCommandTest.copyOfRules().resolve("parameters.yaml");
        String text = Files.readString(parameters);
        assertThat(text).contains(from);
        Files.writeString(parameters, text.replace(from, to));
        return CliRun.of("check", "--rules", parameters.getParent().toString(), "scenarios/eu/ukraine-facility-2023-12.yaml");
    }

    @Test
    void badThreshold_inParameters_isReportedWithItsPlace() throws Exception {
        CliRun run = checkWithParameters("2009-12-01: 1/3", "2009-12-01: one third");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("parameters.yaml:").contains("parameters.constructive-abstention.members.values.2009-12-01: 'one third' is not a parameter value");
    }

    @Test
    void helpAndVersion_work() {
        assertThat(CliRun.of("--help").out()).contains("Usage: aidsim", "run", "check", "Exit codes:");
        assertThat(CliRun.of("run", "--help").out()).contains("--explain", "--format", "--rules", "Examples:");
        assertThat(CliRun.of("--version").out()).startsWith("aidsim 0.1.0");
    }

    @Test
    void forumRulesWithoutItsDefault_inParameters_isReportedWithItsPlace() throws Exception {
        CliRun run = checkWithParameters("rules: [consensus]", "rules: [qmv]");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("parameters.yaml:").contains("forums.nato.rules: the default-rule consensus must be among the forum's rules");
    }

    @Test
    void quorumNotWrittenAsAShare_inParameters_isReportedWithItsPlace() throws Exception {
        CliRun run = checkWithParameters("quorum: more than 1/2", "quorum: a majority");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("forums.eu-council.quorum: 'a majority' is not a quorum; expected \"more than 1/2\" or \"at least 2/3\"");
    }

    @Test
    void natoWithQmvRule_isRefusedWithExitThreeAndThePlace() {
        Path bad = TestRules.write("nato-qmv.yaml", "name: x\ndate: 2024-07-10\npackages:\n  - id: p\n    forum: nato\n    rule: qmv\n");
        CliRun run = CliRun.of("run", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(bad + ":6:11: packages[0].rule: rule qmv has no meaning in forum nato; "
                + "valid rules for nato: consensus (rules/parameters.yaml)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkParameterTree_reportsAValueWithoutADate() throws Exception {
        CliRun run = checkWithParameters("        2014-11-01: 72/100", "        from-now: 72/100");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("parameters.reinforced-qmv.members.values.from-now: 'from-now' is not a date");
    }

    @Test
    void checkParameterTree_reportsAMissingReferenceAndAnUnknownKey() throws Exception {
        CliRun run = checkWithParameters("      reference: Art. 238(2) TFEU\n", "      source: Art. 238(2) TFEU\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.err()).contains("parameters.reinforced-qmv.members.source: unknown key 'source'")
                .contains("parameters.reinforced-qmv.members: no reference;");
    }
}
