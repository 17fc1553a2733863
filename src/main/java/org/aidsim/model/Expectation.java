package org.aidsim.model;

import java.util.List;

/** What a scenario says one package must come to. A null field is not checked. */
public record Expectation(Boolean passed, Verdict outcome, List<CountryCode> blockers, List<CountryCode> exempt,
                          List<CountryCode> dependsOn, List<String> fired) {
    public Expectation {
        dependsOn = dependsOn == null ? null : dependsOn.stream().sorted().distinct().toList();
        blockers = blockers == null ? null : blockers.stream().sorted().distinct().toList();
        exempt = exempt == null ? null : exempt.stream().sorted().distinct().toList();
        fired = fired == null ? null : List.copyOf(fired);
    }
}
