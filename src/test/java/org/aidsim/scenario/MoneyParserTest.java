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
    void otherCurrency_isRejected() {
        assertThat(MoneyParser.parse(TextNode.valueOf("655 million USD")).error())
                .isEqualTo("'655 million USD' is not an amount in euros; expected " + MoneyParser.FORMS);
    }

    @Test
    void unknownUnit_isNamed() {
        assertThat(MoneyParser.parse(TextNode.valueOf("5 zillion EUR")).error())
                .isEqualTo("'zillion' in '5 zillion EUR' is not a unit; expected k, thousand, m, million, bn or billion");
    }

    @Test
    void humanDisplay_isExact() {
        assertThat(MoneyParser.parse(TextNode.valueOf("1.4bn")).money().orElseThrow().human()).isEqualTo("EUR 1.4 bn");
        assertThat(MoneyParser.parse(TextNode.valueOf("611m")).money().orElseThrow().human()).isEqualTo("EUR 611 m");
        assertThat(MoneyParser.parse(TextNode.valueOf("10500")).money().orElseThrow().human()).isEqualTo("EUR 10,500");
    }
}
