package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidsim.model.Money;

/**
 * Reads amounts exactly, as plain numbers or in the forms analysts write: "611 million EUR", "1.4bn EUR",
 * "EUR 50 billion", "€400m", "1,400,000,000". Only euros are accepted, so totals never mix currencies. The number
 * itself follows {@link NumberForms}, the same rule as a bare number in a file: "1,5 million EUR" is refused, not
 * read as 15 million.
 */
public final class MoneyParser {
    public static final String FORMS = "a number of euros or a text such as \"611 million EUR\", \"1.4bn EUR\", \"EUR 50 billion\"";
    /** The number is taken broadly here (exponents, hexadecimal, commas) so that {@link NumberForms} can say what is wrong. */
    private static final Pattern FORM = Pattern.compile("^(?:(?:EUR|€)\\s*)?(" + NumberForms.WRITTEN + ")"
            + "\\s*([a-z]*)\\s*(?:EUR|€)?$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> SCALES = Map.ofEntries(
            Map.entry("", 0), Map.entry("k", 3), Map.entry("thousand", 3),
            Map.entry("m", 6), Map.entry("mn", 6), Map.entry("million", 6), Map.entry("millions", 6),
            Map.entry("b", 9), Map.entry("bn", 9), Map.entry("billion", 9), Map.entry("billions", 9));

    private MoneyParser() {
    }

    /** The amount, or an error message saying what is wrong and what would be right. */
    public static Result parse(JsonNode node) {
        if (node.isNumber()) {
            return of(node.decimalValue(), node.asText());
        }
        if (!node.isTextual()) {
            return new Result(Optional.empty(), "expected " + FORMS);
        }
        String text = node.asText().trim();
        Matcher m = FORM.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            return new Result(Optional.empty(), "'" + text + "' is not an amount in euros; expected " + FORMS);
        }
        NumberForms.Read number = NumberForms.read(m.group(1));
        if (number.error() != null) {
            return new Result(Optional.empty(), m.group(1).indexOf(',') >= 0 ? NumberForms.problem(text) : number.error());
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        // "1 EUR": the currency sits where a unit would, so the unit pattern takes it.
        Integer scale = SCALES.get("eur".equals(unit) ? "" : unit);
        if (scale == null) {
            return new Result(Optional.empty(), "'" + m.group(2) + "' in '" + text
                    + "' is not a unit; expected k, thousand, m, million, bn or billion");
        }
        return of(number.value().movePointRight(scale), text);
    }

    private static Result of(BigDecimal euros, String written) {
        if (euros.signum() < 0) {
            return new Result(Optional.empty(), "amount '" + written + "' is negative; amounts are zero or more");
        }
        return new Result(Optional.of(new Money(euros)), null);
    }

    public record Result(Optional<Money> money, String error) {
    }
}
