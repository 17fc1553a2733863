package org.aidsim.model;

/** A declared member entry that is no membership on the scenario date (not eligible, left, not yet joined). */
public record NotAMember(String coalitionId, CountryCode member, String reason) implements AboutCoalition, AboutMember {
}
