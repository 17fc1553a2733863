package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Packages decided in stages (issue 10): each timing rule of rules/procedures/stages.drl, the JSON and --set. */
class StagesTest {
    private static final String BLOCKED = "scenarios/edges/stage-after-blocked-stage-never-decided.yaml";
    private static final String LAPSED = "scenarios/edges/stage-deadline-passes-lapsed.yaml";
    private static final String UNDATED = "scenarios/edges/stage-undated-decided-with-predecessor.yaml";

    /** The JSON document {@code run --format json ARGS} prints, after checking it exited 0. */
    static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "run";
        all[1] = "--format";
        all[2] = "json";
        System.arraycopy(args, 0, all, 3, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return new ObjectMapper().readTree(run.out());
    }

    /** The stage with this id in a package's JSON "stages". */
    static JsonNode stage(JsonNode pkg, String id) {
        for (JsonNode s : pkg.get("stages")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + id + " in " + pkg);
    }

    @Test
    void stageAfterABlockedStage_isNeverDecided_andThePackageIsBlockedThere() throws Exception {
        JsonNode pkg = json(BLOCKED).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("blocked");
        assertThat(pkg.get("rule").asText()).isEqualTo("stages");
        assertThat(pkg.get("reasons").get(0).asText()).isEqualTo("blocked at european-council (euco) by HU: vetoed by HU");
        JsonNode regulation = stage(pkg, "regulation");
        assertThat(regulation.get("outcome").asText()).isEqualTo("not-reached");
        assertThat(regulation.get("date").isNull()).isTrue();
    }

    @Test
    void deadlinePassedWithoutAdoption_lapsesThePackageFromThatDay() throws Exception {
        JsonNode doc = json(LAPSED);
        JsonNode pkg = doc.get("packages").get(0);
        assertThat(pkg.get("passed").asBoolean()).isFalse();
        assertThat(pkg.get("outcome").asText()).isEqualTo("lapsed");
        assertThat(pkg.get("reasons").get(0).asText()).isEqualTo("lapsed at eu-council (renewal) by HU: not adopted by its deadline, 2025-01-31; vetoed by HU");
        assertThat(pkg.get("blockers").toString()).isEqualTo("[\"HU\"]");
        assertThat(stage(pkg, "renewal").get("date").asText()).as("the day it lapsed").isEqualTo("2025-01-31");
        assertThat(doc.get("timeline").toString()).contains("{\"date\":\"2025-01-31\",\"packages\":[{\"id\":\"sanctions-rollover\",\"outcome\":\"lapsed\"}");
    }

    @Test
    void deadlineNotYetReached_leavesTheStageOpenAsBlocked() throws Exception {
        JsonNode pkg = json("--as-of", "2025-01-30", LAPSED).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("blocked");
        assertThat(stage(pkg, "renewal").get("outcome").asText()).isEqualTo("blocked");
    }

    @Test
    void lapseWithItsOwnOutcomeWord_namesThatWordForTheStage() throws Exception {
        JsonNode pkg = json(LAPSED).get("packages").get(1);
        assertThat(stage(pkg, "renewal").get("outcome").asText()).isEqualTo("expired");
        assertThat(pkg.get("outcome").asText()).isEqualTo("lapsed");
        assertThat(pkg.get("reasons").get(0).asText()).startsWith("expired at eu-council (renewal)");
    }

    @Test
    void examinationStageWithNoOpinion_letsTheProcedureGoOnAndThePackageIsAdopted() throws Exception {
        JsonNode pkg = json("scenarios/edges/stage-examination-no-opinion.yaml").get("packages").get(0);
        JsonNode committee = stage(pkg, "committee");
        assertThat(committee.get("outcome").asText()).isEqualTo("no-opinion");
        assertThat(committee.get("passed").asBoolean()).isTrue();
        assertThat(stage(pkg, "council").get("outcome").asText()).isEqualTo("adopted");
        assertThat(pkg.get("outcome").asText()).isEqualTo("adopted");
    }

    @Test
    void stageReDecidedByATimelineEvent_reportsTheDayItsOutcomeChanged() throws Exception {
        String chain = "scenarios/eu/ukraine-facility-chain-2023-2024.yaml";
        JsonNode agreed = stage(json(chain).get("packages").get(0), "euco");
        assertThat(agreed.get("outcome").asText()).isEqualTo("adopted");
        assertThat(agreed.get("date").asText()).as("agreed by all 27 on 1 February 2024").isEqualTo("2024-02-01");
        JsonNode blocked = stage(json("--as-of", "2024-01-15", chain).get("packages").get(0), "euco");
        assertThat(blocked.get("outcome").asText()).isEqualTo("blocked");
        assertThat(blocked.get("date").asText()).as("blocked by HU on 14 December 2023").isEqualTo("2023-12-14");
    }

    @Test
    void undatedStage_isDecidedOnTheDayItsPredecessorIs() throws Exception {
        JsonNode pkg = json(UNDATED).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("adopted");
        assertThat(stage(pkg, "euco").get("date").asText()).isEqualTo("2024-02-01");
        assertThat(stage(pkg, "regulation").get("date").asText()).isEqualTo("2024-02-27");
        assertThat(stage(pkg, "regulation").get("rule").asText()).isEqualTo("qmv");
    }

    @Test
    void asOfBeforeAStagesDate_leavesItAndThePackagePending() throws Exception {
        JsonNode pkg = json("--as-of", "2024-02-10", UNDATED).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("pending");
        assertThat(pkg.get("passed").asBoolean()).isFalse();
        assertThat(stage(pkg, "euco").get("outcome").asText()).isEqualTo("adopted");
        assertThat(stage(pkg, "consent").get("outcome").asText()).isEqualTo("pending");
        assertThat(stage(pkg, "consent").get("reasons").get(0).asText()).isEqualTo("due on 2024-02-27");
    }

    @Test
    void setAStagesPosition_changesThatStageOnly() throws Exception {
        JsonNode pkg = json("--set", "facility.stages.euco.positions.HU=support", BLOCKED).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("adopted");
        assertThat(stage(pkg, "regulation").get("outcome").asText()).isEqualTo("adopted");
    }

    @Test
    void setAnUnknownStage_namesThePackagesStages() {
        CliRun run = CliRun.of("run", "--set", "facility.stages.ecuo.positions.HU=support", BLOCKED);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown stage 'ecuo' of package 'facility'; its stages: euco, regulation");
    }

    @Test
    void unstagedScenario_printsNoStagesField() throws Exception {
        JsonNode pkg = json("scenarios/eu/macro-financial-assistance-qmv.yaml").get("packages").get(0);
        assertThat(pkg.has("stages")).isFalse();
    }

    @Test
    void textReport_addsAStageTableUnderAStagedPackage() {
        assertThat(CliRun.of("run", BLOCKED).out()).contains("  facility, in stages:\n",
                "    regulation  eu-council        unanimity  -           NOT-REACHED  -         it comes after euco, which did not pass");
    }

    @Test
    void explain_walksTheStagesInOrderWithTheirRules() {
        String out = CliRun.of("run", "--explain", UNDATED).out();
        assertThat(out).contains("    stage euco: european-council, unanimity, due on 2024-02-01: adopted",
                "    stage regulation: eu-council, qmv, after consent, due on 2024-02-27: adopted", "qmv-adopted");
        assertThat(out.indexOf("stage euco:")).isLessThan(out.indexOf("stage consent:"));
        assertThat(out.indexOf("stage consent:")).isLessThan(out.indexOf("stage regulation:"));
    }

    @Test
    void pivotsOnAStagedPackage_namesTheStageWhereHuAloneFlipsIt() throws Exception {
        CliRun run = CliRun.of("pivots", BLOCKED);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("    -> support: HU at euco\n",
                "  smallest set whose support passes it: HU at euco (1 member");
        CliRun json = CliRun.of("pivots", "--format", "json", BLOCKED);
        JsonNode pkg = new ObjectMapper().readTree(json.out()).get("packages").get(0);
        assertThat(pkg.get("flips").get("support").toString()).isEqualTo("[\"HU\"]");
        assertThat(pkg.get("stageFlips").get(0).toString()).isEqualTo("{\"member\":\"HU\",\"to\":\"support\",\"stage\":\"euco\"}");
        assertThat(pkg.get("stageSupport").toString()).isEqualTo("[{\"member\":\"HU\",\"stage\":\"euco\"}]");
    }

    @Test
    void pivotsOnABlockedPackageWhoseLaterStagesAreNotDue_saysNotYetInsteadOfFailsWithEveryoneInFavour() throws Exception {
        String chain = "scenarios/eu/ukraine-facility-chain-2023-2024.yaml";
        CliRun run = CliRun.of("pivots", "--as-of", "2023-12-14", chain);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("mff-revision (european-council, european-parliament, eu-council, stages): BLOCKED\n"
                        + "  no single member's change of position flips it\n"
                        + "  no set of supporters passes it yet: a stage is not due on the date decided on (try --as-of)\n")
                .doesNotContain("fails even with every member in favour");
        JsonNode pkg = new ObjectMapper().readTree(CliRun.of("pivots", "--format", "json", "--as-of", "2023-12-14", chain).out())
                .get("packages").get(0);
        assertThat(pkg.get("search").asText()).isEqualTo("not-due");
    }

    @Test
    void positionReadAsAnotherInAStage_isNotedUnderTheStagesBallot() {
        String facility = "scenarios/eu/ukraine-facility-2023-12.yaml";
        String note = "ukraine-facility/euco: constructive-abstain counted as abstain (SK): ";
        assertThat(CliRun.of("run", "--set", "ukraine-facility.stages.euco.positions.SK=constructive-abstain", facility).out())
                .contains("  notes:\n", note);
        assertThat(CliRun.of("sweep", facility, "--vary", "SK", "--over", "support,constructive-abstain").out()).contains(note);
    }

    @Test
    void parliamentStageDueInTheNewTerm_countsTheSeatsOfItsOwnDay() throws Exception {
        String scenario = org.aidsim.TestRules.write("ep-new-term.yaml", """
                name: a consent dated in the 2024-2029 term, in a scenario dated before it
                date: 2024-06-01
                packages:
                  - id: p
                    stages:
                      - id: consent
                        forum: european-parliament
                        rule: component-members
                        date: 2024-09-17
                        votes: { for: 360, against: 300, abstain: 10 }
                """).toString();
        JsonNode pkg = json(scenario).get("packages").get(0);
        assertThat(pkg.get("outcome").asText()).isEqualTo("failed");
        assertThat(stage(pkg, "consent").get("reasons").get(0).asText())
                .startsWith("no majority of component members: 360 for of 720 component members; needs 361");
    }

    @Test
    void sweepOverAStagedPackage_variesTheMemberInEveryStage() {
        CliRun run = CliRun.of("sweep", BLOCKED, "--vary", "HU,SK", "--over", "support,oppose");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("facility: passes in 1 of 4 (25%)");
    }

    @Test
    void diffOfAStagesPosition_showsThePackageFlipping() {
        CliRun run = CliRun.of("diff", BLOCKED, "--set", "facility.stages.euco.positions.HU=support");
        assertThat(run.out()).contains("packages[facility].outcome: blocked -> adopted");
    }
}
