package org.aidsim.model;

/** Whether a coalition's members' pledges reach its target, and the figures in a sentence. */
public record TargetCheck(String coalitionId, boolean met, String reason) implements AboutCoalition {
}
