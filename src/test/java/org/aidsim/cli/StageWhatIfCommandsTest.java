package org.aidsim.cli;

import static org.aidsim.cli.StagesTest.stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: what-ifs on a package decided in stages from the command line: {@code --set} on a stage's Parliament
 * counts and other fields, the Parliament stage's count in JSON, sweep over counts and one stage, and diff.
 */
class StageWhatIfCommandsTest {
    static final String CHAIN = "scenarios/eu/ukraine-facility-chain-2023-2024.yaml";
    static final String EDGES = "scenarios/edges/ep-consent-edges.yaml";

    @Test
    void setStageVotesAgainst_flipsConsentToRejected() throws Exception {
        // 499 for of 705 is a majority of component members whatever the votes against; a for count of 352 is not.
        JsonNode pkg = StagesTest.json("--set", "mff-revision.stages.ep-consent.votes.for=352", CHAIN).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("failed");
        assertThat(stage(pkg, "ep-consent").get("outcome").asText()).isEqualTo("failed");
        assertThat(stage(pkg, "council").get("outcome").asText()).isEqualTo("not-reached");
        JsonNode tie = StagesTest.json("--set", "votes-cast-one-more-for.stages.ep.votes.against=300", EDGES)
                .get("packages").get(3);
        assertThat(tie.get("outcome").asText()).isEqualTo("failed");
        assertThat(stage(tie, "ep").get("reasons").get(0).asText())
                .isEqualTo("no majority of the votes cast: 300 for of 600 votes cast (300 against; 120 abstentions and 0 absent are not votes cast); needs 301");
    }

    @Test
    void setStageVotesAboveSeats_isRefusedExit3() {
        CliRun run = CliRun.of("run", "--set", "mff-revision.stages.ep-consent.votes.against=400", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(CHAIN + ":54:16: packages[0].stages[1].votes: 499 for + 400 against + 31 abstaining"
                + " = 930 members, but the European Parliament has 705 component members on 2024-02-27"
                + " (european-parliament.component-members in rules/parameters.yaml); the three counts add up to at most 705"
                + " (after applying --set mff-revision.stages.ep-consent.votes.against=400)\n");
    }

    @Test
    void setStageVotesNegative_isRefusedAtTheCountExit3() {
        CliRun run = CliRun.of("run", "--set", "votes-cast-tie.stages.ep.votes.for=-1", EDGES);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("packages[2].stages[0].votes.for: -1 is negative; a count of members voting for"
                + " is a whole number from 0");
    }

    @Test
    void setTrueOrFalseOnABooleanField_isReadAsTheBoolean() throws Exception {
        String fund = "scenarios/eu/ukraine-assistance-fund.yaml";
        JsonNode outsideCfsp = StagesTest.json("--set", "ukraine-assistance-fund.stages.creation.cfsp=false", fund);
        assertThat(outsideCfsp.get("notes").toString()).contains("constructive-abstain");
        JsonNode sanctions = StagesTest.json("--set", "russia-economic-sanctions.cfsp=false",
                "scenarios/eu/sanctions-rollover-2025-01.yaml");
        assertThat(sanctions.get("packages").get(0).get("passed").asBoolean()).isTrue();
        CliRun notABoolean = CliRun.of("run", "--set", "russia-economic-sanctions.cfsp=maybe",
                "scenarios/eu/sanctions-rollover-2025-01.yaml");
        assertThat(notABoolean.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notABoolean.err()).contains("packages[0].cfsp: expected true or false here");
    }

    @Test
    void setARenewalsPosition_changesTheRenewalAndTheLapseNamesTheBlocker() throws Exception {
        JsonNode pkg = StagesTest.json("--set", "russia-economic-sanctions.renewal.positions.HU=oppose",
                "scenarios/eu/sanctions-rollover-2025-01.yaml").get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("lapsed");
        assertThat(pkg.get("blockers").toString()).isEqualTo("[\"HU\"]");
    }

    @Test
    void setAStageNamedLikeTheRenewal_pointsToTheRenewalsKey() {
        CliRun run = CliRun.of("run", "--set", "russia-economic-sanctions.stages.january-2025-rollover.positions.HU=oppose",
                "scenarios/eu/sanctions-rollover-2025-01.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("its renewal is set with russia-economic-sanctions.renewal.FIELD=VALUE");
    }

    @Test
    void setUnknownStage_listsTheStages() {
        CliRun run = CliRun.of("run", "--set", "mff-revision.stages.ep.votes.against=400", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown stage 'ep' of package 'mff-revision'; its stages: council, ep-consent, euco");
    }

    @Test
    void setUnknownStageCount_namesTheThreeCounts() {
        CliRun run = CliRun.of("run", "--set", "mff-revision.stages.ep-consent.votes.absent=10", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("name the count: mff-revision.stages.ep-consent.votes.for,"
                + " mff-revision.stages.ep-consent.votes.against or mff-revision.stages.ep-consent.votes.abstain,"
                + " such as mff-revision.stages.ep-consent.votes.against=400");
    }

    @Test
    void setStageDate_movesTheStage() throws Exception {
        JsonNode pkg = StagesTest.json("--as-of", "2024-02-28", "--set", "mff-revision.stages.council.date=2024-02-28", CHAIN)
                .get("packages").get(0);
        assertThat(stage(pkg, "council").get("date").asText()).isEqualTo("2024-02-28");
        assertThat(pkg.get("outcome").asText()).isEqualTo("adopted");
    }

    @Test
    void epStageJson_carriesItsCounts() throws Exception {
        JsonNode pkg = StagesTest.json(CHAIN).get("packages").get(0);
        JsonNode count = stage(pkg, "ep-consent").get("count");
        assertThat(count.toString()).isEqualTo(
                "{\"seats\":705,\"for\":499,\"against\":67,\"abstain\":31,\"absent\":108,\"cast\":566,\"needed\":353}");
        assertThat(stage(pkg, "euco").has("count")).isFalse();
        JsonNode facility = StagesTest.json(CHAIN).get("packages").get(1);
        assertThat(stage(facility, "ep-final").get("count").get("needed").asLong()).isEqualTo(289);
    }

    @Test
    void epStageJson_followsASetCount() throws Exception {
        JsonNode pkg = StagesTest.json("--set", "consent-361-many-against.stages.ep-consent.votes.for=360", EDGES)
                .get("packages").get(1);
        JsonNode count = stage(pkg, "ep-consent").get("count");
        assertThat(count.get("for").asLong()).isEqualTo(360);
        assertThat(count.get("seats").asLong()).isEqualTo(720);
        assertThat(count.get("needed").asLong()).isEqualTo(361);
        assertThat(pkg.get("outcome").asText()).isEqualTo("failed");
    }

    @Test
    void diffAcrossStages_reportsTheStageThatChanged() {
        CliRun run = CliRun.of("diff", CHAIN, "--set", "mff-revision.stages.euco.positions.HU=oppose");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("packages[mff-revision].stages[euco].outcome: adopted -> blocked\n",
                "packages[mff-revision].stages[euco].blockers: + HU\n",
                "packages[mff-revision].stages[council].outcome: adopted -> not-reached\n",
                "packages[mff-revision].outcome: adopted -> blocked\n");
    }

    @Test
    void diffOfAStageCount_reportsTheCountAndTheOutcome() {
        CliRun run = CliRun.of("diff", CHAIN, "--set", "mff-revision.stages.ep-consent.votes.for=352");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("packages[mff-revision].stages[ep-consent].count.for: 499 -> 352\n",
                "packages[mff-revision].stages[ep-consent].outcome: adopted -> failed\n");
    }
}
