package org.aidsim.engine;

import static org.aidsim.TestRules.onePackage;
import static org.aidsim.TestRules.runPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.model.CountryCode;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

class ConsensusAndNationalRulesTest {
    @Test
    void natoObjection_blocksConsensus() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "", "default: support\nTR: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.reasons()).containsExactly("objection by TR breaks consensus");
    }

    @Test
    void natoOptOut_ofVoluntaryPlan_isExemptAndDoesNotBlock() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "participation: voluntary", "default: support\nHU: opt-out"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.exempt()).containsExactly(CountryCode.of("HU"));
        assertThat(p.reasons()).containsExactly("consensus: no objection among 32 members (31 in favour, 1 opting out)");
    }

    @Test
    void natoOptOut_ofMandatoryPlan_blocks() {
        PackageResult p = runPackage(onePackage("2024-06-14", "nato", "participation: mandatory", "default: support\nHU: opt-out"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("HU"));
    }

    @Test
    void natoBeforeSwedensAccession_hasThirtyOneAllies() {
        PackageResult p = runPackage(onePackage("2023-12-01", "nato", "", "default: support"));
        assertThat(p.votes()).hasSize(31);
    }

    @Test
    void nationalSupport_adoptsThePledge() {
        PackageResult p = runPackage(onePackage("2024-01-21", "BE", "amount: 611 million EUR", "BE: support"));
        assertThat(p.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(p.reasons()).containsExactly("national decision: BE decided in favour");
    }

    @Test
    void nationalRefusal_blocksThePledge() {
        PackageResult p = runPackage(onePackage("2024-01-21", "BE", "", "BE: oppose"));
        assertThat(p.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(p.blockers()).containsExactly(CountryCode.of("BE"));
    }

    @Test
    void nationalAbstention_leavesThePledgeFailed() {
        PackageResult p = runPackage(onePackage("2024-01-21", "BE", "", "BE: abstain"));
        assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(p.passed()).isFalse();
    }
}
