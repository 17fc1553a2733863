package org.aidsim.model;

/**
 * A member's resolved position on a package (never SUPPORT_IF), derived by the rules from its {@link Stance}.
 *
 * @param basis why the member stands there, e.g. "declared" or "condition concessions-agreed holds"
 */
public record Vote(String packageId, CountryCode member, long population, Position position, String basis)
        implements AboutPackage, AboutMember {
    public Vote {
        if (position == Position.SUPPORT_IF) {
            throw new IllegalArgumentException("a vote is resolved: support-if must become support or oppose");
        }
    }

    public boolean inFavour() {
        return position == Position.SUPPORT;
    }

    /** Counted in the thresholds: not opted out, not the member an Art. 7 TEU procedure concerns, not outside by treaty. */
    public boolean takesPart() {
        return position != Position.OPT_OUT && position != Position.CONCERNED && position != Position.OUTSIDE;
    }

    /** Present when the forum votes: taking part and not absent (an abstainer is present). */
    public boolean isPresent() {
        return takesPart() && position != Position.ABSENT;
    }
}
