package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Issue 10: sweep over a Parliament stage's counts (--vary-votes) and over one stage's positions (--stage). */
class StageSweepTest {
    private static final String CHAIN = StageWhatIfCommandsTest.CHAIN;
    /** After both regulations were adopted: every stage due, so only what the sweep varies decides. */
    private static final String AFTER = "2024-03-31";

    private static JsonNode sweep(String... args) throws Exception {
        String[] all = new String[args.length + 5];
        all[0] = "sweep";
        all[1] = "--format";
        all[2] = "json";
        all[3] = "--as-of";
        all[4] = AFTER;
        System.arraycopy(args, 0, all, 5, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void sweepEveryEpCount_passesFromTheComponentMajorityOn() throws Exception {
        // for 300..420 of 705 seats: consent from 353 on, 68 of the 121 values; the Facility requires the MFF revision.
        JsonNode doc = sweep("--vary-votes", "mff-revision/ep-consent:for=300..420", CHAIN);
        assertThat(doc.get("profiles").asLong()).isEqualTo(121);
        JsonNode mff = doc.get("packages").get(0);
        assertThat(mff.get("passing").asLong()).isEqualTo(68);
        assertThat(doc.get("packages").get(1).get("passing").asLong()).isEqualTo(68);
        JsonNode count = mff.get("members").get(0);
        assertThat(count.get("member").asText()).isEqualTo("mff-revision/ep-consent:for");
        assertThat(count.get("positions").get("342-362").get("passing").asLong()).isEqualTo(10);
        assertThat(count.get("positions").get("300-320").get("passing").asLong()).isZero();
        assertThat(count.get("positions").get("405-420").get("passing").asLong()).isEqualTo(16);
    }

    @Test
    void sweepVaryingEpCounts_isDeterministicWithSeed() throws Exception {
        String[] args = {"--samples", "300", "--seed", "7", "--vary-votes", "mff-revision/ep-consent:for=300..420",
                "--vary-votes", "ukraine-facility/ep-final:for=0..100", CHAIN};
        JsonNode one = sweep(prepend("--threads", "1", args));
        JsonNode two = sweep(prepend("--threads", "2", args));
        assertThat(one).isEqualTo(two);
        JsonNode mff = one.get("packages").get(0);
        assertThat(mff.get("passing").asLong()).isBetween(120L, 220L);
        JsonNode facility = one.get("packages").get(1);
        assertThat(facility.get("passing").asLong()).isLessThan(mff.get("passing").asLong());
        assertThat(facility.get("members").toString()).contains("ukraine-facility/ep-final:for");
    }

    @Test
    void sweepOneStage_variesThePositionsInThatStageOnly() throws Exception {
        // HU opposing the Facility's Council vote (QMV) blocks nothing; opposing everywhere blocks the MFF revision.
        JsonNode oneStage = sweep("--vary", "HU", "--over", "support,oppose", "--stage", "ukraine-facility/council", CHAIN);
        assertThat(oneStage.get("stage").asText()).isEqualTo("ukraine-facility/council");
        assertThat(oneStage.get("packages").get(0).get("passing").asLong()).isEqualTo(2);
        assertThat(oneStage.get("packages").get(1).get("passing").asLong()).isEqualTo(2);
        JsonNode everywhere = sweep("--vary", "HU", "--over", "support,oppose", CHAIN);
        assertThat(everywhere.has("stage")).isFalse();
        assertThat(everywhere.get("packages").get(0).get("passing").asLong()).isEqualTo(1);
    }

    @Test
    void varyVotesOnABallotWithoutCounts_listsThoseWithCountsExit2() {
        CliRun run = CliRun.of("sweep", "--vary-votes", "mff-revision/euco:for=1..2", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--vary-votes mff-revision/euco:for=1..2: 'mff-revision/euco' is not a ballot decided"
                + " on the European Parliament's counts (a package or PACKAGE/STAGE with votes:); those of this scenario:"
                + " mff-revision/ep-consent, ukraine-facility/ep-first-reading, ukraine-facility/ep-final");
    }

    @Test
    void varyVotesAboveTheSeats_isRefusedExit2() {
        CliRun run = CliRun.of("sweep", "--vary-votes", "mff-revision/ep-consent:against=100..300", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--vary-votes on mff-revision/ep-consent: at the top of the ranges 499 for + 300"
                + " against + 31 abstaining = 830 members, but the European Parliament has 705 component members on the"
                + " day that ballot is decided; lower HIGH so that the three counts add up to at most 705");
    }

    @Test
    void stageNotInTheScenario_listsTheStagesExit2() {
        CliRun run = CliRun.of("sweep", "--vary", "HU", "--stage", "mff-revision/ep", CHAIN);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--stage mff-revision/ep: not a stage of this scenario; expected PACKAGE/STAGE, one of:"
                + " mff-revision/euco, mff-revision/ep-consent, mff-revision/council, ukraine-facility/ep-first-reading,"
                + " ukraine-facility/ep-final, ukraine-facility/council");
    }

    private static String[] prepend(String a, String b, String[] rest) {
        String[] out = new String[rest.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }
}
