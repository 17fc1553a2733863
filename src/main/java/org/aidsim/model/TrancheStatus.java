package org.aidsim.model;

import java.util.Locale;

/** Where a tranche stands on a date. */
public enum TrancheStatus {
    /** Paid out of its pool. */
    RELEASED,
    /** Stopped by a decision: its package is not adopted, a condition does not hold, an implementing veto. */
    WITHHELD,
    /** Not due yet, waiting for an earlier tranche, or for money in its pool. */
    PENDING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
