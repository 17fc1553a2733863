package org.aidsim.model;


/** An exact threshold such as 55/100 or 1/3, compared in integer arithmetic so no line is missed by rounding. */
public record Ratio(long numerator, long denominator) {
    public Ratio {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold must lie between 0 and 1, got " + numerator + "/" + denominator);
        }
    }

    /** True when part/whole is at least this ratio. */
    public boolean isReachedBy(long part, long whole) {
        return Math.multiplyExact(part, denominator) >= Math.multiplyExact(numerator, whole);
    }

    /** True when part/whole is strictly more than this ratio. */
    public boolean isExceededBy(long part, long whole) {
        return Math.multiplyExact(part, denominator) > Math.multiplyExact(numerator, whole);
    }

    /** The smallest count out of {@code whole} that reaches this ratio. */
    public long smallestReaching(long whole) {
        return Math.floorDiv(Math.multiplyExact(numerator, whole) + denominator - 1, denominator);
    }

    public Ratio complement() {
        return new Ratio(denominator - numerator, denominator);
    }

    /** "65%" or "33.33%": shown to two decimals, cut (not rounded) so a share never looks larger than it is. */
    public String percent() {
        return Percent.of(numerator, denominator);
    }
}
