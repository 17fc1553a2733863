package org.aidsim.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aidsim.model.StageOutcome;
import org.aidsim.model.Verdict;
import org.kie.api.runtime.KieSession;

/**
 * Since which visited date each stage has had its present verdict, so that a stage re-decided by a timeline event
 * reports the day its outcome changed (the European Council that blocked the Ukraine Facility on 14 December 2023
 * and agreed it on 1 February 2024 reports 2024-02-01), not the day it was first due. Filled by
 * {@link Evaluation#playTo} one date at a time, in date order; empty for a decision on one paused date (pivots,
 * sweep), whose stages report the day they are due.
 */
final class StageHistory {
    private record Since(Verdict verdict, LocalDate date) {
    }

    private final Map<String, Since> since = new HashMap<>();

    /** Records the stages' verdicts in a session settled on {@code date}; call with dates in increasing order. */
    void record(KieSession session, LocalDate date) {
        Map<String, List<StageOutcome>> outcomes = SessionFacts.unordered(session, StageOutcome.class).stream()
                .collect(Collectors.groupingBy(o -> o.packageId() + "/" + o.stageId()));
        outcomes.forEach((stage, list) -> {
            Verdict verdict = PackageResults.stageVerdict(list);
            Since before = since.get(stage);
            if (before == null || before.verdict() != verdict) {
                since.put(stage, new Since(verdict, date));
            }
        });
    }

    /** The visited date since which stage {@code stageId} of {@code packageId} has had {@code verdict}, or null. */
    LocalDate since(String packageId, String stageId, Verdict verdict) {
        Since s = since.get(packageId + "/" + stageId);
        return s != null && s.verdict() == verdict ? s.date() : null;
    }
}
