package org.aidsim.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coalition member entry as the scenario declares it, before the rules decide whether it is a membership on the
 * scenario date.
 *
 * @param joined when it joined, or for an intent when it declared its readiness to join
 * @param left   when it left (its pledge no longer counts from that day), or null
 * @param pledge what it pledged, {@link Contribution#NONE} when nothing
 * @param intent a declared readiness to join rather than a completed accession
 * @param lead   the entry of a lead nation (synthesised from the launch date when the scenario lists none)
 */
public record MembershipClaim(String coalitionId, CountryCode member, LocalDate joined, LocalDate left,
                              Contribution pledge, boolean intent, boolean lead) implements AboutCoalition, AboutMember {
    public MembershipClaim {
        Objects.requireNonNull(coalitionId, "coalitionId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(joined, "joined");
        pledge = pledge == null ? Contribution.NONE : pledge;
        if (left != null && !left.isAfter(joined)) {
            throw new IllegalArgumentException(member + " left on " + left + ", not after it joined on " + joined);
        }
    }

    public boolean joinedBy(ScenarioDate today) {
        return today.reached(joined);
    }

    public boolean leftBy(ScenarioDate today) {
        return left != null && today.reached(left);
    }

    public boolean pledges() {
        return !pledge.isNone();
    }
}
