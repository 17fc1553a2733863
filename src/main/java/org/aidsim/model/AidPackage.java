package org.aidsim.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param terms  how the treaties shape who votes on this package (Art. 7 TEU's member concerned, a policy area with
 *               treaty opt-outs, enhanced cooperation, the no-opinion cases of Regulation 182/2011); {@link Terms#NONE}
 *               for none
 */
public record AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation,
                         Money amount, boolean cfsp, VoteCount votes, CostShareRule costShares, Terms terms)
        implements AboutPackage {
    public AidPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(participation, "participation");
        title = title == null ? id : title;
        terms = terms == null ? Terms.NONE : terms;
        terms = terms == null ? Terms.NONE : terms;
    }

    /**
     * How the treaties shape who votes on a package and what its outcome means.
     *
     * @param concerned           the member an Art. 7 TEU procedure concerns: it does not take part in the vote and
     *                            is not counted (Art. 354 TFEU), yet stays bound; null when none
     * @param area                the policy area (defence, jha, ...) by which treaty opt-outs are looked up
     *                            (rules/reference/opt-outs.yaml); null when none is written
     * @param outside             members outside the vote by a treaty opt-out in {@code area} on the scenario's date,
     *                            each with the provision that keeps it out ("Protocol 22, Art. 5"); sorted
     * @param enhancedCooperation acts within an enhanced cooperation (Art. 20 TEU): the members that opt out are the
     *                            ones not participating, and too few participants adopt nothing
     * @param noOpinionBlocks     for the rule examination: no opinion stops the draft (Regulation (EU) No 182/2011,
     *                            Art. 5(4) second subparagraph) instead of letting the Commission adopt it
     */
    public record Terms(CountryCode concerned, String area, Map<CountryCode, String> outside,
                        boolean enhancedCooperation, boolean noOpinionBlocks) {
        /** A package on which every member of the forum may vote and nothing special applies. */
        public static final Terms NONE = new Terms(null, null, Map.of(), false, false);

        public Terms {
            outside = java.util.Collections.unmodifiableMap(new TreeMap<>(outside == null ? Map.of() : outside));
        }
    }

    /**
     * A package decided on its members' positions (not on vote counts), whose file says nothing about who pays, and on
     * which nothing special applies ({@link Terms#NONE}).
     */
    public AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation,
                      Money amount, boolean cfsp) {
        this(id, title, forum, rule, participation, amount, cfsp, null, null, Terms.NONE);
    }

    /** The member an Art. 7 TEU procedure concerns, or null (for the rules: {@code concerned != null}). */
    public CountryCode concerned() {
        return terms.concerned();
    }

    /** Acts within an enhanced cooperation (Art. 20 TEU). */
    public boolean isEnhancedCooperation() {
        return terms.enhancedCooperation();
    }

    /** For the rule examination: no opinion stops the draft (Regulation (EU) No 182/2011, Art. 5(4)). */
    public boolean isNoOpinionBlocks() {
        return terms.noOpinionBlocks();
    }

    /** Why a member is outside the vote by a treaty opt-out, or null when it is not. */
    public String outsideBy(CountryCode member) {
        return terms.outside().get(member);
    }

    /** A package outside the common foreign and security policy. */
    public AidPackage(String id, String title, String forum, DecisionRule rule, Participation participation, Money amount) {
        this(id, title, forum, rule, participation, amount, false, null, null, Terms.NONE);
    }

    @Override
    public String packageId() {
        return id;
    }

    public boolean isMandatory() {
        return participation == Participation.MANDATORY;
    }
}
