package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;

/** What-ifs that reach rules/parameters.yaml: --set parameters.PATH=VALUE and an overlay's parameters:. */
class ParameterOverridesTest {
    private static final String ONE_THIRD = "scenarios/edges/constructive-abstention-one-third.yaml";

    @Test
    void setParameters_changesTheThresholdTheRulesRead() {
        CliRun run = CliRun.of("run", ONE_THIRD, "--set", "parameters.constructive-abstention.members=1/4",
                "--set", "parameters.constructive-abstention.population=1/4");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().split("BLOCKED", -1)).as("BLOCKED rows").hasSize(4);
        assertThat(run.out()).contains("reaches 25% of members and 25% of population");
    }

    @Test
    void overlayParameters_changeTheThresholdAsSetDoes() {
        Path overlay = TestRules.write("quarter.yaml",
                "parameters:\n  constructive-abstention.members: 1/4\n  constructive-abstention.population: 1/4\n");
        CliRun run = CliRun.of("run", ONE_THIRD, "--with", overlay.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().split("BLOCKED", -1)).as("BLOCKED rows").hasSize(4);
    }

    @Test
    void setUnknownParameter_isALocatedErrorListingThePaths() {
        CliRun run = CliRun.of("run", ONE_THIRD, "--set", "parameters.qmv.populaton=70/100");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(ONE_THIRD + ": --set parameters.qmv.populaton=70/100")
                .contains("unknown parameter 'qmv.populaton'; rules/parameters.yaml has: ")
                .contains("qmv.population").doesNotContain("Exception");
    }

    @Test
    void setAFractionWhereACountBelongs_saysWhichKindFits() {
        CliRun run = CliRun.of("run", ONE_THIRD, "--set", "parameters.qmv.minimum-members=1/2");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("parameters.qmv.minimum-members: '1/2' does not fit qmv.minimum-members,"
                + " which is a whole number such as 15");
    }

    /** The blocking-minority floor is the rules' and parameters.yaml's (qmv.drl's blockingFloor), not Java's. */
    @Test
    void blockingMinorityMembersSetToFive_fourAgainstNoLongerBlock() {
        CliRun run = CliRun.of("run", "--format", "json", "scenarios/edges/qmv-blocking-minority-four-members.yaml",
                "--set", "parameters.qmv.blocking-minority-members=5");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("a blocking minority needs 5").doesNotContain("QMV: blocking minority of 4");
    }

    @Test
    void blockingMinorityPlusMembersSetToTwo_threeAgainstAmongParticipantsNoLongerBlock() {
        CliRun base = CliRun.of("run", "scenarios/edges/qmv-opt-outs-participants-only.yaml");
        CliRun run = CliRun.of("run", "scenarios/edges/qmv-opt-outs-participants-only.yaml",
                "--set", "parameters.qmv.blocking-minority-plus-members=2");
        assertThat(base.out()).contains("QMV: blocking minority of 3 members");
        assertThat(run.out()).doesNotContain("QMV: blocking minority of 3 members")
                .contains("only 3 members not in favour, a blocking minority needs 4");
    }
}
