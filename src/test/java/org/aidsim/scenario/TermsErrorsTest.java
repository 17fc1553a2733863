package org.aidsim.scenario;

import static org.aidsim.scenario.ScenarioErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The package fields of issue 11 where they have no meaning: located, explained, never reinterpreted (exit 3). */
class TermsErrorsTest {
    private static String pkg(String date, String body) {
        return "name: x\ndate: " + date + "\npackages:\n  - id: p\n" + body;
    }

    @Test
    void memberConcernedNotAMember_isRejectedWithTheMembers() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    rule: four-fifths\n    concerned: NO\n")))
                .singleElement().asString()
                .startsWith("bad.yaml:7:16: packages[0].concerned: NO is not a member of eu-council on 2025-03-01, so it cannot be the member concerned; members then: AT BE");
    }

    @Test
    void memberConcernedOutsideTheEu_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: nato\n    concerned: HU\n"))).containsExactly(
                "bad.yaml:6:16: packages[0].concerned: concerned names the member an Article 7 TEU procedure concerns;"
                        + " forum nato is not an EU forum (eu-council, european-council)");
    }

    @Test
    void positionOfTheMemberConcerned_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    rule: four-fifths\n    concerned: HU\n    positions: { HU: oppose }\n")))
                .containsExactly("bad.yaml:8:18: packages[0].positions.HU: HU is the member concerned (concerned: HU):"
                        + " it does not vote and is not counted (Art. 354 TFEU); remove its position");
    }

    @Test
    void positionOfDenmarkOutsideByItsDefenceOptOut_isRejected() {
        assertThat(problems(pkg("2022-06-30", "    forum: eu-council\n    cfsp: true\n    rule: unanimity\n    area: defence\n    positions: { DK: abstain }\n")))
                .containsExactly("bad.yaml:9:18: packages[0].positions.DK: DK is outside defence decisions by Protocol 22,"
                        + " Art. 5 (Denmark's defence opt-out) on this date: it does not vote and is not counted; remove its position");
    }

    @Test
    void unknownArea_isRejectedWithTheAreasThatHaveOptOuts() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    area: defense\n"))).containsExactly(
                "bad.yaml:6:11: packages[0].area: unknown area 'defense'; areas with treaty opt-outs: defence, jha"
                        + " (rules/reference/opt-outs.yaml)");
    }

    @Test
    void mandatoryEnhancedCooperation_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    enhanced-cooperation: true\n    participation: mandatory\n")))
                .containsExactly("bad.yaml:7:20: packages[0].participation: an enhanced cooperation is voluntary: the members"
                        + " that opt out are the ones not participating (Art. 20 TEU); drop participation: mandatory");
    }

    @Test
    void noOpinionBlocksOutsideExamination_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    no-opinion-blocks: true\n"))).containsExactly(
                "bad.yaml:6:24: packages[0].no-opinion-blocks: no-opinion-blocks belongs to the rule examination"
                        + " (Regulation (EU) No 182/2011, Art. 5(4)); this package is decided by qmv");
    }

    @Test
    void vitalReasonsOutsideCfsp_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    positions: { FR: vital-reasons }\n"))).containsExactly(
                "bad.yaml:6:22: packages[0].positions.FR: vital-reasons (Art. 31(2) TEU) stops only a vote by qualified"
                        + " majority in the common foreign and security policy; this package is not cfsp and is decided by qmv"
                        + " (write cfsp: true and rule: qmv, or the position oppose)");
    }

    @Test
    void vitalReasonsUnderUnanimity_isRejected() {
        assertThat(problems(pkg("2025-03-01", "    forum: eu-council\n    cfsp: true\n    rule: unanimity\n    positions: { FR: vital-reasons }\n")))
                .singleElement().asString().endsWith("this package is decided by unanimity (write cfsp: true and rule: qmv, or the position oppose)");
    }
}
