package org.aidsim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a scenario says one package must come to. A null field is not checked. */
public record Expectation(Boolean passed, Verdict outcome, List<CountryCode> blockers, List<CountryCode> exempt,
                          List<CountryCode> dependsOn, List<String> fired, Map<String, TrancheExpectation> tranches) {
    public Expectation {
        dependsOn = dependsOn == null ? null : dependsOn.stream().sorted().distinct().toList();
        blockers = blockers == null ? null : blockers.stream().sorted().distinct().toList();
        exempt = exempt == null ? null : exempt.stream().sorted().distinct().toList();
        fired = fired == null ? null : List.copyOf(fired);
        tranches = tranches == null ? Map.of() : new TreeMap<>(tranches);
    }

    /** What one tranche must come to; a null field is not checked. */
    public record TrancheExpectation(TrancheStatus status, Money amount, LocalDate date) {
    }
}
