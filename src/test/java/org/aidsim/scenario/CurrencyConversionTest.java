package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidsim.TestRules;
import org.aidsim.model.Scenario;
import org.junit.jupiter.api.Test;

/** Amounts in another currency convert to euros at the shipped ECB rate in force on their date, or are refused. */
class CurrencyConversionTest {
    private static String scenario(String date, String amount) {
        return "name: x\ndate: " + date + "\npackages:\n  - id: p\n    forum: US\n    amount: " + amount + "\n";
    }

    @Test
    void amountInDollars_convertsAtTheRateOfTheDate() {
        Scenario s = TestRules.scenario(scenario("2024-06-14", "50 billion USD"));
        // 50,000,000,000 / 1.0686 = 46,790,192,775.594...: the ECB's rate of 14 June 2024, to the nearest cent
        assertThat(s.packages().get(0).amount().plain()).isEqualTo("46790192775.59");
        assertThat(s.notes()).contains("packages[0].amount: USD 50,000,000,000 = EUR 46,790,192,775.59 at the ECB"
                + " reference rate of 2024-06-14 (1 EUR = 1.0686 USD), rounded to the cent");
    }

    @Test
    void dateWithoutPublication_usesTheLatestRateBeforeIt() {
        // 15 June 2024 was a Saturday: the rate in force is Friday's
        Scenario s = TestRules.scenario(scenario("2024-06-15", "USD 1068.6"));
        assertThat(s.packages().get(0).amount().plain()).isEqualTo("1000");
        assertThat(s.notes()).anyMatch(n -> n.contains("ECB reference rate of 2024-06-14"));
    }

    @Test
    void anotherDay_anotherRate() {
        Scenario s = TestRules.scenario(scenario("2024-06-13", "50 billion USD"));
        // 50,000,000,000 / 1.0784 = 46,364,985,163.204...
        assertThat(s.packages().get(0).amount().plain()).isEqualTo("46364985163.2");
    }

    @Test
    void halfCent_roundsUp() {
        // 0.005343 USD / 1.0686 = 0.005 EUR exactly: half a cent, rounded up (Regulation (EC) No 1103/97, Art. 5)
        Scenario s = TestRules.scenario(scenario("2024-06-14", "0.005343 USD"));
        assertThat(s.packages().get(0).amount().plain()).isEqualTo("0.01");
    }

    @Test
    void currencyWithoutRate_isRefusedAtTheField() {
        assertThat(ScenarioErrorsTest.problems(scenario("2024-06-14", "5 million CHF"))).containsExactly(
                "bad.yaml:6:13: packages[0].amount: '5 million CHF': rules/reference/rates/ecb.yaml has no CHF rate;"
                        + " currencies with rates: CAD, GBP, JPY, USD; add the ECB's rates for CHF there, or write the amount in EUR");
    }

    @Test
    void dateWithoutRecentRate_isRefusedNamingTheDateToAdd() {
        assertThat(ScenarioErrorsTest.problems(scenario("2024-08-01", "5 million USD"))).containsExactly(
                "bad.yaml:6:13: packages[0].amount: '5 million USD': rules/reference/rates/ecb.yaml has no USD rate"
                        + " published on 2024-08-01 or in the 7 days before (the latest before it is of 2024-06-14, more than"
                        + " 7 days earlier); add the ECB's rate of 2024-08-01 (or the last working day before it) there");
        assertThat(ScenarioErrorsTest.problems(scenario("2022-02-28", "5 million USD"))).singleElement().asString()
                .contains("(the earliest is of 2023-12-14)");
    }

    @Test
    void inflowInAnotherCurrency_convertsAtTheInflowsDate() {
        Scenario s = TestRules.scenario("""
                name: x
                date: 2024-04-01
                end: 2024-06-30
                pools:
                  - id: era
                    inflows:
                      - { date: 2024-04-24, amount: 1068.6 USD }
                      - { date: 2024-06-14, amount: 1068.6 USD }
                      - { date: 2024-06-14, amount: 842.05 GBP }
                packages:
                  - id: p
                    forum: US
                """);
        assertThat(s.disbursement().inflows()).extracting(i -> i.amount().plain()).containsExactly("1000", "1000", "1000");
        assertThat(s.notes()).filteredOn(n -> n.startsWith("pools[0].inflows")).hasSize(3);
    }
}
