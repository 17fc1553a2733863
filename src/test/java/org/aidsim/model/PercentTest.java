package org.aidsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rounding policy for every share a report shows: cut toward zero, never rounded up to a line. */
class PercentTest {
    @Test
    void twoThirds_isShownAs66_66NotAsReaching66_67() {
        assertThat(Percent.of(2, 3)).isEqualTo("66.66%");
        assertThat(Percent.points(1, 1, 1, 3)).isEqualTo("66.66");
        assertThat(Percent.fraction(2, 3)).isEqualTo("0.666666");
        assertThat(Percent.fractionPoints(1, 1, 1, 3)).hasToString("0.666666");
    }

    @Test
    void eightOfTwentySeven_isCutTo29_62() {
        assertThat(Percent.of(8, 27)).isEqualTo("29.62%");
    }

    @Test
    void justBelowSixtyFive_neverReadsAsSixtyFive() {
        assertThat(Percent.of(64_999, 100_000)).isEqualTo("64.99%");
        assertThat(Percent.of(65, 100)).isEqualTo("65%");
    }

    @Test
    void wholeShares_dropTheirTrailingZeros_points_keepTwoDecimals() {
        assertThat(Percent.of(1, 4)).isEqualTo("25%");
        assertThat(Percent.of(0, 0)).isEqualTo("0%");
        assertThat(Percent.points(1, 2, 0, 1)).isEqualTo("50.00");
    }

    @Test
    void interval_isWidenedOutwardSoItContainsTheComputedOne() {
        assertThat(Percent.intervalPercent(0.123456, 0.567891)).containsExactly("12.34", "56.79");
        assertThat(Percent.intervalFraction(0.1234567, 0.5678901)).extracting(Object::toString)
                .containsExactly("0.123456", "0.567891");
    }
}
