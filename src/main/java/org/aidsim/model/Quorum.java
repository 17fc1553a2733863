package org.aidsim.model;

import java.util.Collection;
import java.util.Objects;

/**
 * How many of a forum's members must be present for it to vote at all, as a share of the members entitled to
 * vote. Members that opted out are not entitled to vote (Art. 238(3) TFEU); an absent member is not present.
 * Sources: Council Rules of Procedure (Decision 2009/937/EU) Art. 11(4), "a majority of the members ... entitled
 * to vote"; European Council Rules of Procedure (Decision 2009/882/EU) Art. 6(3), two thirds.
 *
 * @param forum  the forum id, e.g. eu-council
 * @param share  the share of the members entitled to vote
 * @param strict true for "more than" the share (a majority), false for "at least" it
 */
public record Quorum(String forum, Ratio share, boolean strict) {
    public Quorum {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(share, "share");
    }

    /** True when enough of the votes' members entitled to vote are present. */
    public boolean isMetBy(Collection<Vote> votes) {
        int entitled = 0;
        int present = 0;
        for (Vote v : votes) {
            entitled += v.takesPart() ? 1 : 0;
            present += v.isPresent() ? 1 : 0;
        }
        return strict ? share.isExceededBy(present, entitled) : share.isReachedBy(present, entitled);
    }

    /** The fewest members present that meet the quorum out of {@code entitled}. */
    public long needed(long entitled) {
        return strict ? Math.floorDiv(Math.multiplyExact(share.numerator(), entitled), share.denominator()) + 1
                : share.smallestReaching(entitled);
    }

    /** "13 of 27 members entitled to vote present, 14 needed (more than 1/2)". */
    public String line(Collection<Vote> votes) {
        long entitled = votes.stream().filter(Vote::takesPart).count();
        long present = votes.stream().filter(Vote::isPresent).count();
        return present + " of " + entitled + " members entitled to vote present, " + needed(entitled) + " needed ("
                + words() + ")";
    }

    /** "more than 1/2" or "at least 2/3", as parameters.yaml writes it. */
    public String words() {
        return (strict ? "more than " : "at least ") + share.numerator() + "/" + share.denominator();
    }
}
