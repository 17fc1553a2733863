package org.aidsim.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member outside a policy area by a treaty protocol on the dates it is in force (rules/reference/opt-outs.yaml):
 * on a package in that area the member neither votes nor counts in the thresholds, and is not bound.
 *
 * @param area     the policy area a package names with {@code area:} (defence, jha)
 * @param protocol the provision, as the report cites it: "Protocol 22, Art. 5 (Denmark's defence opt-out)"
 * @param from     the first day it is in force
 * @param until    the last day it is in force, or null while it still is
 */
public record TreatyOptOut(CountryCode member, String area, String protocol, LocalDate from, LocalDate until) {
    public TreatyOptOut {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(from, "from");
    }

    /** In force on {@code date}: on or after {@code from} and not after {@code until}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
