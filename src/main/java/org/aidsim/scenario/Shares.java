package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a percentage written as "90%", "12.5 %" or a plain number, exactly; more than 0 and at most 100. The number
 * follows {@link NumberForms}: "12,5%" is refused with the point form, not read as 125%.
 */
final class Shares {
    static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final Pattern FORM = Pattern.compile("^(" + NumberForms.WRITTEN + ")\\s*%?$", Pattern.CASE_INSENSITIVE);

    private Shares() {
    }

    static Optional<BigDecimal> percent(Problems problems, JsonNode node, FieldPath at) {
        BigDecimal value = null;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isTextual()) {
            Matcher m = FORM.matcher(node.asText().trim());
            if (m.matches()) {
                NumberForms.Read number = NumberForms.read(m.group(1));
                if (number.error() != null) {
                    problems.add(at, number.error());
                    return Optional.empty();
                }
                value = number.value();
            }
        }
        if (value == null) {
            problems.add(at, "'" + node.asText() + "' is not a share; expected a percentage such as 90% or 12.5%");
            return Optional.empty();
        }
        if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(at, "share " + value.toPlainString() + "% is out of range; a share is more than 0% and at most 100%");
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
