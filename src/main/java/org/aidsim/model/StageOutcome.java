package org.aidsim.model;

import java.util.List;

/**
 * A stage's outcome on the day decided on, derived by rules/procedures/stages.drl: adopted, blocked or failed as its
 * forum decided it, pending (not yet due), not-reached (a stage it comes after did not pass) or lapsed (not adopted
 * by its deadline).
 *
 * @param outcome the word reports print: the verdict's word, or the stage's own word for a lapse
 * @param reasons sentences saying why, e.g. "vetoed by HU" or "due on 2024-02-27"
 */
public record StageOutcome(String packageId, String stageId, Verdict verdict, String outcome, List<CountryCode> blockers,
                           List<String> reasons) implements AboutPackage {
    public StageOutcome {
        blockers = blockers.stream().sorted().distinct().toList();
        reasons = List.copyOf(reasons);
    }

    /** The outcome its forum's decision on the ballot gives the stage. */
    public static StageOutcome decided(Stage stage, Decision decision) {
        return new StageOutcome(stage.packageId(), stage.id(), decision.verdict(), decision.verdict().word(),
                decision.blockers(), decision.reasons());
    }

    public static StageOutcome pending(Stage stage) {
        return new StageOutcome(stage.packageId(), stage.id(), Verdict.PENDING, Verdict.PENDING.word(), List.of(),
                List.of("due on " + stage.dueOn()));
    }

    public static StageOutcome notReached(Stage stage, String earlier) {
        return new StageOutcome(stage.packageId(), stage.id(), Verdict.NOT_REACHED, Verdict.NOT_REACHED.word(), List.of(),
                List.of("it comes after " + earlier + ", which did not pass"));
    }

    /**
     * The stage's lapse on its deadline (or its package's in-force-until, for a renewal), naming who stopped it.
     *
     * @param refusals its forum's decisions on the stage's ballot that did not adopt it (at most one); they count only
     *                 if the stage was put to its forum, i.e. {@code putToItsForum} (every stage it comes after
     *                 passed), so that a stage never reached names no blockers
     */
    public static StageOutcome lapsed(Stage stage, List<Decision> refusals, boolean putToItsForum) {
        List<Decision> counted = putToItsForum ? refusals : List.of();
        List<String> reasons = new java.util.ArrayList<>();
        reasons.add(stage.renewal() ? "not adopted while the package was in force (until " + stage.inForceUntil() + ")"
                : "not adopted by its deadline, " + stage.deadline());
        if (putToItsForum) {
            counted.forEach(d -> reasons.addAll(d.reasons()));
        } else {
            reasons.add("never put to its forum: a stage it comes after did not pass");
        }
        return new StageOutcome(stage.packageId(), stage.id(), Verdict.LAPSED, stage.lapseWord(),
                counted.stream().flatMap(d -> d.blockers().stream()).toList(), reasons);
    }

    /**
     * Whether the stage let its procedure go on: adopted, or no opinion of an examination committee, with which the
     * Commission may adopt its draft (Regulation (EU) No 182/2011, Art. 5(4), first subparagraph).
     */
    public boolean passed() {
        return verdict.passes();
    }

    /** How grave a stop is, for choosing which one names the package's outcome: lapsed 3, blocked or conflict 2, else 1. */
    public int gravity() {
        return verdict == Verdict.LAPSED ? 3 : verdict == Verdict.BLOCKED || verdict == Verdict.CONFLICT ? 2 : 1;
    }

    /** Whether the stage stopped its package: blocked, failed, undecided by conflict, or lapsed. */
    public boolean stops() {
        return !verdict.passes() && verdict != Verdict.PENDING && verdict != Verdict.NOT_REACHED;
    }
}
