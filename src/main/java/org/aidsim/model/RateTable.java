package org.aidsim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dated euro reference rates by currency, as shipped in a rules folder's {@code reference/rates/ecb.yaml}.
 * The rate in force on a date is the latest published on or before it, provided it was published at most
 * {@link #MAX_AGE_DAYS} days before: the ECB publishes on every TARGET working day, so a longer gap means the
 * table lacks the dates needed, and an older rate is refused rather than used silently.
 *
 * @param source where the rates come from (a citation with its URL)
 * @param rates  per currency, the rates by publication date
 */
public record RateTable(String source, Map<String, NavigableMap<LocalDate, BigDecimal>> rates) {
    /** Longest gap between a rate's publication and the date it is used for (a long weekend with holidays fits). */
    public static final int MAX_AGE_DAYS = 7;
    public static final RateTable EMPTY = new RateTable("", Map.of());

    public RateTable {
        Map<String, NavigableMap<LocalDate, BigDecimal>> copy = new TreeMap<>();
        rates.forEach((currency, byDate) -> copy.put(currency, new TreeMap<>(byDate)));
        rates = copy;
        source = source == null ? "" : source;
    }

    public boolean knows(String currency) {
        return rates.containsKey(currency);
    }

    /** The latest rate of {@code currency} published on or before {@code date}, however old; empty when none. */
    public Optional<Rate> latestOnOrBefore(String currency, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> byDate = rates.get(currency);
        Map.Entry<LocalDate, BigDecimal> e = byDate == null ? null : byDate.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(new Rate(currency, e.getKey(), e.getValue()));
    }

    /** The rate in force on {@code date}: the latest on or before it, if at most {@link #MAX_AGE_DAYS} old. */
    public Optional<Rate> inForceOn(String currency, LocalDate date) {
        return latestOnOrBefore(currency, date).filter(r -> !r.date().plusDays(MAX_AGE_DAYS).isBefore(date));
    }
}
