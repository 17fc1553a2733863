package org.aidsim.model;

import java.util.Locale;

/** The outcome of a package. */
public enum Verdict {
    /** The forum's rule is satisfied. */
    ADOPTED,
    /**
     * An examination committee delivered no opinion, neither a qualified majority for nor one against the draft
     * (Regulation (EU) No 182/2011, Art. 5(4)): the Commission may adopt it, so it passes.
     */
    NO_OPINION,
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
    CONFLICT,
    /** A package decided in stages whose next stage is not yet due on the date decided (rules/procedures/stages.drl). */
    PENDING,
    /** A stage was not adopted by its deadline, which ends its package (rules/procedures/stages.drl). */
    LAPSED,
    /** A stage never decided because a stage it comes after did not pass (rules/procedures/stages.drl). */
    NOT_REACHED;

    /** The word scenarios and reports use: adopted, no-opinion, blocked, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict a word names ("no-opinion", or as printed in upper case), or empty. */
    public static java.util.Optional<Verdict> fromWord(String word) {
        return java.util.Arrays.stream(values())
                .filter(v -> v.word().equals(word) || v.name().equals(word.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** Whether the package goes ahead: adopted, or no opinion, which lets the Commission adopt its draft. */
    public boolean passes() {
        return this == ADOPTED || this == NO_OPINION;
    }
}
