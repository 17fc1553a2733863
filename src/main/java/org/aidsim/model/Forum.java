package org.aidsim.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A body that decides packages: who sits in it (a roster) and how it decides, all read from rules/parameters.yaml.
 *
 * @param roster      the reference file naming its members, or null for the national and coalition kinds, which
 *                    have no roster (one government; a coalition's own members)
 * @param defaultRule the rule a package takes when it names none
 * @param rules       the rules a package in this forum may name; any other has no meaning there (NATO has no
 *                    population weights, so no QMV), always including the default
 * @param quorum      how many members must be present for the forum to vote, or null when it has none (NATO
 *                    decides by consensus without a vote)
 */
public record Forum(String id, String title, String roster, DecisionRule defaultRule, List<DecisionRule> rules,
                    Quorum quorum) {
    public Forum {
        Objects.requireNonNull(defaultRule, "defaultRule");
        rules = List.copyOf(rules);
        if (!rules.contains(defaultRule)) {
            throw new IllegalArgumentException("the default rule " + defaultRule + " is not among the rules " + rules);
        }
    }

    /** Whether a package in this forum may be decided by {@code rule}. */
    public boolean allows(DecisionRule rule) {
        return rules.contains(rule);
    }

    /** "qmv, reinforced-qmv, unanimity": the valid rules as a user writes them. */
    public String ruleWords() {
        return rules.stream().map(DecisionRule::word).collect(Collectors.joining(", "));
    }
}
