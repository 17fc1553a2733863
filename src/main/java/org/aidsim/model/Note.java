package org.aidsim.model;

/**
 * A place where the rules read a package's input otherwise than it was written (a non-CFSP constructive abstention
 * counted as a plain abstention, an opt-out of a mandatory package counted as an objection, an implementing
 * objection set aside). The rules derive it (insertLogical), so the DRL stays the one home of each legal
 * reinterpretation; every report prints it without --explain, grouped by package, {@code what} and {@code why}.
 *
 * @param what what was written and how it was read, e.g. "constructive-abstain counted as abstain"
 * @param why  the rule's reason, citing its source, e.g. the {@link Vote}'s basis
 */
public record Note(String packageId, CountryCode member, String what, String why) implements AboutPackage, AboutMember {
}
