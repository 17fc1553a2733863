package org.aidsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private static final Pattern SUGGESTED = Pattern.compile("; write (-?[0-9.]+)(?= \\(|$)");
    /**
     * The units read after the number, in any case, with the power of ten each stands for; the one list both reading
     * and the error message use. Mio and Mrd are the German million and billion (Milliarde), which a decimal comma
     * such as "1,5 Mio EUR" usually comes with, so the point form suggested for it reads.
     */
    private static final Map<String, Integer> SCALES = scales("k", 3, "thousand", 3,
            "m", 6, "mn", 6, "million", 6, "millions", 6, "mio", 6,
            "b", 9, "bn", 9, "billion", 9, "billions", 9, "mrd", 9);
    /** The units as the error message lists them. */
    static final String UNITS = String.join(", ", SCALES.keySet());

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
            if (m.group(1).indexOf(',') >= 0) {
                return new Result(Optional.empty(), NumberForms.problem(text));
            }
            // The plain number suggested stands in the whole amount, so the suggestion keeps the unit and reads.
            Matcher plain = SUGGESTED.matcher(number.error());
            String whole = plain.find() ? plain.replaceFirst(Matcher.quoteReplacement(
                    "; write " + text.substring(0, m.start(1)) + plain.group(1) + text.substring(m.end(1)))) : number.error();
            return new Result(Optional.empty(), whole);
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        // "1 EUR": the currency sits where a unit would, so the unit pattern takes it.
        Integer scale = unit.isEmpty() || "eur".equals(unit) ? Integer.valueOf(0) : SCALES.get(unit);
        if (scale == null) {
            return new Result(Optional.empty(), "'" + m.group(2) + "' in '" + text
                    + "' is not a unit; expected one of " + UNITS + " (in any case)");
        }
        return of(number.value().movePointRight(scale), text);
    }

    private static Map<String, Integer> scales(Object... unitsAndPowers) {
        Map<String, Integer> scales = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndPowers.length; i += 2) {
            scales.put((String) unitsAndPowers[i], (Integer) unitsAndPowers[i + 1]);
        }
        return Collections.unmodifiableMap(scales);
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
