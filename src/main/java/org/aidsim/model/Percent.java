package org.aidsim.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Displays part/whole as a percentage, truncated to two decimals so 64.999% never reads as 65%. */
public final class Percent {
    private Percent() {
    }

    public static String of(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        BigDecimal value = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN)
                .stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
    }
}
