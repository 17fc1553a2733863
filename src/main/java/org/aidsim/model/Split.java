package org.aidsim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a pool passes each inflow on to its instruments (other pools), in force from a date until the next split of
 * the same pool. Shares are exact percentages that sum to 100.
 */
public record Split(String poolId, LocalDate from, Map<String, BigDecimal> percents) {
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public Split {
        percents = new TreeMap<>(percents);
    }

    /**
     * The parts of an inflow, one per instrument. Every part but the last is its exact share; the last takes what
     * remains, so the parts always add up to the inflow to the cent and beyond.
     */
    public List<Inflow> route(Inflow inflow) {
        List<Inflow> parts = new ArrayList<>();
        Money left = inflow.amount();
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : percents.entrySet()) {
            Money part = ++i == percents.size() ? left
                    : new Money(inflow.amount().euros().multiply(e.getValue()).divide(HUNDRED));
            left = left.minusOrZero(part);
            parts.add(new Inflow(e.getKey(), inflow.date(), part,
                    "routed from " + poolId + " (" + e.getValue().stripTrailingZeros().toPlainString() + "%) of " + inflow.origin()));
        }
        return parts;
    }

    public boolean isInForceOn(LocalDate date) {
        return !from.isAfter(date);
    }

    public boolean isLaterThan(Split other) {
        return from.isAfter(other.from);
    }
}
