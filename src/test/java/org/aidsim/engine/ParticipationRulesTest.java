package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Adoption needs someone taking part, a quorum present where the forum has one, and someone in favour: the
 * Council's quorum is a majority of the members entitled to vote (Council Rules of Procedure, Art. 11(4)), the
 * European Council's two thirds (its Rules of Procedure, Art. 6(3)); NATO has no vote and so no quorum.
 */
class ParticipationRulesTest {
    private static final String EVERY_EU_MEMBER = "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";

    private static String all(String position) {
        return "default: " + position;
    }

    /** The first {@code n} EU members (alphabetically) take {@code position}; the rest support. */
    private static String first(int n, String position) {
        StringBuilder out = new StringBuilder("default: support");
        String[] members = EVERY_EU_MEMBER.split(" ");
        for (int i = 0; i < n; i++) {
            out.append('\n').append(members[i]).append(": ").append(position);
        }
        return out.toString();
    }

    @Test
    void qmvPackageEveryMemberOptsOutOf_failsWithNoParticipant() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "participation: voluntary", all("opt-out")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no participant: all 27 members opted out, so nobody takes part");
        assertThat(p.exempt()).isEmpty();
        assertThat(p.rulesFired()).contains("No member takes part, so the package fails")
                .doesNotContain("The votes are tallied once every member's position is resolved");
    }

    @Test
    void unanimityPackageEveryMemberIsAbsentFrom_failsWithoutQuorum() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", all("absent")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly(
                "no quorum: 0 of 27 members entitled to vote present, 14 needed (more than 1/2)");
        assertThat(p.rulesFired()).contains("Without a quorum of members present the forum cannot vote, so the package fails");
    }

    @Test
    void unanimityPackageEveryMemberAbstainsOn_failsWithNobodyInFavour() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", all("abstain")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("unanimity: nobody in favour: 0 of 27 members in favour, 27 abstaining or absent");
        assertThat(p.rulesFired()).contains("Unanimity: a package nobody votes for fails")
                .doesNotContain("Unanimity: a package no member vetoes is adopted");
    }

    @Test
    void unanimityPackageSomeAbsentSomeAbstain_failsWithNobodyInFavour() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", all("abstain") + "\n" + "AT: absent\nBE: absent"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("unanimity: nobody in favour: 0 of 27 members in favour, 27 abstaining or absent");
    }

    @Test
    void councilWithFourteenAbsent_cannotVote_withThirteenAbsent_can() {
        PackageResult inquorate = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", first(14, "absent")));
        assertThat(inquorate.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(inquorate.reasons()).containsExactly("no quorum: 13 of 27 members entitled to vote present, 14 needed (more than 1/2)");
        PackageResult quorate = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", first(13, "absent")));
        assertThat(quorate.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(quorate.reasons()).containsExactly("unanimity: 14 of 27 members in favour, none against");
    }

    @Test
    void councilQuorum_countsOnlyMembersEntitledToVote() {
        // 13 opt out of a voluntary package: of the 14 entitled to vote, 8 present are more than half.
        String positions = first(13, "opt-out") + "\nIE: absent\nIT: absent\nLT: absent\nLU: absent\nLV: absent\nMT: absent";
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity\nparticipation: voluntary", positions));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        positions += "\nNL: absent";
        PackageResult q = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity\nparticipation: voluntary", positions));
        assertThat(q.reasons()).containsExactly("no quorum: 7 of 14 members entitled to vote present, 8 needed (more than 1/2)");
    }

    @Test
    void europeanCouncilWithTenAbsent_lacksItsTwoThirdsQuorum() {
        PackageResult p = runPackage(onePackage("2025-03-01", "european-council", "", first(10, "absent")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no quorum: 17 of 27 members entitled to vote present, 18 needed (at least 2/3)");
        assertThat(runPackage(onePackage("2025-03-01", "european-council", "", first(9, "absent"))).verdict())
                .isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void inquorateCouncil_withAVeto_failsAndNamesNoBlocker() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity", first(20, "absent") + "\nSK: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.blockers()).isEmpty();
    }

    @Test
    void nationalPackageItsOneMemberOptsOutOf_saysItsOnlyMember() {
        PackageResult p = runPackage(onePackage("2024-05-28", "BE", "rule: national\nparticipation: voluntary", "BE: opt-out"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no participant: its only member opted out, so nobody takes part");
    }

    @Test
    void natoPlanEveryAllyOptsOutOf_failsWithNoParticipant() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "participation: voluntary", all("opt-out")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("no participant: all 32 members opted out, so nobody takes part");
    }

    @Test
    void natoPlanTheOneAllyTakingPartAbstainsOn_saysTheOnlyAlly() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "participation: voluntary", "default: opt-out\nUS: abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("consensus: nobody in favour: the only ally taking part does not back it");
    }

    @Test
    void natoPlanEveryAllyAbstainsOn_failsWithNobodyInFavour() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "", all("abstain")));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("consensus: nobody in favour: none of 32 allies taking part backs it");
    }

    @Test
    void natoHasNoQuorum_soOneAllyInFavourAndTheRestAbsentAdopts() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "", "default: absent\nUS: support"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
    }
}
