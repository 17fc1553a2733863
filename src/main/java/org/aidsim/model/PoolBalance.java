package org.aidsim.model;

import java.util.List;

/**
 * What a pool holds: everything it received (its opening money and inflows) less everything paid out of it
 * (released tranches, inflows passed on to instruments).
 */
public record PoolBalance(String poolId, Money received, Money paidOut) {

    public static PoolBalance of(Pool pool, List<Money> inflows, List<Money> outflows) {
        return new PoolBalance(pool.id(), pool.opening().plus(Money.sum(inflows)), Money.sum(outflows));
    }

    public Money balance() {
        return received.minusOrZero(paidOut);
    }

    /** More was paid out than came in: the rules broke the conservation of money. */
    public boolean isOverdrawn() {
        return paidOut.compareTo(received) > 0;
    }

    public boolean covers(Money amount) {
        return !isOverdrawn() && balance().compareTo(amount) >= 0;
    }
}
