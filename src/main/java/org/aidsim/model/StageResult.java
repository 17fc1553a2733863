package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run decided for one stage of a package decided in stages.
 *
 * @param verdict    the stage's verdict: adopted, blocked, failed, pending, not-reached, lapsed, or undecided when no
 *                   rule decided it (its forum's rule has no DRL that matched)
 * @param outcome    the word reports print: the verdict's word, or the stage's own word for a lapse
 * @param date       the day the stage is decided on (its date, or the day the stages it comes after are due); for a
 *                   lapse the day it lapsed (its deadline; for a renewal the day after in-force-until); null when
 *                   never reached
 * @param votes      its members' resolved votes, by member
 * @param rulesFired the names of the rules that fired for its ballot, in firing order
 * @param count      for a European Parliament stage decided on counts, its count against the seats on the date
 *                   decided on; null otherwise
 * @param needed     with a count, the votes for its rule needed on that count ({@link SeatCount#needed}); else null
 */
public record StageResult(Stage stage, Verdict verdict, String outcome, LocalDate date, List<CountryCode> blockers,
                          List<String> reasons, List<Vote> votes, List<String> rulesFired, SeatCount count, Long needed) {
    /** A stage decided on its members' positions (no Parliament count). */
    public StageResult(Stage stage, Verdict verdict, String outcome, LocalDate date, List<CountryCode> blockers,
                       List<String> reasons, List<Vote> votes, List<String> rulesFired) {
        this(stage, verdict, outcome, date, blockers, reasons, votes, rulesFired, null, null);
    }

    /** This result with the Parliament's count it was decided on and the votes for its rule needed. */
    public StageResult withCount(SeatCount seatCount, Long votesNeeded) {
        return new StageResult(stage, verdict, outcome, date, blockers, reasons, votes, rulesFired, seatCount, votesNeeded);
    }

    public StageResult {
        blockers = List.copyOf(blockers);
        reasons = List.copyOf(reasons);
        votes = List.copyOf(votes);
        rulesFired = List.copyOf(rulesFired);
    }

    public String id() {
        return stage.id();
    }

    /** Whether the stage let its procedure go on: adopted, or no opinion of an examination committee (the Commission may adopt). */
    public boolean passed() {
        return verdict.passes();
    }
}
