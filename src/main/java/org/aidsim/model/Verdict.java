package org.aidsim.model;

import java.util.Locale;

/** The outcome of a package. */
public enum Verdict {
    /** The forum's rule is satisfied. */
    ADOPTED,
    /** One or more members stopped it: a veto, an objection, a blocking minority. */
    BLOCKED,
    /** It fell short without anyone blocking it (too few in favour, the deciding state did not decide). */
    FAILED,
    /**
     * It waits for a package it {@code requires} that is not adopted on the date, so it is not decided yet
     * (rules/consensus/linkage.drl); not passed.
     */
    WAITING,
    /**
     * A declaration its signatories issued outside the treaties (rule declaration): not a decision of the forum, so
     * not adopted ({@code passed} is false), and nobody could veto it.
     */
    ISSUED,
    /** No rule decided it: the rules folder does not cover this package's decision rule. */
    UNDECIDED,
    /** Rules reached contradictory decisions; the rules folder needs fixing. */
    CONFLICT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
