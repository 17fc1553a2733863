package org.aidsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidsim.model.AidPackage;
import org.aidsim.model.Institutions;
import org.aidsim.model.Stance;

/**
 * The quota of the {@code weighted} rule ({@code weighted.quota} in rules/parameters.yaml, or the scenario's
 * {@code parameters}) must be a positive number of votes no greater than the package's total weight: a quota above
 * the total could never be reached, which is a mistake in the input, not an outcome.
 */
final class WeightedQuota {
    private static final String PATH = "weighted.quota";

    private WeightedQuota() {
    }

    /**
     * Adds a problem per weighted package whose quota is missing, not positive or above its members' total votes,
     * located at the scenario's {@code parameters.weighted.quota} when the scenario sets it, else at the package's rule.
     */
    static void check(Institutions institutions, LocalDate date, Map<String, String> changes, Map<Integer, AidPackage> byIndex,
                      List<Stance> stances, FieldPath root, Problems problems) {
        byIndex.forEach((index, p) -> {
            if (!"weighted".equals(p.rule().word())) {
                return;
            }
            FieldPath at = changes.containsKey(PATH) ? root.field("parameters").field(PATH)
                    : root.field("packages").index(index).field("rule");
            String from = changes.containsKey(PATH) ? "the scenario sets " + PATH : "rules/parameters.yaml gives " + PATH;
            Optional<String> value = Optional.ofNullable(changes.get(PATH)).or(() -> institutions.parameters().at(PATH, date));
            if (value.isEmpty()) {
                problems.add(at, "rule weighted needs " + PATH + " in rules/parameters.yaml in force on " + date
                        + "; there is none");
                return;
            }
            long quota;
            try {
                quota = Long.parseLong(value.get().trim());
            } catch (NumberFormatException e) {
                problems.add(at, from + " '" + value.get() + "'; expected a whole number of votes");
                return;
            }
            long total = stances.stream().filter(s -> s.packageId().equals(p.id())).mapToLong(Stance::population).sum();
            if (quota < 1 || quota > total) {
                problems.add(at, from + " " + quota + ", but the members of " + p.forum() + " hold " + total
                        + " votes in all; expected a quota from 1 to " + total);
            }
        });
    }
}
