package org.aidsim.model;

/**
 * {@code requires:} in a scenario: the package {@code packageId} cannot be adopted before {@code required} is.
 * While the required package is not adopted on the date, the linkage rules derive an {@link Unmet} and the
 * package waits (rules/consensus/linkage.drl).
 */
public record Requirement(String packageId, String required) implements AboutPackage {
}
