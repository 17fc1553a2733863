package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

class UnanimityRulesTest {
    /** A CFSP decision of the Council, where constructive abstention exists (Art. 31(1) TEU). */
    private static PackageResult unanimity(String positions) {
        return runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity\ncfsp: true", positions));
    }

    @Test
    void singleVote_against_blocksWithThatMemberAsBlocker() {
        PackageResult p = unanimity("default: support\nHU: oppose");
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("HU"));
        assertThat(p.reasons()).containsExactly("vetoed by HU");
        assertThat(p.rulesFired()).contains("Unanimity: a single vote against is a veto",
                "A package that anything blocks is not adopted");
    }

    @Test
    void twoVotesAgainst_bothNamedAsBlockers() {
        PackageResult p = unanimity("default: support\nSK: oppose\nHU: oppose");
        assertThat(p.blockers()).extracting(CountryCode::code).containsExactly("HU", "SK");
        assertThat(p.reasons()).containsExactly("vetoed by HU, SK");
    }

    @Test
    void plainAbstentionAndAbsence_doNotBlock() {
        PackageResult p = unanimity("default: support\nHU: abstain\nSK: absent");
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("unanimity: 25 of 27 members in favour, none against");
        assertThat(p.rulesFired()).doesNotContain("Unanimity: a single vote against is a veto");
    }

    @Test
    void constructiveAbstention_adoptsAndExemptsTheAbstainer() {
        PackageResult p = unanimity("default: support\nHU: constructive-abstain");
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).containsExactly(CountryCode.of("HU"));
        assertThat(p.rulesFired()).contains("Constructive abstention exempts the member from applying the adopted decision");
    }

    @Test
    void constructiveAbstention_outsideCfsp_isAPlainAbstentionThatBinds() {
        // The Ukraine Facility is an MFF matter (Art. 312 TFEU), not CFSP: Hungary could abstain, not opt out.
        PackageResult p = runPackage(onePackage("2023-12-14", "european-council", "", "default: support\nHU: constructive-abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).isEmpty();
        assertThat(p.votes()).filteredOn(v -> v.member().code().equals("HU")).singleElement()
                .satisfies(v -> assertThat(v.position()).isEqualTo(org.aidsim.model.Position.ABSTAIN));
        assertThat(p.rulesFired()).contains("Outside a CFSP decision taken by unanimity, constructive abstention is a plain abstention");
    }

    @Test
    void cfspFlag_onANatoPackage_isRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runPackage(onePackage("2024-06-14", "nato", "cfsp: true", "default: support")))
                .hasMessageContaining("packages[0].cfsp: cfsp marks a decision of the EU's common foreign and security policy;"
                        + " forum nato is not an EU forum (eu-council, european-council)");
    }

    @Test
    void constructiveAbstainers_atOneThirdOfMembersAndPopulation_stopTheDecision() {
        // 9 of 27 members; DE FR IT ES PL RO NL BE CZ hold 7928 of 10001 weight units, well over a third.
        PackageResult p = unanimity("""
                default: support
                DE: constructive-abstain
                FR: constructive-abstain
                IT: constructive-abstain
                ES: constructive-abstain
                PL: constructive-abstain
                RO: constructive-abstain
                NL: constructive-abstain
                BE: constructive-abstain
                CZ: constructive-abstain""");
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).hasSize(9);
        assertThat(p.reasons().get(0)).startsWith("constructive abstention by 9 of 27 members holding 79.27% of the population");
    }

    @Test
    void nineSmallConstructiveAbstainers_belowOneThirdOfPopulation_doNotStopIt() {
        PackageResult p = unanimity("""
                default: support
                MT: constructive-abstain
                LU: constructive-abstain
                CY: constructive-abstain
                EE: constructive-abstain
                LV: constructive-abstain
                SI: constructive-abstain
                LT: constructive-abstain
                HR: constructive-abstain
                IE: constructive-abstain""");
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).hasSize(9);
    }

    @Test
    void eightLargeConstructiveAbstainers_belowOneThirdOfMembers_doNotStopIt() {
        PackageResult p = unanimity("""
                default: support
                DE: constructive-abstain
                FR: constructive-abstain
                IT: constructive-abstain
                ES: constructive-abstain
                PL: constructive-abstain
                RO: constructive-abstain
                NL: constructive-abstain
                BE: constructive-abstain""");
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void conditionalSupport_withConditionHolding_countsAsSupport() {
        String yaml = "conditions: { concessions-agreed: true }\n"
                + onePackage("2024-02-01", "european-council", "", "default: support\nHU: { support-if: concessions-agreed }");
        PackageResult p = runPackage(yaml);
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.rulesFired()).contains("Conditional support becomes support when its condition holds");
    }

    @Test
    void conditionalSupport_withConditionFailing_countsAsVeto() {
        String yaml = "conditions: { concessions-agreed: false }\n"
                + onePackage("2024-02-01", "european-council", "", "default: support\nHU: { support-if: concessions-agreed }");
        PackageResult p = runPackage(yaml);
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("HU"));
    }

    @Test
    void optOut_ofVoluntaryPackage_isLeftOutAndDoesNotBlock() {
        PackageResult p = runPackage(onePackage("2025-03-01", "eu-council", "rule: unanimity\nparticipation: voluntary",
                "default: support\nDK: opt-out"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("unanimity: 26 of 27 members in favour, none against");
    }

    @Test
    void optOut_ofMandatoryPackage_countsAsObjection() {
        PackageResult p = unanimity("default: support\nDK: opt-out");
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("DK"));
    }
}
