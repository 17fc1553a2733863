package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.aidsim.TestRules;
import org.aidsim.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The one rule for numbers (README, "How numbers are read"): plain decimal digits, a point for decimals, commas
 * only between groups of three digits; every other form is refused with its place and the plain form to write.
 */
class NumberInputTest {
    private static final String PLAIN = " (numbers are read only in plain decimal digits, such as 1500000 or 0.5)";
    private static final String WRITE_PLAIN = "write numbers in plain decimal digits, such as 1500000 or 0.5";
    private static final String COMMA = "has a comma that does not separate thousands; a comma may only separate groups "
            + "of three digits (1,500,000) and the decimal separator is a point";

    private static String scenarioWithAmount(String amount) {
        return "name: x\ndate: 2024-03-01\npackages:\n  - id: p\n    forum: BE\n    amount: " + amount
                + "\n    positions: { BE: support }\n";
    }

    /** The single problem of a one-package scenario whose amount is written as {@code amount}. */
    private static String amountProblem(String amount) {
        assertThat(ScenarioErrorsTest.problems(scenarioWithAmount(amount))).hasSize(1);
        return ScenarioErrorsTest.problems(scenarioWithAmount(amount)).get(0);
    }

    private static String euros(String amount) {
        return TestRules.scenario(scenarioWithAmount(amount)).packages().get(0).amount().plain();
    }

    @Test
    void decimalCommaInMillions_isRefusedWithThePointForm() {
        assertThat(amountProblem("\"1,5 million EUR\"")).isEqualTo("bad.yaml:6:13: packages[0].amount: '1,5 million EUR' " + COMMA
                + ": write 1.5 million EUR if the comma is a decimal point");
    }

    @Test
    void decimalCommaBeforeBn_isRefusedWithThePointForm() {
        assertThat(amountProblem("\"1,5bn EUR\"")).endsWith("'1,5bn EUR' " + COMMA + ": write 1.5bn EUR if the comma is a decimal point");
    }

    @Test
    void decimalCommaInSetAmount_isRefusedAsComingFromTheSet() {
        Path file = TestRules.write("base.yaml", scenarioWithAmount("1 million EUR"));
        try {
            ScenarioLoader.load(file, TestRules.rules().institutions(), Overrides.of(List.of("p.amount=1,50 EUR"), List.of()));
            throw new AssertionError("expected the --set to be refused");
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo(file + ": --set p.amount=1,50 EUR: packages[0].amount: '1,50 EUR' " + COMMA
                    + ": write 1.50 EUR if the comma is a decimal point");
        }
    }

    @Test
    void commaGroupsNotOfThree_areRefused() {
        assertThat(amountProblem("\"1,500,00 EUR\"")).endsWith("'1,500,00 EUR' " + COMMA);
        assertThat(amountProblem("\"15,00,000\"")).contains("'15,00,000' has a comma that does not separate thousands");
    }

    @Test
    void thousandsInGroupsOfThree_areReadExactly() {
        assertThat(euros("\"1,500,000\"")).isEqualTo("1500000");
        assertThat(euros("\"1,500,000.25 EUR\"")).isEqualTo("1500000.25");
        assertThat(euros("\"1.5 million EUR\"")).isEqualTo("1500000");
        assertThat(euros("1500000.50")).isEqualTo("1500000.5");
    }

    @Test
    void bareHugeExponent_isRefused() {
        assertThat(amountProblem("1e400")).isEqualTo("bad.yaml:6:13: packages[0].amount: '1e400' is written with an "
                + "exponent; " + WRITE_PLAIN);
    }

    @Test
    void bareTinyExponent_isRefusedWithItsPlainForm() {
        assertThat(amountProblem("1e-20")).endsWith("'1e-20' is written with an exponent; write 0.00000000000000000001" + PLAIN);
    }

    @Test
    void bareHexadecimal_isRefusedWithItsDecimalForm() {
        assertThat(amountProblem("0x1F")).isEqualTo("bad.yaml:6:13: packages[0].amount: '0x1F' is written in hexadecimal; "
                + "write 31" + PLAIN);
    }

    @Test
    void octalWithPrefix_isRefusedWithItsDecimalForm() {
        // YAML 1.1 reads 0o17 as text, so it reaches the amount reader, which applies the same rule.
        assertThat(amountProblem("0o17")).endsWith("packages[0].amount: '0o17' is written in octal; write 15" + PLAIN);
    }

    @Test
    void leadingZero_isRefusedAsYamlOctal() {
        assertThat(amountProblem("017")).endsWith("'017' starts with 0, which YAML reads as octal; write 17" + PLAIN);
    }

    @Test
    void leadingPoint_isRefusedWithTheZeroForm() {
        assertThat(amountProblem(".5")).endsWith("packages[0].amount: '.5' starts with a point; write 0.5" + PLAIN);
    }

    @Test
    void underscores_areRefusedWithTheDigitsOnly() {
        assertThat(amountProblem("1_000")).endsWith("'1_000' has underscores; write 1000" + PLAIN);
        assertThat(amountProblem("\"1_000 EUR\"")).endsWith("'1_000' has underscores; write 1000 EUR" + PLAIN);
    }

    @Test
    void negativeBareNumber_isReadAndRefusedAsNegative() {
        assertThat(amountProblem("-3")).isEqualTo("bad.yaml:6:13: packages[0].amount: amount '-3' is negative; amounts are zero or more");
    }

    @Test
    void infinityAndNotANumber_areRefused() {
        assertThat(amountProblem(".inf")).endsWith("packages[0].amount: '.inf' is YAML's infinity or not-a-number, not an "
                + "amount; " + WRITE_PLAIN);
        assertThat(amountProblem(".nan")).endsWith("packages[0].amount: '.nan' is YAML's infinity or not-a-number, not an "
                + "amount; " + WRITE_PLAIN);
    }

    @Test
    void exponentInAmountText_isRefusedWithTheWholeAmountToWrite() {
        assertThat(amountProblem("\"1e6 EUR\"")).endsWith("'1e6' is written with an exponent; write 1000000 EUR" + PLAIN);
    }

    @Test
    void nonPlainNumberInAnyField_isRefusedWithItsPath() {
        assertThat(ScenarioErrorsTest.problems("""
                name: x
                date: 2024-03-01
                coalitions:
                  - id: c
                    title: t
                    leads: [EE]
                    launched: 2024-01-01
                    min-members: 0x2
                    target: { items: 1e3 }
                """)).containsExactly(
                "bad.yaml:8:18: coalitions[0].min-members: '0x2' is written in hexadecimal; write 2" + PLAIN,
                "bad.yaml:9:22: coalitions[0].target.items: '1e3' is written with an exponent; write 1000" + PLAIN);
    }

    @Test
    void jsonExponent_isRefusedLikeYaml() {
        Path file = TestRules.write("bad.json", """
                {"name": "x", "date": "2024-03-01",
                 "packages": [{"id": "p", "forum": "BE", "amount": 1E400, "positions": {"BE": "support"}}]}
                """);
        try {
            TestRules.scenario(file);
            throw new AssertionError("expected the JSON to be refused");
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo(file + ":2:52: packages[0].amount: '1E400' is written with an exponent; "
                    + WRITE_PLAIN);
        }
    }

    @Test
    void floatForAWholeCount_isRefusedNotTruncated() {
        List<String> problems = ScenarioErrorsTest.problems("""
                name: x
                date: 2024-03-01
                coalitions:
                  - id: c
                    title: t
                    leads: [EE]
                    launched: 2024-01-01
                    min-members: 2.5
                """);
        assertThat(problems).singleElement().asString().startsWith("bad.yaml:8:18: coalitions[0].min-members: expected a number");
    }

    @Test
    void decimalCommaInAShare_isRefusedWithThePointForm() {
        assertThat(ScenarioErrorsTest.problems("""
                name: x
                date: 2024-01-01
                pools:
                  - { id: a, opening: 100, inflows: [{ date: 2024-02-01, amount: 10 }] }
                packages:
                  - id: p
                    forum: european-council
                    tranches:
                      - { id: t1, pool: a, share: "12,5%", inflow: 2024-02-01 }
                """)).containsExactly("bad.yaml:9:35: packages[0].tranches[0].share: '12,5' " + COMMA
                + ": write 12.5 if the comma is a decimal point");
    }

    @Test
    void shippedScenarios_stillRead() {
        Scenario s = TestRules.scenario(Path.of("scenarios/eu/ukraine-facility-2024-02.yaml"));
        assertThat(s.packages()).isNotEmpty();
    }
}
