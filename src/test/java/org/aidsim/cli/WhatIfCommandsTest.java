package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** diff, pivots and sweep as a user runs them, with the exact message of each error. */
class WhatIfCommandsTest {
    private static final String FACILITY = "src/test/resources/fixtures/ukraine-facility-one-vote-2023-12.yaml";

    @Test
    void diffWithSet_showsOutcomeBlockersReasonsAndRules() {
        CliRun run = CliRun.of("diff", FACILITY, "--set", "ukraine-facility.positions.HU=constructive-abstain");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(
                "packages[ukraine-facility].outcome: blocked -> adopted\n",
                "packages[ukraine-facility].blockers: - HU\n",
                "packages[ukraine-facility].rules: + Outside a CFSP decision taken by unanimity, constructive abstention is a plain abstention\n",
                "packages[ukraine-facility].rules: - Unanimity: a single vote against is a veto\n",
                "packages[ukraine-facility].rules: + Unanimity: a package no member vetoes is adopted\n");
    }

    @Test
    void diffClosingLine_countsFieldsNotPrintedLines() {
        List<String> lines = CliRun.of("diff", FACILITY, "--set", "ukraine-facility.positions.HU=constructive-abstain")
                .out().lines().toList();
        List<String> changes = lines.subList(3, lines.size() - 1);
        long fields = changes.stream().map(l -> l.substring(0, l.indexOf(": "))).distinct().count();
        assertThat(changes.size()).isGreaterThan((int) fields);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(fields + " fields differ");
    }

    @Test
    void setThatFitsNoFileOfAFolder_namesEachFile() {
        CliRun run = CliRun.of("run", "scenarios/nato/", "--set", "nope.rule=qmv");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("scenarios/nato/[a-z0-9-]+\\.yaml: --set nope\\.rule=qmv: unknown key 'nope\\.rule'; expected .*"));
        assertThat(run.err().lines().distinct().count()).isEqualTo(run.err().lines().count());
    }

    @Test
    void diffOfAFileWithItself_hasNoDifferences() {
        assertThat(CliRun.of("diff", FACILITY, FACILITY).out()).endsWith("no differences\n");
    }

    @Test
    void diffWithNothingToCompare_isAUsageError() {
        CliRun run = CliRun.of("diff", FACILITY);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: diff needs something to compare BASE with: a second file, --with OVERLAY or --set KEY=VALUE\n");
    }

    @Test
    void pivots_nameTheVetoAndTheSmallestSupportingSet() {
        CliRun run = CliRun.of("pivots", "--set", "ukraine-facility.positions.SK=oppose", FACILITY);
        assertThat(run.out()).contains("ukraine-facility (european-council, unanimity): BLOCKED\n"
                + "  no single member's change of position flips it\n"
                + "  smallest set whose support passes it: HU SK (2 members; no smaller set can: the rule needs at least 2)\n");
        assertThat(CliRun.of("pivots", FACILITY).out()).contains("    -> support: HU\n", "    -> abstain: HU\n")
                .doesNotContain("-> constructive-abstain");
    }

    @Test
    void pivotsOnAQmvPackageEveryoneOpposes_reportsFifteenAsExactFromTheRule() {
        CliRun run = CliRun.of("pivots", "--max-evaluations", "1000", "--set", "ukraine-facility.rule=qmv",
                "--set", "ukraine-facility.positions.default=oppose", FACILITY);
        assertThat(run.out()).contains("(15 members; no smaller set can: the rule needs at least 15)\n")
                .doesNotContain("not every smaller set was tried");
        assertThat(CliRun.of("pivots", "--format", "json", "--max-evaluations", "1000", "--set", "ukraine-facility.rule=qmv",
                "--set", "ukraine-facility.positions.default=oppose", FACILITY).out())
                .contains("\"search\" : \"exact\",\n    \"lowerBound\" : 15");
    }

    @Test
    void pivotsOnACfspPackage_listConstructiveAbstentionAsItsOwnFlip() {
        assertThat(CliRun.of("pivots", "--set", "ukraine-assistance-fund.stages.creation.positions.HU=oppose",
                "scenarios/eu/ukraine-assistance-fund.yaml").out()).contains("    -> constructive-abstain: HU at creation\n");
    }

    @Test
    void pivotsAndSweepOfATimeline_sayTheyDecideOnTheScenarioDateOnly() {
        String timeline = "scenarios/coalitions/it-coalition-timeline-2023-2024.yaml";
        assertThat(CliRun.of("pivots", timeline).out()).contains("\n  decisions on 2023-12-01, the scenario's date; "
                + "later events (2 dates to 2024-02-29) are not played: use --as-of DATE to play them\n");
        assertThat(CliRun.of("pivots", "--format", "json", timeline).out())
                .contains("\"decidedOn\" : \"2023-12-01\",\n  \"asOf\" : null,\n  \"datesNotPlayed\" : [ \"2024-01-23\", \"2024-02-29\" ],");
        CliRun sweep = CliRun.of("sweep", FACILITY, "--vary", "HU");
        assertThat(sweep.out()).contains(" profiles (every combination) · rules from rules/\n  decisions on 2023-12-14, the scenario's date\n");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU", "--format", "json").out())
                .contains("\"decidedOn\" : \"2023-12-14\",\n  \"asOf\" : null,\n  \"datesNotPlayed\" : [ ],");
        assertThat(CliRun.of("pivots", "--help").out()).contains("Decisions are taken on the scenario's date");
    }

    @Test
    void pivotsAndSweepAsOf_decideAfterTheTimelineEventsAsRunAsOfDoes() {
        String facility2024 = "scenarios/disbursement/ukraine-facility-2024.yaml";
        assertThat(CliRun.of("run", "--as-of", "2024-03-01", facility2024).out()).contains("  ukraine-facility  european-council  unanimity  ADOPTED");
        assertThat(CliRun.of("pivots", facility2024).out()).contains("ukraine-facility (european-council, unanimity): BLOCKED\n");
        CliRun pivots = CliRun.of("pivots", "--as-of", "2024-03-01", facility2024);
        assertThat(pivots.out()).contains("\n  decisions on 2024-02-01, the last timeline date up to --as-of 2024-03-01, after its "
                + "events; later events (3 dates to 2024-12-31) are not played: use --as-of DATE to play them\n",
                "ukraine-facility (european-council, unanimity): ADOPTED\n");
        String timeline = "scenarios/coalitions/it-coalition-timeline-2023-2024.yaml";
        assertThat(CliRun.of("sweep", timeline, "--vary", "NL", "--over", "support", "--as-of", "2024-01-20").err())
                .startsWith("aidsim: --vary NL: no package of this scenario is put to a vote");
        assertThat(CliRun.of("pivots", "--as-of", "2023-01-01", timeline).err()).isEqualTo("aidsim: --as-of 2023-01-01 is "
                + "before the date of " + timeline + " (2023-12-01); a timeline starts on its scenario's date\n");
    }

    @Test
    void pivotsOfAnAdoptedPackage_listEveryVeto() {
        CliRun run = CliRun.of("pivots", "--set", "ukraine-facility.positions.HU=support", FACILITY);
        assertThat(run.out()).contains("ADOPTED\n  one member's change alone stops it:\n    -> oppose: AT BE BG");
    }

    @Test
    void sweepEveryCombination_countsPassesAndSwings() {
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "HU,SK", "--over", "support,oppose");
        assertThat(run.out()).contains("ukraine-facility: passes in 1 of 4 (25%)\n",
                "  HU  swing  50.00 pts:  support 50%  oppose 0%\n");
    }

    @Test
    void sweepTwoThirdsSwing_isShownAs66_66NotAsReaching66_67() {
        CliRun run = CliRun.of("sweep", FACILITY, "--vary", "HU,SK", "--over", "support,oppose,abstain");
        assertThat(run.out()).contains("ukraine-facility: passes in 4 of 9 (44.44%)\n",
                "  HU  swing  66.66 pts:  support 66.66%  oppose 0%  abstain 66.66%\n");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU,SK", "--over", "support,oppose,abstain", "--format", "csv").out())
                .contains("ukraine-facility,HU,support,3,2,0.666666,,,0.666666\n");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU,SK,AT", "--over", "support,oppose,abstain").out())
                .contains("passes in 8 of 27 (29.62%)");
    }

    @Test
    void sweepSamples_areIdenticalWhateverTheThreadCount() {
        String[] args = {"sweep", FACILITY, "--samples", "3000", "--seed", "11", "--prob", "HU=support:0.5", "--prob",
                "SK=oppose:0.2,abstain:0.1", "--format", "json"};
        String one = CliRun.of(concat(args, "--threads", "1")).out();
        assertThat(CliRun.of(concat(args, "--threads", "3")).out()).isEqualTo(one);
        assertThat(one).contains("\"interval95\"", "\"mode\" : \"sampled\"");
    }

    @Test
    void sweepBadInput_isNamed() {
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU,XX").err()).startsWith(
                "aidsim: --vary XX: not a member with a seat in a voted package of this scenario; members that can be varied: AT BE BG");
        assertThat(CliRun.of("sweep", FACILITY, "--vary", "HU", "--over", "veto").err()).isEqualTo(
                "aidsim: --over veto: unknown position; expected one of: support, oppose, abstain, constructive-abstain, absent, opt-out\n");
        assertThat(CliRun.of("sweep", FACILITY, "--samples", "0", "--prob", "HU=oppose:1").err())
                .isEqualTo("aidsim: --samples must be at least 1, got 0\n");
        assertThat(CliRun.of("sweep", FACILITY, "--samples", "10", "--prob", "HU=oppose:0.6,abstain:0.5").err())
                .isEqualTo("aidsim: --prob HU=oppose:0.6,abstain:0.5: the probabilities add up to 1.1, more than 1 "
                        + "(what remains goes to the member's position in the scenario)\n");
        CliRun huge = CliRun.of("sweep", FACILITY, "--vary", "AT,BE,BG,CY,CZ,DE,DK,EE,EL,ES,FI,FR,HR,HU,IE");
        assertThat(huge.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(huge.err()).isEqualTo("aidsim: 3^15 = 14,348,907 profiles is more than 10,000,000; vary fewer members or pass --force\n");
        assertThat(CliRun.of("sweep", FACILITY).err())
                .isEqualTo("aidsim: sweep needs --vary MEMBERS (every combination) or --samples N with --prob"
                        + " (or --vary-votes BALLOT:COUNT=LOW..HIGH)\n");
    }

    @Test
    void sweepOfACoalitionMember_explainsThatPledgesAreNotVotes() {
        CliRun run = CliRun.of("sweep", "scenarios/coalitions/it-coalition-2023-12.yaml", "--vary", "NL");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aidsim: --vary NL: no package of this scenario is put to a vote, so no member's "
                + "position can be varied; packages a coalition delivers (it-support) are pledged to, not voted on, "
                + "so they have no votes to vary\n");
        assertThat(CliRun.of("sweep", "scenarios/coalitions/all-eight-spring-2024.yaml", "--vary", "NL").err())
                .startsWith("aidsim: --vary NL: no package of this scenario is put to a vote, so no member's position "
                        + "can be varied; coalitions (");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
