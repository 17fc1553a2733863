package org.aidsim.model;

import java.util.Objects;

/**
 * A proposed aid measure that a forum must approve. (Not "Package": that clashes with java.lang.Package.)
 *
 * @param forum  eu-council, european-council, nato, a country code for a national decision, or the id of the
 *               coalition that delivers it (then the rule is {@link DecisionRule#COALITION})
 * @param amount the money at stake, or null when the package has none (a sanctions decision, say)
 * @param cfsp   a decision of the common foreign and security policy (Art. 24 TEU), the only kind in which a member
 *               may abstain constructively (Art. 31(1) TEU)
 * @param votes  the European Parliament's counts ({@code votes:}) for a rule that {@link DecisionRule#countsVotes()
 *               counts votes}; null for every other package, whose members' positions are {@link Stance}s
 * @param costShares who pays the amount and by which key ({@code cost-shares:}), or null when the file says nothing
 */
public record AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation,
                         Money amount, boolean cfsp, VoteCount votes, CostShareRule costShares) implements AboutPackage {
    /** A package decided on its members' positions, not on vote counts, whose file says nothing about who pays. */
    public AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation,
                      Money amount, boolean cfsp) {
        this(id, title, forum, rule, participation, amount, cfsp, null, null);
    }

    public AidPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(participation, "participation");
        title = title == null ? id : title;
    }

    /** A package outside the common foreign and security policy. */
    public AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation, Money amount) {
        this(id, title, forum, rule, participation, amount, false);
    }

    @Override
    public String packageId() {
        return id;
    }

    public boolean isMandatory() {
        return participation == Participation.MANDATORY;
    }
}
