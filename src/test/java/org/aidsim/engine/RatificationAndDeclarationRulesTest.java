package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.run;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

/** National ratification (every member approves, none outvoted) and declarations issued by their signatories. */
class RatificationAndDeclarationRulesTest {
    @Test
    void ratification_everyMemberApproves_adopts() {
        PackageResult p = runPackage(onePackage("2021-06-01", "national-ratification", "", "default: support"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("ratified by all 27 members, each by its own constitutional procedure");
    }

    @Test
    void ratification_membersNotYetApproved_isNotYetAdopted_namingThem() {
        PackageResult p = runPackage(onePackage("2021-05-01", "national-ratification", "", "default: support\nNL: absent\nPL: abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.blockers()).isEmpty();
        assertThat(p.reasons()).containsExactly("not (yet) adopted: ratification pending in NL, PL (25 of 27 approved)");
    }

    @Test
    void ratification_oneRejection_blocksWithoutOutvoting() {
        PackageResult p = runPackage(onePackage("2021-05-01", "national-ratification", "", "default: support\nHU: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("HU"));
        assertThat(p.reasons()).containsExactly("not ratified: HU did not approve it by its own procedure; every member must"
                + " (26 of 27 approved)");
    }

    @Test
    void ratification_weighsNoPopulation_soNoWeightsNote() {
        assertThat(run(onePackage("2021-06-01", "national-ratification", "", "default: support")).notes()).isEmpty();
    }

    @Test
    void declaration_hungaryNotSigning_isIssuedBy26_notAdopted() {
        PackageResult p = runPackage(onePackage("2025-03-20", "declaration", "", "default: support\nHU: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.ISSUED);
        assertThat(p.passed()).isFalse();
        assertThat(p.blockers()).isEmpty();
        assertThat(p.reasons()).containsExactly("declaration issued by 26 (not HU): a text of its signatories outside the"
                + " treaties, not a decision of the forum");
    }

    @Test
    void declaration_everyMemberSigning_isIssuedByAll() {
        PackageResult p = runPackage(onePackage("2025-03-20", "declaration", "", "default: support"));
        assertThat(p.verdict()).isEqualTo(Verdict.ISSUED);
        assertThat(p.reasons()).singleElement().asString().startsWith("declaration issued by all 27:");
    }

    @Test
    void declaration_thatNobodySigns_isNotIssued() {
        PackageResult p = runPackage(onePackage("2025-03-20", "declaration", "", "default: abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.reasons()).containsExactly("declaration: nobody signs it, so no text is issued");
    }
}
