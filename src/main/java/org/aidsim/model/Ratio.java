package org.aidsim.model;


/** An exact threshold such as 55/100 or 1/3, compared in integer arithmetic so no line is missed by rounding. */
public record Ratio(long numerator, long denominator) {
    /**
     * "55/100" or "1/3" (spaces allowed around the numbers), or a decimal fraction such as "0.65" or "1.0" read
     * exactly as 65/100 or 10/10; empty for anything else (a whole number such as "15" is a count, not a fraction)
     * or a ratio outside 0..1.
     */
    public static java.util.Optional<Ratio> parse(String text) {
        if (text != null && DECIMAL.matcher(text.trim()).matches()) {
            java.math.BigDecimal d = new java.math.BigDecimal(text.trim());
            return d.compareTo(java.math.BigDecimal.ONE) <= 0
                    ? java.util.Optional.of(new Ratio(d.unscaledValue().longValueExact(), java.math.BigInteger.TEN.pow(d.scale()).longValueExact()))
                    : java.util.Optional.empty();
        }
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            return java.util.Optional.empty();
        }
        try {
            long n = Long.parseLong(text.substring(0, slash).trim());
            long d = Long.parseLong(text.substring(slash + 1).trim());
            return d > 0 && n >= 0 && n <= d ? java.util.Optional.of(new Ratio(n, d)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    // at most nine decimals, so numerator and denominator stay exact in a long
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[01]\\.[0-9]{1,9}");

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
