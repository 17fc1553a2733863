package org.aidsim.model;

/** A pool on a date: what it received (opening money included), what it paid out, and what it holds. */
public record PoolState(Pool pool, Money inflows, Money released, Money balance) {
    public String id() {
        return pool.id();
    }
}
