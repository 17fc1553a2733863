package org.aidsim.model;

import java.time.LocalDate;

/** A tranche paid out of its pool on a date. Inserted once and never withdrawn: paid money stays paid. */
public record Release(String packageId, String trancheId, String poolId, LocalDate date, Money amount)
        implements AboutPackage, Outflow {
}
