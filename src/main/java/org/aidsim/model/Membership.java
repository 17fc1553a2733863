package org.aidsim.model;

import java.time.LocalDate;

/** A state that is a member of a coalition on the scenario date, derived by the rules from its claim. */
public record Membership(String coalitionId, CountryCode member, LocalDate since, boolean lead, Contribution pledge,
                         String basis) implements AboutCoalition, AboutMember {
    public static Membership of(MembershipClaim claim, String basis) {
        return new Membership(claim.coalitionId(), claim.member(), claim.joined(), claim.lead(), claim.pledge(), basis);
    }
}
