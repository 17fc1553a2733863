package org.aidsim.model;

import java.math.BigDecimal;
import java.util.Locale;

/** An exact amount of euros. Never negative: a debt is modelled as its own package, not as negative money. */
public record Money(BigDecimal euros) implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    public Money {
        if (euros == null) {
            throw new IllegalArgumentException("an amount is required");
        }
        if (euros.signum() < 0) {
            throw new IllegalArgumentException("amount " + euros.toPlainString() + " EUR is negative; amounts are zero or more");
        }
        euros = normalise(euros);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money sum(java.util.Collection<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : amounts) {
            total = total.add(m.euros);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(euros.add(other.euros));
    }

    /** The difference, or zero when {@code other} is larger. */
    public Money minusOrZero(Money other) {
        return euros.compareTo(other.euros) <= 0 ? ZERO : new Money(euros.subtract(other.euros));
    }

    public boolean isZero() {
        return euros.signum() == 0;
    }

    /** The exact decimal string used in JSON output, e.g. "1400000000". */
    public String plain() {
        return euros.toPlainString();
    }

    /** A short exact form for tables: "EUR 1.4 bn", "EUR 611 m", "EUR 10,500". */
    public String human() {
        if (euros.compareTo(BILLION) >= 0) {
            return "EUR " + scaled(BILLION) + " bn";
        }
        if (euros.compareTo(MILLION) >= 0) {
            return "EUR " + scaled(MILLION) + " m";
        }
        return euros.scale() == 0 ? String.format(Locale.ROOT, "EUR %,d", euros.toBigIntegerExact()) : "EUR " + euros.toPlainString();
    }

    /**
     * An exact decimal with thousands separators and at least {@code minDecimals} decimals, never rounded:
     * {@code grouped(46790192775.59, 2)} is "46,790,192,775.59", {@code grouped(5E+10, 0)} "50,000,000,000".
     */
    public static String grouped(BigDecimal value, int minDecimals) {
        BigDecimal v = value.scale() < minDecimals ? value.setScale(minDecimals) : value;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        return (v.signum() < 0 ? "-" : "") + String.format(Locale.ROOT, "%,d", new java.math.BigInteger(whole))
                + (dot < 0 ? "" : plain.substring(dot));
    }

    private String scaled(BigDecimal unit) {
        return normalise(euros.divide(unit)).toPlainString();
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public int compareTo(Money other) {
        return euros.compareTo(other.euros);
    }

    @Override
    public String toString() {
        return human();
    }
}
