package org.aidsim.model;

/**
 * Derived by the linkage rules: a package waits for {@code required}, which on the date is not adopted.
 *
 * @param outcome the required package's outcome word then (blocked, failed, waiting, or undecided while it has no
 *                decision yet)
 */
public record Unmet(String packageId, String required, String outcome) implements AboutPackage {

    /** "X (blocked)", as the waiting package's reason lists it. */
    public String describe() {
        return required + " (" + outcome + ")";
    }
}
