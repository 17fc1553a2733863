package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The forums beyond the Council from the command line: what-ifs on Parliament counts, JSON counts, exit codes. */
class ForumCommandsTest {
    private static final String MFA = "scenarios/eu/mfa-loan-parliament-2024-10.yaml";

    @Test
    void setParliamentCountFor_turnsTheVote() {
        CliRun run = CliRun.of("run", MFA, "--set", "mfa-loan-ep.votes.for=50");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("FAILED", "no majority of the votes cast: 50 for of 106 votes cast (56 against;"
                + " 61 abstentions and 553 absent are not votes cast); needs 54", "expect: not checked");
    }

    @Test
    void parliamentCountsAboveTheSeats_exitThreeNamingTheSet() {
        CliRun run = CliRun.of("run", MFA, "--set", "mfa-loan-ep.votes.against=400");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("packages[0].votes: 518 for + 400 against + 61 abstaining = 979 members, but the"
                + " European Parliament has 720 component members on 2024-10-22", "(after applying --set mfa-loan-ep.votes.against=400)")
                .doesNotContain("Exception");
    }

    @Test
    void parliamentPackageJson_carriesTheCountAgainstTheSeats() throws Exception {
        CliRun run = CliRun.of("run", MFA, "--format", "json");
        JsonNode count = org.aidsim.report.Json.treeReader().readTree(run.out()).path("packages").path(0).path("count");
        assertThat(count.toString()).isEqualTo("{\"seats\":720,\"for\":518,\"against\":56,\"abstain\":61,\"absent\":85,\"cast\":574}");
    }

    @Test
    void declarationJson_isIssuedAndNotPassed() throws Exception {
        CliRun run = CliRun.of("run", "scenarios/eu/declaration-of-26-on-ukraine-2025-03.yaml", "--format", "json");
        JsonNode p = org.aidsim.report.Json.treeReader().readTree(run.out()).path("packages").path(0);
        assertThat(p.path("outcome").asText()).isEqualTo("issued");
        assertThat(p.path("passed").asBoolean()).isFalse();
        assertThat(p.has("count")).isFalse();
    }
}
