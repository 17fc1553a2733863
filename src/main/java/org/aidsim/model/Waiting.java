package org.aidsim.model;

/** Why a tranche that nothing withholds is not paid yet: its date, an earlier tranche, or money in its pool. */
public record Waiting(String packageId, String trancheId, String reason) implements AboutPackage {

    public static Waiting forMoney(Tranche t, PoolBalance b) {
        return new Waiting(t.packageId(), t.id(), "pool " + t.poolId() + " holds " + b.balance().human() + ", the tranche needs "
                + t.amount().human());
    }
}
