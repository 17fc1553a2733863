package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A run's timeline: the settled state on every date it visited, the last one being the run's result. */
public record Disbursement(List<TimelineStep> steps) {
    public Disbursement {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a timeline visits at least the scenario's date");
        }
    }

    public TimelineStep last() {
        return steps.get(steps.size() - 1);
    }

    public LocalDate asOf() {
        return last().date();
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
