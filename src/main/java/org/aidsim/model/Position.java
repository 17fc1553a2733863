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
    SUPPORT_IF("support-if");

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
        return PLAIN.stream().map(Position::word).collect(Collectors.joining(", ")) + ", or {support-if: CONDITION}";
    }

    @Override
    public String toString() {
        return word;
    }
}
