package org.aidsim.model;

import java.util.Collection;
import java.util.Objects;

/**
 * What a coalition member pledges or a coalition aims for: exact euros, a count of items (drones, vehicles), or
 * both. A target is met when a total reaches it in every unit the target names.
 */
public record Contribution(Money euros, long items) {
    public static final Contribution NONE = new Contribution(Money.ZERO, 0);

    public Contribution {
        Objects.requireNonNull(euros, "euros");
        if (items < 0) {
            throw new IllegalArgumentException(items + " items is negative; a count of items is zero or more");
        }
    }

    public static Contribution of(Money euros) {
        return new Contribution(euros, 0);
    }

    public static Contribution ofItems(long items) {
        return new Contribution(Money.ZERO, items);
    }

    public static Contribution sum(Collection<Contribution> parts) {
        Money euros = Money.ZERO;
        long items = 0;
        for (Contribution c : parts) {
            euros = euros.plus(c.euros);
            items = Math.addExact(items, c.items);
        }
        return new Contribution(euros, items);
    }

    public Contribution minus(Contribution other) {
        return new Contribution(euros.minusOrZero(other.euros), Math.max(0, items - other.items));
    }

    /** True when this total reaches {@code target} in euros and in items. */
    public boolean reaches(Contribution target) {
        return euros.compareTo(target.euros) >= 0 && items >= target.items;
    }

    public boolean isNone() {
        return euros.isZero() && items == 0;
    }

    /** "EUR 10 m", "5 items", "EUR 10 m and 5 items", or "nothing". */
    public String human() {
        if (items == 0) {
            return euros.isZero() ? "nothing" : euros.human();
        }
        String count = items + (items == 1 ? " item" : " items");
        return euros.isZero() ? count : euros.human() + " and " + count;
    }

    @Override
    public String toString() {
        return human();
    }
}
