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
 * "EUR 50 billion", "€400m", "1,400,000,000", and in another currency by its ISO code: "50 billion USD",
 * "USD 50 billion", "3 billion GBP". A plain number, or one with EUR or €, is euros; an amount in another currency
 * is returned as written ({@link Result#foreign()}), for {@link Amounts} to convert at a dated rate, so a total
 * never mixes currencies. The number itself follows {@link NumberForms}, the same rule as a bare number in a file:
 * "1,5 million EUR" is refused, not read as 15 million. A count of things ("800000 rounds") is not money and is
 * refused here; a coalition counts items with {@code {items: N}}.
 */
public final class MoneyParser {
    public static final String FORMS = "a number of euros or a text such as \"611 million EUR\", \"1.4bn EUR\", \"EUR 50 billion\""
            + " or \"50 billion USD\"";
    /** The number is taken broadly here (exponents, hexadecimal, commas) so that {@link NumberForms} can say what is wrong. */
    private static final Pattern FORM = Pattern.compile("^(?:(€|[a-z]{3})\\s*)?(" + NumberForms.WRITTEN + ")"
            + "\\s*([a-z]*)\\s*(€|[a-z]{3})?$", Pattern.CASE_INSENSITIVE);
    /** Words that count things rather than money: named so the message can say what to write instead. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("rounds", "round", "shells", "shell", "items",
            "item", "pieces", "units", "systems", "vehicles", "tanks", "missiles");
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

    static final String EUR = "EUR";

    private MoneyParser() {
    }

    /** The amount, or an error message saying what is wrong and what would be right. */
    public static Result parse(JsonNode node) {
        if (node.isNumber()) {
            return of(node.decimalValue(), node.asText(), EUR);
        }
        if (!node.isTextual()) {
            return Result.error("expected " + FORMS);
        }
        String text = node.asText().trim();
        Matcher m = FORM.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            return Result.error("'" + text + "' is not an amount; expected " + FORMS);
        }
        NumberForms.Read number = NumberForms.read(m.group(2));
        if (number.error() != null) {
            if (m.group(2).indexOf(',') >= 0) {
                return Result.error(NumberForms.problem(text));
            }
            // The plain number suggested stands in the whole amount, so the suggestion keeps the unit and reads.
            Matcher plain = SUGGESTED.matcher(number.error());
            String whole = plain.find() ? plain.replaceFirst(Matcher.quoteReplacement(
                    "; write " + text.substring(0, m.start(2)) + plain.group(1) + text.substring(m.end(2)))) : number.error();
            return Result.error(whole);
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        String before = currency(m.group(1));
        String after = currency(m.group(4));
        // "1 EUR", "5 USD": the currency sits where a unit would, so the unit pattern takes it.
        Integer scale = unit.isEmpty() ? Integer.valueOf(0) : SCALES.get(unit);
        if (scale == null && after == null && unit.length() == 3 && !COUNTS.contains(unit)) {
            after = currency(m.group(3));
            scale = 0;
        }
        if (scale == null) {
            if (COUNTS.contains(unit)) {
                return Result.error("'" + text + "' counts " + m.group(3) + ", it is not money; an amount is money in EUR or in"
                        + " a currency with a dated rate (such as USD); count things as a coalition's {items: N}");
            }
            return Result.error("'" + m.group(3) + "' in '" + text
                    + "' is not a unit; expected one of " + UNITS + " (in any case)");
        }
        if (before != null && after != null && !before.equals(after)) {
            return Result.error("'" + text + "' names two currencies, " + before + " and " + after + "; write one");
        }
        String currency = before != null ? before : after != null ? after : EUR;
        return of(number.value().movePointRight(scale), text, currency);
    }

    /** The ISO code a currency word stands for (€ is EUR), upper-cased; null when there is none. */
    private static String currency(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        return "€".equals(word) ? EUR : word.toUpperCase(Locale.ROOT);
    }

    private static Map<String, Integer> scales(Object... unitsAndPowers) {
        Map<String, Integer> scales = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndPowers.length; i += 2) {
            scales.put((String) unitsAndPowers[i], (Integer) unitsAndPowers[i + 1]);
        }
        return Collections.unmodifiableMap(scales);
    }

    private static Result of(BigDecimal amount, String written, String currency) {
        if (amount.signum() < 0) {
            return Result.error("amount '" + written + "' is negative; amounts are zero or more");
        }
        if (!EUR.equals(currency)) {
            return new Result(Optional.empty(), null, Optional.of(new Foreign(amount, currency, written)));
        }
        return new Result(Optional.of(new Money(amount)), null, Optional.empty());
    }

    /** An amount written in another currency than the euro, exact as written, e.g. 50000000000 USD. */
    public record Foreign(BigDecimal amount, String currency, String written) {
    }

    /**
     * What was read: euros ({@code money}), an amount in another currency to convert ({@code foreign}), or an
     * {@code error} saying what is wrong; exactly one of the three is present.
     */
    public record Result(Optional<Money> money, String error, Optional<Foreign> foreign) {
        static Result error(String message) {
            return new Result(Optional.empty(), message, Optional.empty());
        }
    }
}
