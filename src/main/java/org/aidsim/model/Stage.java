package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One decision of a package decided in stages ({@code stages:} in a scenario): a forum deciding by its rule on the
 * stage's own positions, once the stages it comes after have passed. The forum decides a package-shaped ballot,
 * {@link #ballot()}, whose id is {@code PACKAGE/STAGE}, by the same consensus rules that decide a package; the rules
 * of rules/procedures/stages.drl derive the stage's and the package's outcome from the ballots' decisions.
 *
 * @param packageId the package the stage belongs to
 * @param id        the stage's id, unique within its package
 * @param order     its place in the package's {@code stages:} list, from 0
 * @param ballot    what its forum decides: id {@code PACKAGE/STAGE}, the stage's forum and rule, no amount
 * @param date      the day written for it, or null: then it is decided on the day its last {@code after} stage is
 * @param dueOn     the day it is decided on: its date, else the latest {@code dueOn} of its {@code after} stages, else
 *                  the scenario's date; never before the stages it comes after
 * @param after     the ids of the stages it waits for, in the order written
 * @param deadline  the last day it may be adopted on, or null; from that day without adoption the package lapses
 * @param lapseWord the outcome the stage names when it lapses ({@code outcome:}, default {@code lapsed})
 */
public record Stage(String packageId, String id, int order, AidPackage ballot, LocalDate date, LocalDate dueOn,
                    List<String> after, LocalDate deadline, String lapseWord) implements AboutPackage {
    /** The outcome a stage names on lapse when it names none. */
    public static final String LAPSED = "lapsed";

    public Stage {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(dueOn, "dueOn");
        after = List.copyOf(after);
        lapseWord = lapseWord == null ? LAPSED : lapseWord;
    }

    /** The id of the ballot its forum decides: {@code PACKAGE/STAGE}. */
    public static String ballotId(String packageId, String stageId) {
        return packageId + "/" + stageId;
    }

    public String ballotId() {
        return ballot.id();
    }

    public String forum() {
        return ballot.forum();
    }

    public DecisionRule rule() {
        return ballot.rule();
    }

    /** How reports name it: "european-council (euco)". */
    public String label() {
        return forum() + " (" + id + ")";
    }

    /** Whether the day decided on has reached the stage's deadline (false without one). */
    public boolean deadlineReached(LocalDate decidingOn) {
        return deadline != null && !decidingOn.isBefore(deadline);
    }

    /** Whether the stage is due on the day decided on. */
    public boolean dueBy(LocalDate decidingOn) {
        return !dueOn.isAfter(decidingOn);
    }
}
