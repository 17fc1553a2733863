package org.aidsim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for numbers in every file aidsim reads and every {@code --set}: a number is written in plain decimal
 * digits ({@code 1500000}, {@code 0.5}, {@code -3}); the decimal separator is a point; a comma separates thousands
 * only between groups of exactly three digits ({@code 1,500,000}, in a quoted amount). Everything else that YAML or
 * a person might mean as a number (exponents, hexadecimal, octal, binary, underscores, a bare point, a plus sign,
 * infinity, not-a-number, a decimal comma) is refused with a hint, never reinterpreted: YAML 1.1 reads {@code 017}
 * as 15 and {@code 1e400} as a number with 400 zeros, and a reader who wrote {@code 1,5} meant 1.5, not 15.
 */
public final class NumberForms {
    /**
     * A number as a person might write it, taken broadly (exponents, hexadecimal, commas, underscores) so that a text
     * such as "1,5bn EUR" or "12,5%" can be split into number and unit and the number then judged by this rule.
     */
    static final String WRITTEN = "[-+]?(?:0[xob][0-9a-f_]+|[.0-9][0-9_.,]*(?:e[-+]?[0-9]+)?)";
    private static final Pattern PLAIN = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
    /** Exponent forms whose plain writing is at most this long are shown as the plain number to write instead. */
    private static final int SHORT = 24;
    private static final String PLAIN_FORMS = "write numbers in plain decimal digits, such as 1500000 or 0.5";
    private static final String WHY = " (numbers are read only in plain decimal digits, such as 1500000 or 0.5)";

    private NumberForms() {
    }

    /** The exact value of {@code written}, or an error: a problem message saying what is wrong and how to write it. */
    public record Read(BigDecimal value, String error) {
    }

    /** Reads a number as written, commas allowed only as thousands separators. */
    public static Read read(String written) {
        if (PLAIN.matcher(written).matches()) {
            return new Read(new BigDecimal(written), null);
        }
        if (THOUSANDS.matcher(written).matches()) {
            return new Read(new BigDecimal(written.replace(",", "")), null);
        }
        return new Read(null, problem(written));
    }

    /** Why {@code written} is not a plain decimal number, with the plain form to write where it is clear. */
    static String problem(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String sign = lower.startsWith("-") ? "-" : "";
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (written.indexOf(',') >= 0) {
            boolean decimalComma = written.indexOf(',') == written.lastIndexOf(',') && written.indexOf('.') < 0;
            return "'" + written + "' has a comma that does not separate thousands; a comma may only separate groups "
                    + "of three digits (1,500,000) and the decimal separator is a point"
                    + (decimalComma ? ": write " + written.replace(',', '.') + " if the comma is a decimal point" : "");
        }
        if (unsigned.equals(".inf") || unsigned.equals(".nan") || unsigned.equals("inf") || unsigned.equals("nan")) {
            return "'" + written + "' is YAML's infinity or not-a-number, not an amount; " + PLAIN_FORMS;
        }
        if (unsigned.matches("0x[0-9a-f]+|0o[0-7]+|0b[01]+")) {
            int radix = unsigned.charAt(1) == 'x' ? 16 : unsigned.charAt(1) == 'o' ? 8 : 2;
            String base = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            return "'" + written + "' is written in " + base + "; write " + sign
                    + new BigInteger(unsigned.substring(2), radix) + WHY;
        }
        if (unsigned.startsWith("0x") || unsigned.startsWith("0o") || unsigned.startsWith("0b")) {
            return "'" + written + "' is not a number in plain decimal digits; " + PLAIN_FORMS;
        }
        if (written.indexOf('_') >= 0) {
            return "'" + written + "' has underscores" + suggestion(written.replace("_", ""));
        }
        if (written.startsWith("+")) {
            return "'" + written + "' has a plus sign" + suggestion(written.substring(1));
        }
        if (unsigned.matches("0[0-9]+(\\.[0-9]+)?")) {
            String decimal = unsigned.replaceFirst("^0+(?=[0-9])", "");
            return "'" + written + "' starts with 0, which YAML reads as octal; write " + sign + decimal + WHY;
        }
        if (unsigned.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)e[-+]?[0-9]+")) {
            String plain = shortPlain(written);
            return "'" + written + "' is written with an exponent" + (plain == null ? "; " + PLAIN_FORMS : suggestion(plain));
        }
        if (unsigned.matches("\\.[0-9]+")) {
            return "'" + written + "' starts with a point" + suggestion(sign + "0" + unsigned);
        }
        if (unsigned.matches("[0-9]+\\.")) {
            return "'" + written + "' ends with a point" + suggestion(written.substring(0, written.length() - 1));
        }
        return "'" + written + "' is not a number in plain decimal digits; " + PLAIN_FORMS;
    }

    /** The plain writing of an exponent form when it is short; null for 1e400 and the like. */
    private static String shortPlain(String written) {
        try {
            BigDecimal value = new BigDecimal(written);
            if (Math.abs((long) value.scale()) > SHORT) {
                return null;
            }
            String plain = value.toPlainString();
            return plain.length() <= SHORT ? plain : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String suggestion(String plain) {
        return PLAIN.matcher(plain).matches() ? "; write " + plain + WHY : "; " + PLAIN_FORMS;
    }
}
