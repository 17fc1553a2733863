package org.aidsim.model;

/** Money that left a pool for good: a released tranche, or an inflow passed on to the instruments of a split. */
public interface Outflow {
    String poolId();

    Money amount();
}
