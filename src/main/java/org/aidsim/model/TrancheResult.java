package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a tranche stands at the end of a run.
 *
 * @param date the release date when released; otherwise the date it is not paid before, or null
 */
public record TrancheResult(Tranche tranche, TrancheStatus status, LocalDate date, List<String> reasons) {
    public TrancheResult {
        reasons = List.copyOf(reasons);
    }

    public String packageId() {
        return tranche.packageId();
    }

    public String id() {
        return tranche.id();
    }
}
