package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Position;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The voting rules and kinds of non-participation of issue 11, each on both sides of its line: the examination
 * procedure (Regulation (EU) No 182/2011, Art. 5), four fifths with the member concerned (Art. 7 TEU, Art. 354
 * TFEU), treaty opt-outs by area and date (Protocols 21 and 22), enhanced cooperation (Art. 20(2) TEU) and vital
 * reasons (Art. 31(2) TEU).
 */
class VotingRulesIssue11Test {
    /** The 15 most populous EU members in the 2025 figures. */
    private static final String[] MOST_POPULOUS = "DE FR IT ES PL RO NL BE CZ PT SE EL HU AT BG".split(" ");

    private static String first(int n, String position, String rest) {
        StringBuilder out = new StringBuilder("default: " + rest);
        for (int i = 0; i < n; i++) {
            out.append('\n').append(MOST_POPULOUS[i]).append(": ").append(position);
        }
        return out.toString();
    }

    private static PackageResult examination(String extra, String positions) {
        return runPackage(onePackage("2025-03-01", "examination-committee", extra, positions));
    }

    @Test
    void fifteenMostPopulousInFavour_examinationAdoptsWithAPositiveOpinion() {
        PackageResult p = examination("", first(15, "support", "abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).singleElement().asString().startsWith("examination: positive opinion (Regulation 182/2011, Art. 5(2)): 15 members in favour, 15 needed");
    }

    @Test
    void fourteenInFavourAndFewAgainst_examinationIsNoOpinionWhichPasses() {
        PackageResult p = examination("", first(14, "support", "abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.NO_OPINION);
        assertThat(p.passed()).isTrue();
        assertThat(p.reasons()).singleElement().asString().endsWith("the Commission may adopt the draft");
    }

    @Test
    void noOpinionWhereTheBasicActSaysItBlocks_examinationFails() {
        PackageResult p = examination("no-opinion-blocks: true", first(14, "support", "abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.passed()).isFalse();
        assertThat(p.reasons()).singleElement().asString().contains("no-opinion-blocks: true");
    }

    @Test
    void fifteenMostPopulousAgainst_examinationIsBlockedByANegativeOpinion() {
        PackageResult p = examination("", first(15, "oppose", "abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).hasSize(15).contains(CountryCode.of("DE"), CountryCode.of("BG"));
        assertThat(p.reasons()).singleElement().asString().startsWith("examination: negative opinion (Regulation 182/2011, Art. 5(3)): 15 members against, 15 needed");
    }

    @Test
    void fourteenOfTwentySevenAgainstWithoutAQualifiedMajority_examinationFailsAsASimpleMajorityAgainst() {
        PackageResult p = examination("", "default: oppose\n" + String.join("\n",
                java.util.Arrays.stream(MOST_POPULOUS, 0, 13).map(m -> m + ": abstain").toList()));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).singleElement().asString().contains("14 of 27 component members against, a simple majority");
    }

    @Test
    void memberConcerned_isNotCountedInTheFourFifthsAndIsNotExempt() {
        PackageResult adopted = runPackage(onePackage("2025-03-01", "eu-council", "rule: four-fifths\nconcerned: HU",
                "default: support\nSK: abstain\nCZ: abstain\nAT: abstain\nMT: abstain\nCY: abstain"));
        assertThat(adopted.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(adopted.reasons()).containsExactly("four fifths: 21 members in favour, 21 needed of the 26 members counted");
        assertThat(adopted.exempt()).isEmpty();
        assertThat(adopted.votes()).filteredOn(v -> v.member().equals(CountryCode.of("HU"))).singleElement()
                .satisfies(v -> assertThat(v.position()).isEqualTo(Position.CONCERNED));
        PackageResult blocked = runPackage(onePackage("2025-03-01", "eu-council", "rule: four-fifths\nconcerned: HU",
                "default: support\nSK: abstain\nCZ: abstain\nAT: abstain\nMT: abstain\nCY: abstain\nLU: abstain"));
        assertThat(blocked.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(blocked.blockers()).doesNotContain(CountryCode.of("HU"));
    }

    @Test
    void denmarkOnTheLastDayOfItsDefenceOptOut_isOutsideAndExempt() {
        PackageResult p = runPackage(onePackage("2022-06-30", "eu-council", "rule: unanimity\ncfsp: true\narea: defence",
                "default: support"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).containsExactly(CountryCode.of("DK"));
        assertThat(p.votes()).filteredOn(v -> v.member().equals(CountryCode.of("DK"))).singleElement()
                .satisfies(v -> assertThat(v.basis()).isEqualTo("outside by Protocol 22, Art. 5 (Denmark's defence opt-out)"));
    }

    @Test
    void denmarkTheDayAfterItsDefenceOptOutEnded_votesAndCanVeto() {
        PackageResult p = runPackage(onePackage("2022-07-01", "eu-council", "rule: unanimity\ncfsp: true\narea: defence",
                "default: support\nDK: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("DK"));
    }

    @Test
    void justiceMeasure_leavesDenmarkAndIrelandOutOfTheQualifiedMajority() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: qmv\narea: jha",
                first(14, "support", "oppose")));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).containsExactly(CountryCode.of("DK"), CountryCode.of("IE"));
        assertThat(p.reasons()).singleElement().asString().startsWith("QMV: 14 members in favour, 14 needed");
    }

    @Test
    void enhancedCooperationOfNine_isAdoptedAndOfEight_failsWithTheCount() {
        String nine = "default: opt-out\nDE: support\nFR: support\nIT: support\nES: support\nNL: support\nBE: support\nAT: support\nPT: support";
        PackageResult adopted = runPackage(onePackage("2025-03-01", "eu-council", "enhanced-cooperation: true", nine + "\nFI: support"));
        assertThat(adopted.verdict()).isEqualTo(Verdict.ADOPTED);
        PackageResult failed = runPackage(onePackage("2025-03-01", "eu-council", "enhanced-cooperation: true", nine));
        assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.reasons()).containsExactly(
                "enhanced cooperation: 8 participating members, at least 9 needed (Art. 20(2) TEU); the others opted out");
        assertThat(failed.exempt()).isEmpty();
        assertThat(failed.rulesFired()).contains("An enhanced cooperation with fewer participants than the treaty requires adopts nothing");
    }

    @Test
    void vitalReasonsInACfspQmvPackage_stopTheVoteAndNameTheEuropeanCouncil() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: qmv\ncfsp: true", "default: support\nHU: vital-reasons"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("HU"));
        assertThat(p.reasons()).singleElement().asString()
                .contains("(Art. 31(2) TEU)").contains("refer the matter to the European Council for a decision by unanimity");
        assertThat(p.rulesFired()).doesNotContain("QMV: enough members holding enough of the population adopt the package");
    }
}
