package org.aidsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a forum decides a package, by the word rules/parameters.yaml lists among a forum's rules and the DRL matches
 * ({@code rule == DecisionRule.QMV}, or {@code rule.word() == "four-fifths"} for a rule Java does not name). A new
 * majority is a new word in a forum's list plus the DRL that decides it; the constants below are the words Java code
 * itself refers to. Serializable because a compiled constraint naming a constant ({@code rule == DecisionRule.QMV})
 * holds it, and the compiled-rules cache stores compiled constraints (engine/RulesCache); a copy read back is
 * {@code equals} to the constant, which is how the DRL compares it.
 */
public record DecisionRule(String word) implements Serializable {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public static final DecisionRule UNANIMITY = new DecisionRule("unanimity");
    public static final DecisionRule QMV = new DecisionRule("qmv");
    public static final DecisionRule REINFORCED_QMV = new DecisionRule("reinforced-qmv");
    public static final DecisionRule CONSENSUS = new DecisionRule("consensus");
    public static final DecisionRule NATIONAL = new DecisionRule("national");
    /** A capability coalition's voluntary decision: it delivers when active and its members' pledges cover it. */
    public static final DecisionRule COALITION = new DecisionRule("coalition");

    /** The European Parliament by a majority of the votes cast (Art. 231 TFEU), decided on {@link VoteCount}s. */
    public static final DecisionRule VOTES_CAST = new DecisionRule("votes-cast");
    /** The European Parliament by a majority of its component members (Art. 312(2) TFEU, Art. 49 TEU). */
    public static final DecisionRule COMPONENT_MEMBERS = new DecisionRule("component-members");
    /** The European Parliament by two thirds of the votes cast and a majority of its members (Art. 354 TFEU). */
    public static final DecisionRule TWO_THIRDS = new DecisionRule("two-thirds");
    /** Every member approves by its own constitutional procedure (Art. 311 TFEU, Art. 48 and 49 TEU). */
    public static final DecisionRule RATIFICATION = new DecisionRule("ratification");
    /** A text issued outside the treaties by the members that sign it; no veto, no money. */
    public static final DecisionRule DECLARATION = new DecisionRule("declaration");

    /** The words Java refers to, in the order messages list them before any a rules folder adds. */
    public static final List<DecisionRule> NAMED = List.of(UNANIMITY, QMV, REINFORCED_QMV, CONSENSUS, NATIONAL, COALITION);

    public DecisionRule {
        Objects.requireNonNull(word, "word");
        if (!WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("a rule is a lower-case word such as qmv or four-fifths, got '" + word + "'");
        }
    }

    /** The rule a well-formed word names (lower-case words joined by hyphens); empty for anything else. */
    public static Optional<DecisionRule> fromWord(String word) {
        return word != null && WORD.matcher(word).matches() ? Optional.of(new DecisionRule(word)) : Optional.empty();
    }

    /**
     * Whether this rule decides on counts of individual votes ({@code votes:}, the European Parliament's members)
     * rather than on the positions of a roster's members.
     */
    public boolean countsVotes() {
        return equals(VOTES_CAST) || equals(COMPONENT_MEMBERS) || equals(TWO_THIRDS);
    }

    @Override
    public String toString() {
        return word;
    }
}
