package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.TestRules;
import org.aidsim.model.CostShares;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Money;
import org.aidsim.model.PackageResult;
import org.aidsim.model.ScenarioResult;
import org.junit.jupiter.api.Test;

/** A package's cost-shares, read from a scenario and applied to the members the run leaves taking part and bound. */
class CostShareScenarioTest {
    private static String epf(String positions, String costShares) {
        return """
                name: x
                date: 2024-03-18
                packages:
                  - id: lethal
                    forum: eu-council
                    rule: unanimity
                    cfsp: true
                    amount: 450 million EUR
                    positions: %s
                    cost-shares: %s
                  - id: non-lethal
                    forum: eu-council
                    rule: unanimity
                    cfsp: true
                    amount: 50 million EUR
                """.formatted(positions, costShares);
    }

    @Test
    void everyMemberPays_partsAddUpToTheAmount() {
        PackageResult p = TestRules.run(epf("{ default: support }", "{ key: eu-population-2025 }")).packages().get(0);
        CostShares shares = p.costShares().orElseThrow();
        assertThat(shares.paid()).hasSize(27);
        assertThat(shares.total()).isEqualTo(Money.euros("450000000"));
        // DE: 450,000,000 x 1849 / 10001 = 83,196,680.33... (the published shares sum to 100.01%)
        assertThat(shares.paid().get(CountryCode.of("DE"))).isEqualTo(Money.euros("83196680.33"));
    }

    @Test
    void hungaryConstructivelyAbstains_itsShareIsRedistributed() {
        PackageResult all = TestRules.run(epf("{ default: support }", "{ key: eu-population-2025 }")).packages().get(0);
        PackageResult p = TestRules.run(epf("{ default: support, HU: constructive-abstain }", "{ key: eu-population-2025 }"))
                .packages().get(0);
        CostShares shares = p.costShares().orElseThrow();
        assertThat(shares.paid()).hasSize(26).doesNotContainKey(CountryCode.of("HU"));
        assertThat(shares.exempt()).containsExactly(CountryCode.of("HU"));
        assertThat(shares.total()).isEqualTo(Money.euros("450000000"));
        assertThat(shares.paid().get(CountryCode.of("DE")))
                .isGreaterThan(all.costShares().orElseThrow().paid().get(CountryCode.of("DE")));
    }

    @Test
    void neutralsAbstainWithRedirect_theirSharesGoToTheOtherPackage() {
        ScenarioResult r = TestRules.run(epf("{ default: support, AT: constructive-abstain, IE: constructive-abstain,"
                + " MT: constructive-abstain }", "{ key: eu-population-2025, redirect-to: non-lethal }"));
        CostShares shares = r.packages().get(0).costShares().orElseThrow();
        assertThat(shares.redirected()).containsOnlyKeys(CountryCode.of("AT"), CountryCode.of("IE"), CountryCode.of("MT"));
        // AT's share of the whole: 450,000,000 x 202 / 10001 = 9,089,091.09...
        assertThat(shares.redirected().get(CountryCode.of("AT"))).isEqualTo(Money.euros("9089091.09"));
        assertThat(shares.total()).isEqualTo(Money.euros("450000000"));
    }

    @Test
    void blockedPackage_nobodyPays() {
        PackageResult p = TestRules.run(epf("{ default: support, HU: oppose }", "{ key: eu-population-2025 }")).packages().get(0);
        assertThat(p.costShares()).isEmpty();
    }

    @Test
    void unknownKey_isRefusedWithTheKeysShipped() {
        assertThat(ScenarioErrorsTest.problems(epf("{ default: support }", "{ key: epf-gni }"))).containsExactly(
                "bad.yaml:10:25: packages[0].cost-shares.key: unknown cost-share key 'epf-gni'; keys: eu-population-2025"
                        + " (rules/reference/cost-shares/)");
    }

    @Test
    void keyWithoutAMemberOfTheForum_isRefusedNamingThem() {
        assertThat(ScenarioErrorsTest.problems("""
                name: x
                date: 2024-07-10
                packages:
                  - id: baseline
                    forum: nato
                    amount: 40 billion EUR
                    cost-shares: { key: eu-population-2025 }
                """)).singleElement().asString().contains("packages[0].cost-shares.key: key eu-population-2025"
                + " (rules/reference/cost-shares/eu-population-2025.yaml) has no weight for AL CA IS ME MK NO TR UK US, a member"
                + " of nato on 2024-07-10; every member of the forum needs one");
    }

    @Test
    void redirectToUnknownPackage_isRefused() {
        assertThat(ScenarioErrorsTest.problems(epf("{ default: support }", "{ key: eu-population-2025, redirect-to: nonlethal }")))
                .containsExactly("bad.yaml:10:58: packages[0].cost-shares.redirect-to: no package 'nonlethal' in this file"
                        + " (its packages: lethal, non-lethal)");
    }

    @Test
    void costSharesKeyAndRedirect_areEachOneSet() {
        java.nio.file.Path epf = java.nio.file.Path.of("scenarios/eu/epf-ukraine-2022-02-cost-shares.yaml");
        org.aidsim.model.Scenario s = ScenarioLoader.load(epf, TestRules.rules().institutions(),
                Overrides.of(java.util.List.of("epf-non-lethal.cost-shares.redirect-to=epf-lethal"), java.util.List.of()));
        assertThat(s.aidPackage("epf-non-lethal").orElseThrow().costShares().redirectTo()).isEqualTo("epf-lethal");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.load(epf, TestRules.rules().institutions(),
                Overrides.of(java.util.List.of("epf-lethal.cost-shares.key=nato-2024"), java.util.List.of()))))
                .hasMessageContaining("--set epf-lethal.cost-shares.key=nato-2024: packages[0].cost-shares.key: unknown cost-share key 'nato-2024'");
    }
}
