package org.aidsim.model;

import java.util.List;

/** An inflow passed on to the instruments of the split in force on its date: it leaves the source pool. */
public record Routing(Inflow inflow, Split split, List<Inflow> parts) implements Outflow {
    public Routing {
        parts = List.copyOf(parts);
    }

    public static Routing of(Inflow inflow, Split split) {
        return new Routing(inflow, split, split.route(inflow));
    }

    @Override
    public String poolId() {
        return inflow.poolId();
    }

    @Override
    public Money amount() {
        return inflow.amount();
    }
}
