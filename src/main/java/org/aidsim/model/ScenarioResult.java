package org.aidsim.model;

import java.util.List;
import java.util.Optional;

/** A scenario's run: each package's and each coalition's result, the full firing trace, and the timeline of its money. */
public record ScenarioResult(Scenario scenario, List<PackageResult> packages, List<CoalitionResult> coalitions,
                             List<Firing> trace, Disbursement disbursement) {
    public ScenarioResult {
        packages = List.copyOf(packages);
        coalitions = List.copyOf(coalitions);
        trace = List.copyOf(trace);
    }

    public Optional<CoalitionResult> coalition(String id) {
        return coalitions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Firing> traceOfCoalition(String coalitionId) {
        return trace.stream().filter(f -> f.coalitionIds().contains(coalitionId)).toList();
    }

    public Optional<PackageResult> aidPackage(String id) {
        return packages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Firing> traceOf(String packageId) {
        return trace.stream().filter(f -> f.packageIds().contains(packageId)).toList();
    }
}
