package org.aidsim.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one place where shares become text, so that every report follows one policy: a share (part/whole, or the
 * difference of two shares) is cut toward zero, never rounded, to two decimals of a percent (six of a fraction),
 * so a share never reads as reaching a line it does not reach: 2/3 is 66.66%, not 66.67%; 64.999% is 64.99%.
 * An estimate's interval is widened instead (lower bound cut down, upper bound raised), so the printed interval
 * always contains the computed one. Digits are ASCII and the separator a dot, whatever the machine's locale.
 */
public final class Percent {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Percent() {
    }

    /** "29.62%" for 8/27, "25%" for 1/4, "0%" when {@code whole} is zero: trailing zeros dropped. */
    public static String of(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return plain(cut(BigInteger.valueOf(part).multiply(HUNDRED), BigInteger.valueOf(whole), 2)) + "%";
    }

    /**
     * The difference a/b - c/d in percentage points, exact and then cut to two decimals, always with two:
     * "66.66" for 1/1 - 1/3. Both shares must have a non-zero whole.
     */
    public static String points(long a, long b, long c, long d) {
        return cut(difference(a, b, c, d).multiply(HUNDRED), BigInteger.valueOf(b).multiply(BigInteger.valueOf(d)), 2)
                .toPlainString();
    }

    /** The same difference as a fraction cut to six decimals, for machine-read output: 0.666666 for 1/1 - 1/3. */
    public static BigDecimal fractionPoints(long a, long b, long c, long d) {
        return cut(difference(a, b, c, d), BigInteger.valueOf(b).multiply(BigInteger.valueOf(d)), 6);
    }

    /** part/whole as a fraction cut to six decimals, always with six: "0.296296" for 8/27; "" when whole is zero. */
    public static String fraction(long part, long whole) {
        return whole == 0 ? "" : cut(BigInteger.valueOf(part), BigInteger.valueOf(whole), 6).toPlainString();
    }

    /** An interval's bounds (fractions from 0 to 1) as percents widened outward to two decimals: {"12.34", "56.79"}. */
    public static String[] intervalPercent(double low, double high) {
        return new String[] {widen(low * 100, 2, RoundingMode.FLOOR).toPlainString(),
                widen(high * 100, 2, RoundingMode.CEILING).toPlainString()};
    }

    /** An interval's bounds as fractions widened outward to six decimals. */
    public static BigDecimal[] intervalFraction(double low, double high) {
        return new BigDecimal[] {widen(low, 6, RoundingMode.FLOOR), widen(high, 6, RoundingMode.CEILING)};
    }

    private static BigInteger difference(long a, long b, long c, long d) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d)).subtract(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
    }

    private static BigDecimal cut(BigInteger numerator, BigInteger denominator, int decimals) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.DOWN);
    }

    private static BigDecimal widen(double value, int decimals, RoundingMode outward) {
        return new BigDecimal(value).setScale(decimals, outward);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
