package org.aidsim.model;

/**
 * The European Parliament's vote on a package as a scenario writes it, {@code votes: {for: 499, against: 67,
 * abstain: 31}}: counts of individual members (MEPs), not positions of member states. The seats not written are
 * absent; how many seats there are is a dated parameter (european-parliament.component-members in
 * rules/parameters.yaml), so the rules, not this record, work out the absent seats ({@link SeatCount}).
 *
 * @param inFavour members voting for ({@code for})
 * @param against  members voting against
 * @param abstain  members abstaining: present, but not votes cast (Case C-650/18, Hungary v Parliament, 3 June 2021)
 */
public record VoteCount(long inFavour, long against, long abstain) {
    public VoteCount {
        if (inFavour < 0 || against < 0 || abstain < 0) {
            throw new IllegalArgumentException("vote counts are whole numbers from 0, got " + inFavour + "-" + against + "-" + abstain);
        }
    }

    /** The members who took part in the vote: for, against and abstaining. */
    public long present() {
        return inFavour + against + abstain;
    }

    /** "499-67-31", as the Parliament's records give a result (for, against, abstaining). */
    @Override
    public String toString() {
        return inFavour + "-" + against + "-" + abstain;
    }
}
