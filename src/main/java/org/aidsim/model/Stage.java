package org.aidsim.model;

import java.time.LocalDate;
import java.time.Period;
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
 * @param kind      what the stage decides: a step of the package's procedure, its renewal, or an implementing decision
 * @param extendsBy for a renewal, how long its adoption keeps the package in force beyond its deadline (the date the
 *                  package is in force until); null otherwise
 */
public record Stage(String packageId, String id, int order, AidPackage ballot, LocalDate date, LocalDate dueOn,
                    List<String> after, LocalDate deadline, String lapseWord, Kind kind, Period extendsBy)
        implements AboutPackage {
    /** The outcome a stage names on lapse when it names none. */
    public static final String LAPSED = "lapsed";
    /** The id of a package's renewal stage ({@code renewal:}), and so of its ballot {@code PACKAGE/renewal}. */
    public static final String RENEWAL_ID = "renewal";

    /**
     * What a stage decides. A {@link #PROCEDURE} stage is a step of the package's adoption (rules/procedures/stages.drl
     * combines these into the package's outcome); a {@link #RENEWAL} extends a package in force until a date and does
     * not decide its adoption (rules/procedures/lapse.drl); an {@link #IMPLEMENTING} stage ({@code implementing: true})
     * is an implementing decision taken once the package is adopted, gating only the tranches that name it in
     * {@code stage:}, not the package's adoption (rules/procedures/stages.drl decides it after every adopting stage).
     */
    public enum Kind { PROCEDURE, RENEWAL, IMPLEMENTING }

    /** A step of the package's procedure ({@code stages:}). */
    public Stage(String packageId, String id, int order, AidPackage ballot, LocalDate date, LocalDate dueOn,
                 List<String> after, LocalDate deadline, String lapseWord) {
        this(packageId, id, order, ballot, date, dueOn, after, deadline, lapseWord, Kind.PROCEDURE, null);
    }

    public Stage {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(dueOn, "dueOn");
        after = List.copyOf(after);
        lapseWord = lapseWord == null ? LAPSED : lapseWord;
        kind = kind == null ? Kind.PROCEDURE : kind;
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

    /** Whether the stage is a step of its package's adoption (not a renewal). */
    public boolean procedure() {
        return kind == Kind.PROCEDURE;
    }

    /**
     * Whether the stage is an implementing decision ({@code implementing: true}): decided only once its package is
     * adopted, it gates the tranches naming it in {@code stage:} and does not count toward the package's adoption.
     */
    public boolean implementing() {
        return kind == Kind.IMPLEMENTING;
    }

    /** Whether the stage is its package's renewal. */
    public boolean renewal() {
        return kind == Kind.RENEWAL;
    }

    /**
     * For a renewal: the last day the package is in force without it ({@code in-force-until}); its {@link #deadline}
     * is the day after, the first day the package is lapsed unless renewed. Null for other stages.
     */
    public LocalDate inForceUntil() {
        return renewal() && deadline != null ? deadline.minusDays(1) : null;
    }

    /** For a renewal: the last day in force once it is adopted, {@code in-force-until} plus {@code extends-by}. */
    public LocalDate extendedUntil() {
        LocalDate until = inForceUntil();
        return until == null || extendsBy == null ? null : until.plus(extendsBy);
    }

    /** For a renewal adopted in time: whether the day decided on is past the extension (a further renewal is not modelled). */
    public boolean extensionEnded(LocalDate decidingOn) {
        LocalDate end = extendedUntil();
        return end != null && decidingOn.isAfter(end);
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
