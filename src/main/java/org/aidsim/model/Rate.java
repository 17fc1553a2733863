package org.aidsim.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published euro reference rate: how many units of {@code currency} one euro buys on {@code date} (the ECB's
 * quotation, e.g. USD 1.0686 on 2024-06-14).
 *
 * @param currency     an ISO 4217 code such as USD, never EUR
 * @param date         the day the rate was published
 * @param unitsPerEuro units of the currency per euro, exact as published, positive
 */
public record Rate(String currency, LocalDate date, BigDecimal unitsPerEuro) {
    /** Conversions keep whole cents: a euro amount has at most two decimals after conversion. */
    public static final int CENTS = 2;

    public Rate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        if (unitsPerEuro == null || unitsPerEuro.signum() <= 0) {
            throw new IllegalArgumentException("a rate is a positive number of units per euro, not " + unitsPerEuro);
        }
    }

    /**
     * The euros that {@code amount} units of the currency make at this rate: amount / rate, exact, then rounded to
     * the nearest cent with a half cent rounded up, the euro's own conversion rule (Council Regulation (EC) No
     * 1103/97, Art. 5). Never a double.
     */
    public Money toEuros(BigDecimal amount) {
        return new Money(amount.divide(unitsPerEuro, CENTS, RoundingMode.HALF_UP));
    }
}
