package org.aidsim.model;

/**
 * The European Parliament's vote on a package set against its seats on the decision date, as the rules derive it
 * from a {@link VoteCount} and the parameter european-parliament.component-members: what its majorities compare.
 * Abstentions are not votes cast (Art. 231 TFEU as read in Case C-650/18, Hungary v Parliament, 3 June 2021).
 *
 * @param seats    the Parliament's component members on the date (705 from 2020-02-01, 720 from 2024-07-16)
 * @param inFavour members voting for; {@code against} and {@code abstain} likewise; the rest of the seats are absent
 */
public record SeatCount(String packageId, long seats, long inFavour, long against, long abstain) implements AboutPackage {
    public SeatCount {
        if (seats < inFavour + against + abstain) {
            throw new IllegalArgumentException(inFavour + "-" + against + "-" + abstain + " is more votes than the "
                    + seats + " seats");
        }
    }

    /** The package's count on a Parliament of {@code seats} members. */
    public static SeatCount of(String packageId, long seats, VoteCount votes) {
        return new SeatCount(packageId, seats, votes.inFavour(), votes.against(), votes.abstain());
    }

    /** Votes cast: for and against. Abstentions are not votes cast (Case C-650/18). */
    public long cast() {
        return inFavour + against;
    }

    /** Seats whose members did not vote at all. */
    public long absent() {
        return seats - inFavour - against - abstain;
    }

    /** Whether the votes for are more than {@code share} of the votes cast. */
    public boolean castExceeds(Ratio share) {
        return share.isExceededBy(inFavour, cast());
    }

    /** Whether the votes for reach {@code share} of the votes cast. */
    public boolean castReaches(Ratio share) {
        return cast() > 0 && share.isReachedBy(inFavour, cast());
    }

    /** Whether the votes for are more than {@code share} of the component members. */
    public boolean seatsExceed(Ratio share) {
        return share.isExceededBy(inFavour, seats);
    }

    /** "518 for of 574 votes cast (56 against; 61 abstentions and 85 absent are not votes cast); needs 288". */
    public String castLine(Ratio share, boolean strictly) {
        long needs = neededOfCast(share, strictly);
        return inFavour + " for of " + cast() + " votes cast (" + against + " against; " + abstain
                + " abstentions and " + absent() + " absent are not votes cast); needs " + needs;
    }

    /** "499 for of 705 component members; needs 353 (67 against, 31 abstaining, 108 absent)". */
    public String seatsLine(Ratio share) {
        return inFavour + " for of " + seats + " component members; needs " + smallestExceeding(share, seats)
                + " (" + against + " against, " + abstain + " abstaining, " + absent() + " absent)";
    }

    /**
     * The votes for that {@code rule} needs on this count, with the shares in force ({@code th}, the parameters
     * rules/consensus/parliament.drl reads): votes-cast, more than european-parliament.votes-cast of the votes cast;
     * component-members, more than european-parliament.component-majority of the seats; two-thirds, both
     * european-parliament.two-thirds of the votes cast and more than the component majority. The figure the reasons'
     * "needs N" print, for reports that show it as a number; empty for a rule not decided on counts.
     */
    public java.util.OptionalLong needed(DecisionRule rule, Thresholds th) {
        if (rule.equals(DecisionRule.VOTES_CAST)) {
            return java.util.OptionalLong.of(neededOfCast(th.ratio("european-parliament.votes-cast"), true));
        }
        if (rule.equals(DecisionRule.COMPONENT_MEMBERS)) {
            return java.util.OptionalLong.of(smallestExceeding(th.ratio("european-parliament.component-majority"), seats));
        }
        if (rule.equals(DecisionRule.TWO_THIRDS)) {
            return java.util.OptionalLong.of(Math.max(neededOfCast(th.ratio("european-parliament.two-thirds"), false),
                    smallestExceeding(th.ratio("european-parliament.component-majority"), seats)));
        }
        return java.util.OptionalLong.empty();
    }

    /** The votes for needed out of the votes cast: more than {@code share} ({@code strictly}), else at least it (and one). */
    private long neededOfCast(Ratio share, boolean strictly) {
        return strictly ? smallestExceeding(share, cast()) : Math.max(1, share.smallestReaching(cast()));
    }

    /** The smallest count out of {@code whole} that is more than {@code share} of it. */
    static long smallestExceeding(Ratio share, long whole) {
        return Math.floorDiv(Math.multiplyExact(share.numerator(), whole), share.denominator()) + 1;
    }
}
