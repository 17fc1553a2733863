package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.aidsim.model.Contribution;

/** Reads a pledge or a target: an amount in euros (see {@link MoneyParser}) or a count of items, {@code {items: 5}}. */
final class ContributionParser {
    static final String FORMS = "an amount in euros such as \"10 million EUR\", or a count of items such as {items: 5}";
    private static final String ITEMS = "items";

    private ContributionParser() {
    }

    static Optional<Contribution> parse(Problems problems, JsonNode node, FieldPath at) {
        if (node.isObject()) {
            JsonNode items = node.get(ITEMS);
            if (node.size() != 1 || items == null) {
                problems.add(at, "expected " + FORMS);
                return Optional.empty();
            }
            if (!items.canConvertToExactIntegral() || !items.isNumber() || items.asLong() < 0) {
                problems.add(at.field(ITEMS), "'" + items.asText() + "' is not a count of items; expected a whole number, zero or more");
                return Optional.empty();
            }
            return Optional.of(Contribution.ofItems(items.asLong()));
        }
        if (!node.isTextual() && !node.isNumber()) {
            problems.add(at, "expected " + FORMS);
            return Optional.empty();
        }
        return ScenarioValidator.money(problems, node, at).map(Contribution::of);
    }
}
