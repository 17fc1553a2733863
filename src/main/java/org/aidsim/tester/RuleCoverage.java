package org.aidsim.tester;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.aidsim.model.Firing;
import org.aidsim.model.Percent;
import org.aidsim.model.ScenarioResult;

/** Which rules of the rules folder fired in at least one scenario of a test run. */
public record RuleCoverage(List<String> rules, TreeSet<String> fired) {

    /** @param rules every rule name of the rules folder; rules fired elsewhere are not counted */
    public static RuleCoverage of(List<String> rules, List<ScenarioRunner.Verdict> verdicts) {
        TreeSet<String> fired = new TreeSet<>();
        for (ScenarioRunner.Verdict v : verdicts) {
            ScenarioResult result = v instanceof ScenarioRunner.Passed p ? p.result()
                    : v instanceof ScenarioRunner.Failed f ? f.result() : null;
            if (result != null) {
                result.trace().stream().map(Firing::rule).forEach(fired::add);
            }
        }
        fired.retainAll(rules);
        return new RuleCoverage(List.copyOf(rules), fired);
    }

    public List<String> neverFired() {
        return rules.stream().filter(r -> !fired.contains(r)).toList();
    }

    public String percent() {
        return Percent.of(fired.size(), rules.size());
    }

    /** Exact: fired / rules >= percent / 100, compared without rounding. */
    public boolean reaches(BigDecimal percent) {
        return BigDecimal.valueOf(fired.size()).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(rules.size()))) >= 0;
    }

    /** {@code coverage: 4 of 58 rules fired (6.9%)}, then each rule never fired, quoted, one a line. */
    public String render() {
        StringBuilder out = new StringBuilder("coverage: " + fired.size() + " of " + rules.size() + " rules fired (" + percent() + ")\n");
        List<String> never = neverFired();
        if (!never.isEmpty()) {
            out.append("never fired:\n");
            never.forEach(r -> out.append("  \"").append(r).append("\"\n"));
        }
        return out.toString();
    }
}
