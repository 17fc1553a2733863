package org.aidsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private static final LocalDate LISBON = LocalDate.of(2009, 12, 1);
    private static final LocalDate DOUBLE_MAJORITY = LocalDate.of(2014, 11, 1);

    private static Parameters qmv() {
        TreeMap<LocalDate, String> population = new TreeMap<>(Map.of(DOUBLE_MAJORITY, "65/100",
                LocalDate.of(2030, 1, 1), "70/100"));
        return new Parameters(Map.of(
                "qmv.population", new Parameter("qmv.population", "share of population in favour", "Art. 16(4) TEU",
                        "https://eur-lex.europa.eu/", population),
                "qmv.minimum-members", new Parameter("qmv.minimum-members", "members in favour at least",
                        "Art. 16(4) TEU", "https://eur-lex.europa.eu/", new TreeMap<>(Map.of(DOUBLE_MAJORITY, "15")))));
    }

    @Test
    void at_givesTheValueInForceOnTheDate() {
        assertThat(qmv().at("qmv.population", LISBON)).isEmpty();
        assertThat(qmv().at("qmv.population", DOUBLE_MAJORITY)).contains("65/100");
        assertThat(qmv().at("qmv.population", LocalDate.of(2029, 12, 31))).contains("65/100");
        assertThat(qmv().at("qmv.population", LocalDate.of(2030, 1, 1))).contains("70/100");
        assertThat(qmv().at("qmv.members", DOUBLE_MAJORITY)).isEmpty();
    }

    @Test
    void on_givesTheRulesRatiosAndCountsByPath() {
        Thresholds th = qmv().on(LocalDate.of(2025, 3, 1));
        assertThat(th.ratio("qmv.population")).isEqualTo(new Ratio(65, 100));
        assertThat(th.count("qmv.minimum-members")).isEqualTo(15);
        assertThatThrownBy(() -> th.ratio("qmv.members")).isInstanceOf(Thresholds.MissingParameter.class)
                .hasMessageContaining("a rule reads the fraction parameter qmv.members, which parameters.yaml does not hold in force on 2025-03-01");
    }

    @Test
    void with_setsOneValueOnEveryDate() {
        Parameters changed = qmv().with(Map.of("qmv.population", "1/2"));
        assertThat(changed.at("qmv.population", DOUBLE_MAJORITY)).contains("1/2");
        assertThat(changed.at("qmv.population", LocalDate.of(2031, 1, 1))).contains("1/2");
        assertThat(changed.at("qmv.population", LISBON)).isEmpty();
        assertThat(changed.byPath().get("qmv.population").reference()).isEqualTo("Art. 16(4) TEU");
    }

    @Test
    void aRuleWordNoJavaNames_isARuleAllTheSame() {
        assertThat(DecisionRule.fromWord("four-fifths")).contains(new DecisionRule("four-fifths"));
        assertThat(DecisionRule.fromWord("qmv")).contains(DecisionRule.QMV);
        assertThat(DecisionRule.fromWord("Four Fifths")).isEmpty();
    }
}
