package org.aidsim.model;

/**
 * A named state of the world that conditional support depends on, e.g. "concessions-agreed": declared in the
 * scenario's {@code conditions:}, or derived by the linkage rules (rules/consensus/linkage.drl) for a test of
 * another package's outcome ({@link OutcomeTest}) or a combination of conditions ({@link ConditionGroup}).
 *
 * @param because for a derived condition, which linked outcomes made it hold or not ("ukraine-cluster-1 is
 *                blocked, not adopted"); null for a declared one
 */
public record Condition(String name, boolean holds, String because) {

    /** A declared condition: true or false as the scenario (or a timeline event) states it. */
    public Condition(String name, boolean holds) {
        this(name, holds, null);
    }

    /** What the condition says now, for a vote's basis: "condition X holds", plus why for a derived one. */
    public String sentence() {
        return "condition " + name + (holds ? " holds" : " does not hold") + (because == null ? "" : ": " + because);
    }

    /** Why it holds or not, as a part of a combination names it: the reason of a derived one, else "X holds". */
    public String explain() {
        return because != null ? because : name + (holds ? " holds" : " does not hold");
    }
}
