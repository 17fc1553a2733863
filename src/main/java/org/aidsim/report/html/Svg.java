package org.aidsim.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Escaping and number writing shared by the HTML report's charts. Coordinates are written with one decimal and a
 * dot whatever the locale, so the page is byte-identical run to run and machine to machine.
 */
final class Svg {
    private Svg() {
    }

    /** {@code text} safe inside an element or a quoted attribute: &amp;, &lt;, &gt;, &quot; and ' escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate in SVG user units, one decimal: "12.5". */
    static String at(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code part / whole} as a percentage with four decimals ("65.0035"), cut not rounded, for data- attributes. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }

    /** {@code part / whole} as a percentage for people to read: two decimals, cut, "64.98%". */
    static String shownPercent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }

    /** EUR amounts as people read them: "EUR 1.35 bn", "EUR 150 m", "EUR 20,500". Exact input, cut to 2 decimals. */
    static String euros(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return "EUR " + sign + abs.movePointLeft(9).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return "EUR " + sign + abs.movePointLeft(6).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " m";
        }
        return "EUR " + sign + abs.stripTrailingZeros().toPlainString();
    }

    /**
     * A row label at the left of a chart: cut to {@code max} characters with an ellipsis so it never runs into the
     * bars, the whole text kept as its tooltip.
     */
    static String label(String text, double y, int max) {
        String shown = text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
        return "<text class=\"label\" x=\"0\" y=\"" + at(y) + "\"><title>" + escape(text) + "</title>" + escape(shown) + "</text>\n";
    }
}
