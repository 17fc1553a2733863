package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A run's timeline: the settled state on every date it visited, the last one being the run's result.
 *
 * @param asOf the date the result describes: the --as-of date when one was asked for (nothing changes between the
 *             last date visited and it), else the last date visited
 */
public record Disbursement(List<TimelineStep> steps, LocalDate asOf) {
    public Disbursement {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a timeline visits at least the scenario's date");
        }
        asOf = asOf == null ? steps.get(steps.size() - 1).date() : asOf;
    }

    public Disbursement(List<TimelineStep> steps) {
        this(steps, null);
    }

    public TimelineStep last() {
        return steps.get(steps.size() - 1);
    }

    public List<TrancheResult> tranchesOf(String packageId) {
        return last().tranches().stream().filter(t -> t.packageId().equals(packageId)).toList();
    }

    public Optional<TrancheResult> tranche(String packageId, String trancheId) {
        return tranchesOf(packageId).stream().filter(t -> t.id().equals(trancheId)).findFirst();
    }

    public Optional<PoolState> pool(String id) {
        return last().pools().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
