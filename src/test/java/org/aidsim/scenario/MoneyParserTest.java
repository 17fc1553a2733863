package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyParserTest {
    private static String parsed(String text) {
        return MoneyParser.parse(TextNode.valueOf(text)).money().orElseThrow().plain();
    }

    @Test
    void humanForms_parseExactly() {
        assertThat(parsed("611 million EUR")).isEqualTo("611000000");
        assertThat(parsed("1.4bn EUR")).isEqualTo("1400000000");
        assertThat(parsed("EUR 50 billion")).isEqualTo("50000000000");
        assertThat(parsed("€400m")).isEqualTo("400000000");
        assertThat(parsed("0.5 million EUR")).isEqualTo("500000");
        assertThat(parsed("1,400,000,000")).isEqualTo("1400000000");
        assertThat(parsed("10.25")).isEqualTo("10.25");
        assertThat(parsed("1 EUR")).isEqualTo("1");
        assertThat(parsed("EUR 250")).isEqualTo("250");
    }

    @Test
    void plainNumber_keepsEveryDigit() {
        assertThat(MoneyParser.parse(DecimalNode.valueOf(new BigDecimal("1900000000.01"))).money().orElseThrow().plain())
                .isEqualTo("1900000000.01");
    }

    @Test
    void otherCurrency_keepsItsCurrencyUnconverted() {
        MoneyParser.Result result = MoneyParser.parse(TextNode.valueOf("655 million USD"));
        assertThat(result.error()).isNull();
        assertThat(result.money()).isEmpty();
        assertThat(result.foreign().orElseThrow().amount()).isEqualByComparingTo("655000000");
        assertThat(result.foreign().orElseThrow().currency()).isEqualTo("USD");
        assertThat(MoneyParser.parse(TextNode.valueOf("USD 50 billion")).foreign().orElseThrow().currency()).isEqualTo("USD");
        assertThat(MoneyParser.parse(TextNode.valueOf("3 bn gbp")).foreign().orElseThrow().currency()).isEqualTo("GBP");
        assertThat(MoneyParser.parse(TextNode.valueOf("5 USD")).foreign().orElseThrow().amount()).isEqualByComparingTo("5");
    }

    @Test
    void twoCurrencies_areRefused() {
        assertThat(MoneyParser.parse(TextNode.valueOf("USD 5 million EUR")).error())
                .isEqualTo("'USD 5 million EUR' names two currencies, USD and EUR; write one");
    }

    @Test
    void countOfThings_isNotMoney() {
        assertThat(MoneyParser.parse(TextNode.valueOf("800000 rounds")).error())
                .isEqualTo("'800000 rounds' counts rounds, it is not money; an amount is money in EUR or in a currency"
                        + " with a dated rate (such as USD); count things as a coalition's {items: N}");
    }

    @Test
    void unknownUnit_isNamed() {
        assertThat(MoneyParser.parse(TextNode.valueOf("5 zillion EUR")).error())
                .isEqualTo("'zillion' in '5 zillion EUR' is not a unit; expected one of k, thousand, m, mn, million, millions, mio, "
                        + "b, bn, billion, billions, mrd (in any case)");
    }

    @Test
    void humanDisplay_isExact() {
        assertThat(MoneyParser.parse(TextNode.valueOf("1.4bn")).money().orElseThrow().human()).isEqualTo("EUR 1.4 bn");
        assertThat(MoneyParser.parse(TextNode.valueOf("611m")).money().orElseThrow().human()).isEqualTo("EUR 611 m");
        assertThat(MoneyParser.parse(TextNode.valueOf("10500")).money().orElseThrow().human()).isEqualTo("EUR 10,500");
    }

    @Test
    void everyUnitTheMessageLists_isRead() {
        for (String unit : MoneyParser.UNITS.split(", ")) {
            assertThat(MoneyParser.parse(TextNode.valueOf("2 " + unit + " EUR")).error()).as(unit).isNull();
            assertThat(MoneyParser.parse(TextNode.valueOf("2 " + unit.toUpperCase(java.util.Locale.ROOT))).error()).as(unit).isNull();
        }
    }

    @Test
    void billionsWithB_areReadAndListed() {
        assertThat(parsed("1.5 b EUR")).isEqualTo("1500000000");
        assertThat(parsed("1.5 B EUR")).isEqualTo("1500000000");
        assertThat(parsed("1.5 Bn")).isEqualTo("1500000000");
        assertThat(MoneyParser.UNITS).contains("b, bn");
    }

    @Test
    void germanMioAndMrd_areMillionAndBillion() {
        assertThat(parsed("1.5 Mio EUR")).isEqualTo("1500000");
        assertThat(parsed("EUR 1.5 Mrd")).isEqualTo("1500000000");
    }

    @Test
    void everySuggestedFix_isItselfRead() {
        java.util.regex.Pattern write = java.util.regex.Pattern.compile("write (.+?)(?: if the comma is a decimal point| \\(numbers|$)");
        int suggestions = 0;
        for (String bad : java.util.List.of("1,5 Mio EUR", "EUR 1,5 Mrd", "1,5 million EUR", "1,5bn EUR", "1,50 EUR",
                "1_000 EUR", "+5 million EUR", "0x10 EUR", "017 EUR", "1e3 EUR", ".5 million EUR", "5. million EUR",
                "12,5 k", "€1,5m", "1,5 B EUR")) {
            String error = MoneyParser.parse(TextNode.valueOf(bad)).error();
            assertThat(error).as(bad).isNotNull();
            java.util.regex.Matcher m = write.matcher(error);
            if (m.find()) {
                suggestions++;
                assertThat(MoneyParser.parse(TextNode.valueOf(m.group(1))).error()).as(bad + " -> " + m.group(1)).isNull();
            }
        }
        assertThat(suggestions).isGreaterThanOrEqualTo(12);
        assertThat(MoneyParser.parse(TextNode.valueOf("+5 million EUR")).error()).contains("; write 5 million EUR (");
        assertThat(MoneyParser.parse(TextNode.valueOf("EUR 017 Mrd")).error()).contains("; write EUR 17 Mrd (");
    }
}
