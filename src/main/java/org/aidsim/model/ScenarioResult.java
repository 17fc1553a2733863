package org.aidsim.model;

import java.util.List;
import java.util.Optional;

/**
 * A scenario's run: each package's and each coalition's result, the full firing trace, the timeline of its money,
 * the rules folder that decided it and the notes on what the run read otherwise than written.
 *
 * @param rules how reports name the rules folder: a path such as "rules/", or "rules packaged in aidsim 0.1.0"
 * @param notes every reinterpretation of the input (including the scenario's own notes), one line each, de-duplicated
 * @param ruleBook the rules folder's rules with their ids and sources, which reports print beside each fired rule
 */
public record ScenarioResult(Scenario scenario, List<PackageResult> packages, List<CoalitionResult> coalitions,
                             List<Firing> trace, Disbursement disbursement, String rules, List<String> notes,
                             RuleBook ruleBook) {
    public ScenarioResult {
        packages = List.copyOf(packages);
        coalitions = List.copyOf(coalitions);
        trace = List.copyOf(trace);
        notes = List.copyOf(notes);
    }

    /** A result with no rules folder named and only the scenario's own notes. */
    public ScenarioResult(Scenario scenario, List<PackageResult> packages, List<CoalitionResult> coalitions,
                          List<Firing> trace, Disbursement disbursement) {
        this(scenario, packages, coalitions, trace, disbursement, "", scenario.notes(), RuleBook.EMPTY);
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
