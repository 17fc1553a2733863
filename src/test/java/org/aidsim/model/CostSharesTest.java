package org.aidsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Shares of an amount by a key: exact to the cent, adding up to the amount, exempt shares redistributed or redirected. */
class CostSharesTest {
    private static final CountryCode AT = CountryCode.of("AT");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode HU = CountryCode.of("HU");

    private static CostKey key(Object... codesAndWeights) {
        Map<CountryCode, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            weights.put(CountryCode.of((String) codesAndWeights[i]), new BigDecimal((String) codesAndWeights[i + 1]));
        }
        return new CostKey("test", "test key", 2025, "test", weights);
    }

    @Test
    void equalWeights_indivisibleAmount_partsAddUpExactly() {
        CostShares shares = CostShares.of(new CostShareRule(key("AT", "1", "DE", "1", "FR", "1"), null),
                Money.euros("100"), Set.of(AT, DE, FR), Set.of());
        // 33.333...: each cut to 33.33, the one cent left goes to the first code among equal remainders
        assertThat(shares.paid()).containsExactly(Map.entry(AT, Money.euros("33.34")), Map.entry(DE, Money.euros("33.33")),
                Map.entry(FR, Money.euros("33.33")));
        assertThat(shares.total()).isEqualTo(Money.euros("100"));
    }

    @Test
    void shippedWeights_oddAmounts_partsAlwaysAddUpToTheAmount() {
        CostKey key = key("AT", "202", "DE", "1849", "FR", "1517", "HU", "213", "MT", "12", "LU", "15", "CY", "21");
        Set<CountryCode> members = new TreeSet<>(key.weights().keySet());
        for (String amount : new String[] {"450000000", "0.01", "0.07", "1", "999999999.99", "123456789.123", "7"}) {
            CostShares shares = CostShares.of(new CostShareRule(key, null), Money.euros(amount), members, Set.of());
            assertThat(shares.total()).as(amount).isEqualTo(Money.euros(amount));
            // no part is a whole unit away from its exact value
            shares.paid().forEach((m, paid) -> {
                BigDecimal exact = new BigDecimal(amount).multiply(key.weights().get(m))
                        .divide(new BigDecimal("3829"), 20, java.math.RoundingMode.HALF_EVEN);
                BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(2, new BigDecimal(amount).scale()));
                assertThat(paid.euros().subtract(exact).abs()).as(amount + " " + m).isLessThan(unit);
            });
        }
    }

    @Test
    void largestRemainder_getsTheLeftoverCent() {
        // 10 cents by 1:2 -> 3.33 and 6.66 cents exactly: cut to 3 and 6, the cent left goes to the larger remainder (0.67 > 0.33)
        CostShares shares = CostShares.of(new CostShareRule(key("AT", "1", "DE", "2"), null), Money.euros("0.10"),
                Set.of(AT, DE), Set.of());
        assertThat(shares.paid()).containsExactly(Map.entry(AT, Money.euros("0.03")), Map.entry(DE, Money.euros("0.07")));
    }

    @Test
    void exemptMember_shareRedistributedAmongTheOthers() {
        CostKey key = key("AT", "1", "DE", "2", "HU", "1");
        CostShares all = CostShares.of(new CostShareRule(key, null), Money.euros("400"), Set.of(AT, DE, HU), Set.of());
        CostShares withoutHu = CostShares.of(new CostShareRule(key, null), Money.euros("400"), Set.of(AT, DE, HU), Set.of(HU));
        assertThat(all.paid()).containsEntry(AT, Money.euros("100")).containsEntry(DE, Money.euros("200"))
                .containsEntry(HU, Money.euros("100"));
        // 133.333... and 266.666...: the cent left goes to DE, whose cut-off remainder is larger
        assertThat(withoutHu.paid()).containsOnlyKeys(AT, DE).containsEntry(AT, Money.euros("133.33"))
                .containsEntry(DE, Money.euros("266.67"));
        assertThat(withoutHu.total()).isEqualTo(Money.euros("400"));
        assertThat(withoutHu.exempt()).containsExactly(HU);
        assertThat(withoutHu.redirected()).isEmpty();
    }

    @Test
    void exemptMember_withRedirect_paysItsShareOfTheWholeIntoTheOtherPackage() {
        CostKey key = key("AT", "1", "DE", "2", "HU", "1");
        CostShares shares = CostShares.of(new CostShareRule(key, "non-lethal"), Money.euros("400"), Set.of(AT, DE, HU), Set.of(AT));
        assertThat(shares.redirected()).containsExactly(Map.entry(AT, Money.euros("100")));
        assertThat(shares.paid()).containsOnlyKeys(DE, HU);
        assertThat(shares.total()).isEqualTo(Money.euros("400"));
    }

    @Test
    void memberNotTakingPart_paysNothingAndIsNotRedirected() {
        CostKey key = key("AT", "1", "DE", "2", "HU", "1");
        CostShares shares = CostShares.of(new CostShareRule(key, "non-lethal"), Money.euros("300"), Set.of(AT, DE), Set.of(HU));
        assertThat(shares.paid()).containsExactly(Map.entry(AT, Money.euros("100")), Map.entry(DE, Money.euros("200")));
        assertThat(shares.redirected()).isEmpty();
        assertThat(shares.exempt()).isEmpty();
    }
}
