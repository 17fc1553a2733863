package org.aidsim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One instalment of a package's money and the conditions of its release.
 *
 * @param amount        exact euros; null only while a tranche written as a {@code share} waits for the engine to
 *                      route the plan's inflows (no such tranche is ever put into a session)
 * @param needsAdoption the package must be adopted (true unless the scenario says otherwise)
 * @param notBefore     not released before this date; null when any date will do
 * @param after         the id of the package's tranche that must be paid first; null when none
 * @param conditions    named conditions that must hold
 * @param order         its place in the scenario file; a pool pays due tranches in this order
 * @param share         what the amount is a share of, for a tranche written {@code share: 10%, inflow: DATE}; null
 *                      for a tranche written with its amount
 * @param stage         the id of the implementing stage of its package ({@code stage:}) that must be adopted for it to be
 *                      released; null when none gates it
 */
public record Tranche(String packageId, String id, String poolId, Money amount, boolean needsAdoption,
                      LocalDate notBefore, String after, List<String> conditions, int order, Share share, String stage)
        implements AboutPackage {
    /** A tranche no implementing stage gates. */
    public Tranche(String packageId, String id, String poolId, Money amount, boolean needsAdoption, LocalDate notBefore,
                   String after, List<String> conditions, int order, Share share) {
        this(packageId, id, poolId, amount, needsAdoption, notBefore, after, conditions, order, share, null);
    }

    public Tranche {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(poolId, "poolId");
        if (amount == null && share == null) {
            throw new IllegalArgumentException("tranche " + id + " needs an amount or a share");
        }
        conditions = List.copyOf(conditions);
    }

    /**
     * A share of everything the tranche's pool receives on a date, as the routing rules
     * (rules/disbursement/routing.drl) pass the plan's inflows on: the engine works the amount out before the run.
     *
     * @param percent exact percent, more than 0 and at most 100
     * @param inflow  the date of the inflow it is a share of
     * @param place   where the inflow date is written ("file:line:col: packages[0].tranches[2].inflow"), so that a
     *                run finding no money arriving there can point at it
     */
    public record Share(BigDecimal percent, LocalDate inflow, String place) {
        public Share {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(inflow, "inflow");
            Objects.requireNonNull(place, "place");
        }
    }

    /** False only for a share tranche whose amount the engine has not yet worked out. */
    public boolean hasAmount() {
        return amount != null;
    }

    /** The same tranche with its amount worked out. */
    public Tranche withAmount(Money worked) {
        return new Tranche(packageId, id, poolId, Objects.requireNonNull(worked, "amount"), needsAdoption, notBefore,
                after, conditions, order, share, stage);
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

    /** Whether an implementing stage of its package gates it ({@code stage:}). */
    public boolean gatedByStage() {
        return stage != null;
    }
}
