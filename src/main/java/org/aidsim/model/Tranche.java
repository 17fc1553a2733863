package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One instalment of a package's money and the conditions of its release.
 *
 * @param needsAdoption the package must be adopted (true unless the scenario says otherwise)
 * @param notBefore     not released before this date; null when any date will do
 * @param after         the id of the package's tranche that must be paid first; null when none
 * @param conditions    named conditions that must hold
 * @param order         its place in the scenario file; a pool pays due tranches in this order
 */
public record Tranche(String packageId, String id, String poolId, Money amount, boolean needsAdoption,
                      LocalDate notBefore, String after, List<String> conditions, int order) implements AboutPackage {
    public Tranche {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(amount, "amount");
        conditions = List.copyOf(conditions);
    }

    public boolean isDueOn(LocalDate date) {
        return notBefore == null || !notBefore.isAfter(date);
    }

    public boolean isListedBefore(Tranche other) {
        return order < other.order;
    }

    public boolean followsAnother() {
        return after != null;
    }
}
