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

    public static StageOutcome lapsed(Stage stage) {
        return new StageOutcome(stage.packageId(), stage.id(), Verdict.LAPSED, stage.lapseWord(), List.of(),
                List.of(stage.renewal() ? "not adopted while the package was in force (until " + stage.inForceUntil() + ")"
                        : "not adopted by its deadline, " + stage.deadline()));
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
