package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The state of a scenario once the rules have settled on one date of its timeline. */
public record TimelineStep(LocalDate date, Map<String, Verdict> verdicts, List<TrancheResult> tranches,
                           List<PoolState> pools, Map<String, Boolean> coalitionsActive) {
    public TimelineStep {
        verdicts = new TreeMap<>(verdicts);
        coalitionsActive = new TreeMap<>(coalitionsActive);
        tranches = List.copyOf(tranches);
        pools = List.copyOf(pools);
    }
}
