package org.aidsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatioTest {
    @Test
    void decimalFraction_isReadExactly() {
        assertThat(Ratio.parse("0.65")).contains(new Ratio(65, 100));
        assertThat(Ratio.parse("1.0")).contains(new Ratio(10, 10));
        assertThat(Ratio.parse("1.5")).isEmpty();
        assertThat(Ratio.parse("15")).isEmpty();
    }

    @Test
    void oneThird_isReachedExactlyAtNineOfTwentySeven() {
        Ratio third = new Ratio(1, 3);
        assertThat(third.isReachedBy(9, 27)).isTrue();
        assertThat(third.isReachedBy(8, 27)).isFalse();
    }

    @Test
    void fiftyFivePercent_ofTwentySeven_needsFifteen() {
        Ratio qmv = new Ratio(55, 100);
        assertThat(qmv.smallestReaching(27)).isEqualTo(15);
        assertThat(qmv.isReachedBy(15, 27)).isTrue();
        assertThat(qmv.isReachedBy(14, 27)).isFalse();
    }

    @Test
    void seventyTwoPercent_ofTwentySeven_needsTwenty() {
        assertThat(new Ratio(72, 100).smallestReaching(27)).isEqualTo(20);
    }

    @Test
    void exceededBy_isStrict() {
        Ratio share = new Ratio(35, 100);
        assertThat(share.isExceededBy(35, 100)).isFalse();
        assertThat(share.isExceededBy(36, 100)).isTrue();
    }

    @Test
    void percent_isTruncatedNeverRoundedUp() {
        assertThat(new Ratio(1, 3).percent()).isEqualTo("33.33%");
        assertThat(Percent.of(64999, 100000)).isEqualTo("64.99%");
        assertThat(new Ratio(65, 100).percent()).isEqualTo("65%");
    }

    @Test
    void ratioAboveOne_isRejected() {
        assertThatThrownBy(() -> new Ratio(4, 3)).hasMessage("a threshold must lie between 0 and 1, got 4/3");
    }
}
