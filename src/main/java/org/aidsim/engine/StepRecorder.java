package org.aidsim.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidsim.model.CoalitionStatus;
import org.aidsim.model.Money;
import org.aidsim.model.PackageResult;
import org.aidsim.model.Pool;
import org.aidsim.model.PoolBalance;
import org.aidsim.model.PoolState;
import org.aidsim.model.Release;
import org.aidsim.model.Scenario;
import org.aidsim.model.TimelineStep;
import org.aidsim.model.Tranche;
import org.aidsim.model.TrancheResult;
import org.aidsim.model.TrancheStatus;
import org.aidsim.model.Verdict;
import org.aidsim.model.Waiting;
import org.aidsim.model.Withholding;
import org.kie.api.runtime.KieSession;

/**
 * Reads the settled state of one date out of a session: each package's verdict, each tranche's status with its
 * reasons, and each pool's money, checking on the way that no money appeared or vanished.
 */
final class StepRecorder {
    private StepRecorder() {
    }

    /**
     * @param ledger   the session's pool money, kept as facts come and go
     * @param verdicts each package's verdict on the date, by package id in id order
     */
    static TimelineStep record(KieSession session, PoolLedger ledger, Scenario scenario, LocalDate date,
                               Map<String, Verdict> verdicts) {
        // Unordered: releases are looked up by tranche and the check sorts them only to name a violation.
        List<Release> releases = SessionFacts.unordered(session, Release.class);
        List<PoolState> pools = Conservation.check(scenario, date, scenario.disbursement().pools(), ledger,
                SessionFacts.unordered(session, PoolBalance.class), releases);
        Map<String, Boolean> coalitions = new TreeMap<>();
        SessionFacts.sorted(session, CoalitionStatus.class).forEach(c -> coalitions.put(c.coalitionId(), c.active()));
        return new TimelineStep(date, verdicts, tranches(session, scenario, releases), pools, coalitions);
    }

    private static List<TrancheResult> tranches(KieSession session, Scenario scenario, List<Release> releases) {
        Map<String, Release> paid = new HashMap<>();
        releases.forEach(r -> paid.put(PairKey.of(r.packageId(), r.trancheId()), r));
        // Unordered: the reasons of a tranche are gathered in a sorted set.
        Map<String, TreeSet<String>> withheld = reasons(SessionFacts.unordered(session, Withholding.class), w -> PairKey.of(w.packageId(), w.trancheId()), Withholding::reason);
        Map<String, TreeSet<String>> waiting = reasons(SessionFacts.unordered(session, Waiting.class), w -> PairKey.of(w.packageId(), w.trancheId()), Waiting::reason);
        List<TrancheResult> out = new ArrayList<>();
        for (Tranche t : scenario.disbursement().tranches()) {
            String key = PairKey.of(t.packageId(), t.id());
            Release r = paid.get(key);
            if (r != null) {
                out.add(new TrancheResult(t, TrancheStatus.RELEASED, r.date(), List.of("paid from " + r.poolId() + " on " + r.date())));
            } else if (withheld.containsKey(key)) {
                out.add(new TrancheResult(t, TrancheStatus.WITHHELD, t.notBefore(), List.copyOf(withheld.get(key))));
            } else {
                List<String> why = waiting.containsKey(key) ? List.copyOf(waiting.get(key))
                        : List.of("no rule released or held this tranche: the rules folder has no disbursement rule that matched");
                out.add(new TrancheResult(t, TrancheStatus.PENDING, t.notBefore(), why));
            }
        }
        return out;
    }

    private static <T> Map<String, TreeSet<String>> reasons(List<T> facts, java.util.function.Function<T, String> key,
                                                           java.util.function.Function<T, String> reason) {
        Map<String, TreeSet<String>> out = new HashMap<>();
        facts.forEach(f -> out.computeIfAbsent(key.apply(f), k -> new TreeSet<>()).add(reason.apply(f)));
        return out;
    }
}
