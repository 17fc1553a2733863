package org.aidsim.model;

/** One reason a coalition is not active on the scenario date (no lead, too few members, not yet launched). */
public record Shortfall(String coalitionId, String reason) implements AboutCoalition {
}
