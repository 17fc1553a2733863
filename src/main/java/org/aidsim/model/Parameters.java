package org.aidsim.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameter tree of rules/parameters.yaml, flattened to paths ("qmv.population"): a new threshold is a new
 * entry there and in the DRL that reads it, with no change here.
 */
public record Parameters(Map<String, Parameter> byPath) {
    public Parameters {
        byPath = java.util.Collections.unmodifiableMap(new TreeMap<>(byPath));
    }

    /** The value of {@code path} in force on {@code date}, as written ("65/100"); empty for no such value. */
    public Optional<String> at(String path, LocalDate date) {
        return Optional.ofNullable(byPath.get(path)).flatMap(p -> p.on(date));
    }

    public Set<String> paths() {
        return byPath.keySet();
    }

    /** Every parameter's value on {@code date}, the fact the decision rules match. */
    public Thresholds on(LocalDate date) {
        Map<String, String> values = new TreeMap<>();
        byPath.forEach((path, p) -> p.on(date).ifPresent(v -> values.put(path, v)));
        return new Thresholds(date, values);
    }

    /**
     * These parameters with some set to one value on every date ({@code path -> value}); the paths must be known
     * and the values well formed (the scenario reader checks both).
     */
    public Parameters with(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, Parameter> changed = new TreeMap<>(byPath);
        changes.forEach((path, value) -> changed.put(path, byPath.get(path).withValue(value)));
        return new Parameters(changed);
    }
}
