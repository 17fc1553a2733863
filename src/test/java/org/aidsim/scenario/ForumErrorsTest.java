package org.aidsim.scenario;

import static org.aidsim.scenario.ScenarioErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.Scenario;
import org.junit.jupiter.api.Test;

/** Each way a package of the forums beyond the Council can be wrong, with the exact line a user sees. */
class ForumErrorsTest {
    private static String parliament(String date, String body) {
        return "name: x\ndate: " + date + "\npackages:\n  - id: p\n    forum: european-parliament\n" + body;
    }

    @Test
    void parliamentCountsAboveTheSeatsOnTheDate_areRefusedAtVotes() {
        assertThat(problems(parliament("2024-02-27", "    votes: { for: 499, against: 67, abstain: 200 }\n")))
                .containsExactly("bad.yaml:6:12: packages[0].votes: 499 for + 67 against + 200 abstaining = 766 members,"
                        + " but the European Parliament has 705 component members on 2024-02-27"
                        + " (european-parliament.component-members in rules/parameters.yaml); the three counts add up to at most 705");
    }

    @Test
    void stageCountsAboveTheSeatsOnItsDay_areRefusedAtTheStagesVotes() {
        String stages = "name: x\ndate: 2024-02-01\npackages:\n  - id: p\n    stages:\n"
                + "      - id: ep\n        forum: european-parliament\n        date: 2024-02-27\n"
                + "        votes: { for: 600, against: 100, abstain: 10 }\n"
                + "      - id: ep-new-term\n        forum: european-parliament\n        date: 2024-09-17\n"
                + "        votes: { for: 600, against: 100, abstain: 10 }\n";
        assertThat(problems(stages)).containsExactly("bad.yaml:9:16: packages[0].stages[0].votes: 600 for + 100 against"
                + " + 10 abstaining = 710 members, but the European Parliament has 705 component members on 2024-02-27"
                + " (european-parliament.component-members in rules/parameters.yaml); the three counts add up to at most 705");
    }

    @Test
    void negativeParliamentCount_isRefused() {
        assertThat(problems(parliament("2025-03-01", "    votes: { for: 400, against: -1 }\n")))
                .containsExactly("bad.yaml:6:33: packages[0].votes.against: -1 is negative; a count of members voting"
                        + " against is a whole number from 0");
    }

    @Test
    void fractionalOrTextParliamentCount_isRefused() {
        assertThat(problems(parliament("2025-03-01", "    votes: { for: 400.5, abstain: many }\n")))
                .containsExactly(
                        "bad.yaml:6:19: packages[0].votes.for: '400.5' is not a count; expected a whole number of members from 0, such as for: 67",
                        "bad.yaml:6:35: packages[0].votes.abstain: 'many' is not a count; expected a whole number of members from 0, such as abstain: 67");
    }

    @Test
    void unknownParliamentCount_isRefused() {
        assertThat(problems(parliament("2025-03-01", "    votes: { yes: 400 }\n")))
                .containsExactly("bad.yaml:6:14: packages[0].votes.yes: unknown count 'yes'; expected for, against or abstain");
    }

    @Test
    void countsForACouncilPackage_areRefused() {
        assertThat(problems("name: x\ndate: 2025-03-01\npackages:\n  - id: p\n    forum: eu-council\n    votes: { for: 400 }\n"))
                .containsExactly("bad.yaml:6:5: packages[0].votes: votes: counts individual members' votes, which only the"
                        + " european-parliament forum has (rules votes-cast, component-members, two-thirds); rule qmv of"
                        + " forum eu-council decides on its members' positions: write positions instead");
    }

    @Test
    void positionsForTheParliament_areRefused() {
        assertThat(problems(parliament("2025-03-01", "    positions: { default: support }\n    votes: { for: 400 }\n")))
                .containsExactly("bad.yaml:6:5: packages[0].positions: the European Parliament's members vote individually,"
                        + " not as member states: give its vote as counts, votes: {for: N, against: N, abstain: N}, not positions");
    }

    @Test
    void cfspParliamentPackage_isRefused() {
        assertThat(problems(parliament("2025-03-01", "    cfsp: true\n    votes: { for: 400 }\n")))
                .containsExactly("bad.yaml:6:11: packages[0].cfsp: the European Parliament takes no decision of the common"
                        + " foreign and security policy (Art. 24(1) TEU: the European Council and the Council do); leave cfsp out");
    }

    @Test
    void parliamentWithoutCounts_isRefused() {
        assertThat(problems(parliament("2025-03-01", "    rule: component-members\n")))
                .containsExactly("bad.yaml:4:5: packages[0]: rule component-members decides on the European Parliament's"
                        + " counts: add votes: {for: N, against: N, abstain: N} (seats not written are absent)");
    }

    @Test
    void parliamentBeforeTheFirstSeatCount_isRefused() {
        assertThat(problems(parliament("2010-01-01", "    votes: { for: 400 }\n")))
                .containsExactly("bad.yaml:6:12: packages[0].votes: the European Parliament's seats on 2010-01-01 are not"
                        + " known: rules/parameters.yaml gives european-parliament.component-members from 2014-07-01;"
                        + " date the scenario on or after that, or set parameters.european-parliament.component-members");
    }

    @Test
    void constructiveAbstentionInARatification_isRefused() {
        assertThat(problems("name: x\ndate: 2021-05-01\npackages:\n  - id: p\n    forum: national-ratification\n"
                + "    positions: { default: support, HU: constructive-abstain }\n"))
                .containsExactly("bad.yaml:6:40: packages[0].positions.HU: constructive abstention does not exist in a"
                        + " national ratification: each member approves by its own procedure or the act does not enter"
                        + " into force (Art. 311 TFEU); write support, oppose, or abstain or absent for a ratification still pending");
    }

    @Test
    void optOutOfARatification_isRefused() {
        assertThat(problems("name: x\ndate: 2021-05-01\npackages:\n  - id: p\n    forum: national-ratification\n"
                + "    positions: { default: support, DK: opt-out }\n"))
                .singleElement().asString().startsWith("bad.yaml:6:40: packages[0].positions.DK: no member can stay out of a national ratification");
    }

    @Test
    void moneyInADeclaration_isRefused() {
        assertThat(problems("name: x\ndate: 2025-03-20\npackages:\n  - id: p\n    forum: declaration\n"
                + "    amount: 5 billion EUR\n    positions: { default: support }\n"))
                .containsExactly("bad.yaml:6:13: packages[0].amount: " + ForumLimits.NO_MONEY);
    }

    @Test
    void setParliamentCount_changesTheCount() {
        Scenario s = ScenarioLoader.load(java.nio.file.Path.of("scenarios/eu/mfa-loan-parliament-2024-10.yaml"),
                TestRules.rules().institutions(), Overrides.of(List.of("mfa-loan-ep.votes.against=100"), List.of()));
        assertThat(s.packages().get(0).votes().against()).isEqualTo(100);
        assertThat(s.packages().get(0).votes().inFavour()).isEqualTo(518);
    }

    @Test
    void setUnknownParliamentCount_namesTheCounts() {
        try {
            ScenarioLoader.load(java.nio.file.Path.of("scenarios/eu/mfa-loan-parliament-2024-10.yaml"),
                    TestRules.rules().institutions(), Overrides.of(List.of("mfa-loan-ep.votes.yes=1"), List.of()));
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo("scenarios/eu/mfa-loan-parliament-2024-10.yaml: --set mfa-loan-ep.votes.yes=1:"
                    + " name the count: mfa-loan-ep.votes.for, mfa-loan-ep.votes.against or mfa-loan-ep.votes.abstain,"
                    + " such as mfa-loan-ep.votes.against=400");
            return;
        }
        throw new AssertionError("expected the --set to be refused");
    }
}
