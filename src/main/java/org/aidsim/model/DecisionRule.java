package org.aidsim.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a forum decides a package. */
public enum DecisionRule {
    UNANIMITY("unanimity"),
    QMV("qmv"),
    REINFORCED_QMV("reinforced-qmv"),
    CONSENSUS("consensus"),
    NATIONAL("national"),
    /** A capability coalition's voluntary decision: it delivers when active and its members' pledges cover it. */
    COALITION("coalition");

    private final String word;

    DecisionRule(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<DecisionRule> fromWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }

    public static String words() {
        return Arrays.stream(values()).map(DecisionRule::word).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return word;
    }
}
