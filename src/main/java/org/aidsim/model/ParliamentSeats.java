package org.aidsim.model;

/**
 * The European Parliament's component members on the day a ballot decided on vote counts is decided: the scenario's
 * date for a package, the day a stage is due for a stage (a consent of September 2024 counts 720 seats even in a
 * scenario dated before the 2024-2029 term began on 16 July 2024). Read from rules/parameters.yaml
 * (european-parliament.component-members, by date; Art. 14(2) TEU), with the scenario's own {@code parameters:}.
 *
 * @param packageId the ballot: a package's id, or {@code PACKAGE/STAGE}
 * @param seats     its component members on that day
 */
public record ParliamentSeats(String packageId, long seats) implements AboutPackage {
    /** The parameter the seats are read from. */
    public static final String PARAMETER = "european-parliament.component-members";
}
