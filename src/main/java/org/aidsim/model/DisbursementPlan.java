package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The money side of a scenario and its timeline: pools with their inflows and splits, each package's tranches,
 * members objecting to implementation, and the dated events. Empty for a scenario of decisions only.
 *
 * @param end the last date of the timeline (the scenario's date when nothing happens later)
 */
public record DisbursementPlan(LocalDate end, List<Pool> pools, List<Inflow> inflows, List<Split> splits,
                               List<Tranche> tranches, List<Objection> objections, List<TimelineEvent> events,
                               Map<String, Expectation> poolExpectations) {
    public DisbursementPlan {
        pools = List.copyOf(pools);
        inflows = List.copyOf(inflows);
        splits = List.copyOf(splits);
        tranches = List.copyOf(tranches);
        objections = List.copyOf(objections);
        events = List.copyOf(events);
        poolExpectations = new TreeMap<>(poolExpectations);
    }

    public static DisbursementPlan none(LocalDate date) {
        return new DisbursementPlan(date, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public DisbursementPlan withPoolExpectations(Map<String, Expectation> expected) {
        return new DisbursementPlan(end, pools, inflows, splits, tranches, objections, events, expected);
    }

    /** The same plan with other tranches (the engine's, with the amounts of share tranches worked out). */
    public DisbursementPlan withTranches(List<Tranche> changed) {
        return new DisbursementPlan(end, pools, inflows, splits, changed, objections, events, poolExpectations);
    }

    public boolean hasMoney() {
        return !pools.isEmpty() || !tranches.isEmpty();
    }

    /** Every date on which something happens, from {@code start} to the end, ascending. */
    public List<LocalDate> dates(LocalDate start) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(start);
        dates.add(end);
        inflows.forEach(i -> dates.add(i.date()));
        splits.forEach(s -> dates.add(s.from()));
        events.forEach(e -> dates.add(e.date()));
        tranches.forEach(t -> {
            if (t.notBefore() != null) {
                dates.add(t.notBefore());
            }
        });
        return List.copyOf(dates.subSet(start, true, end, true));
    }

    public List<Tranche> tranchesOf(String packageId) {
        return tranches.stream().filter(t -> t.packageId().equals(packageId)).toList();
    }
}
