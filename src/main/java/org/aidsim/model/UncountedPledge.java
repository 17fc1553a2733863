package org.aidsim.model;

/** A pledge declared by a state that is not a member on the scenario date, and so left out of the total. */
public record UncountedPledge(String coalitionId, CountryCode member, Contribution pledge, String reason)
        implements AboutCoalition {
}
