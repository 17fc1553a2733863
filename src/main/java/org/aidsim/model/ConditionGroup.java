package org.aidsim.model;

import java.util.List;
import java.util.Objects;

/**
 * A combination of conditions: {@code {all: [a, b]}} holds when every part holds, {@code {any: [a, b]}} when at
 * least one does. Its parts are names of declared conditions or of other derived ones (outcome tests, nested
 * groups); the linkage rules decide it once every part is decided.
 *
 * @param name  the condition's name as stances use it: the combination written in flow YAML
 * @param all   true for {@code all}, false for {@code any}
 * @param parts the names of its parts, distinct, in the order written
 */
public record ConditionGroup(String name, boolean all, List<String> parts) {
    public ConditionGroup {
        Objects.requireNonNull(name, "name");
        parts = parts.stream().distinct().toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one part");
        }
    }

    /**
     * Why the combination came out as {@code holds}: the parts that came out the same way, in the order written,
     * each as {@link Condition#explain()} words it ("concessions-agreed holds; ukraine-cluster-1 is adopted").
     *
     * @param known one decided condition per part
     */
    public String explain(List<Condition> known, boolean holds) {
        java.util.Map<String, Condition> byName = new java.util.HashMap<>();
        known.forEach(c -> byName.putIfAbsent(c.name(), c));
        return parts.stream().map(byName::get).filter(c -> c != null && c.holds() == holds)
                .map(Condition::explain).collect(java.util.stream.Collectors.joining("; "));
    }

    /** How many parts it has: the count the rules wait for before deciding it. */
    public int size() {
        return parts.size();
    }
}
