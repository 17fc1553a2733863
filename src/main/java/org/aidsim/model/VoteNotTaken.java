package org.aidsim.model;

import java.util.Objects;

/**
 * The forum takes no vote on a package, so its votes are not tallied and no majority rule decides it: a member
 * declared vital reasons of national policy (Art. 31(2) TEU), or an enhanced cooperation has fewer participants than
 * Art. 20(2) TEU requires. The rule that inserts it also decides the package and says why.
 */
public record VoteNotTaken(String packageId, String reason) implements AboutPackage {
    public VoteNotTaken {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(reason, "reason");
    }
}
