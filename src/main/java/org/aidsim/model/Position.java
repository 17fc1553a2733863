package org.aidsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a member does about a package. SUPPORT_IF is resolved by the rules to SUPPORT or OPPOSE. */
public enum Position {
    SUPPORT("support"),
    OPPOSE("oppose"),
    ABSTAIN("abstain"),
    CONSTRUCTIVE_ABSTAIN("constructive-abstain"),
    ABSENT("absent"),
    OPT_OUT("opt-out"),
    SUPPORT_IF("support-if"),
    /**
     * Art. 31(2) TEU: in a CFSP decision taken by qualified majority, the member declares that it opposes it for
     * vital and stated reasons of national policy, and no vote is taken. Written only in such a package.
     */
    VITAL_REASONS("vital-reasons"),
    /**
     * Set by aidsim, never written as a position: the member an Art. 7 TEU procedure concerns (package field
     * {@code concerned}) does not take part in the vote and is not counted (Art. 354 TFEU), and stays bound.
     */
    CONCERNED("concerned"),
    /**
     * Set by aidsim from rules/reference/opt-outs.yaml, never written as a position: the member is outside the vote
     * and its thresholds by a treaty protocol in the package's {@code area} on the scenario's date, and not bound.
     */
    OUTSIDE("outside");

    /**
     * The positions a member can simply take, in the order messages and sweeps list them: every position but
     * support-if, which takes a condition and is resolved by the rules to one of these.
     */
    public static final List<Position> PLAIN = List.of(SUPPORT, OPPOSE, ABSTAIN, CONSTRUCTIVE_ABSTAIN, ABSENT, OPT_OUT);

    private final String word;

    Position(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Position> fromWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }

    /** The words a scenario may use for a plain position (support-if takes a condition and is written as a map). */
    public static String plainWords() {
        return PLAIN.stream().map(Position::word).collect(Collectors.joining(", "))
                + ", vital-reasons (CFSP by qualified majority), or {support-if: CONDITION}";
    }

    /** A position a scenario may write for a member: a plain one or vital-reasons (not support-if: it is a map). */
    public boolean isWritten() {
        return PLAIN.contains(this) || this == VITAL_REASONS;
    }

    /** A member with this position can be given another by a what-if: not the member concerned, nor one outside. */
    public boolean isVotable() {
        return this != CONCERNED && this != OUTSIDE;
    }

    @Override
    public String toString() {
        return word;
    }
}
