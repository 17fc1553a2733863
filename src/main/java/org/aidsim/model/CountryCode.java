package org.aidsim.model;

import java.util.regex.Pattern;

/** A state as the EU writes it: two capital letters ("EL" for Greece, "UK" for the United Kingdom). */
public record CountryCode(String code) implements Comparable<CountryCode> {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a country code; expected two capital letters such as HU or EL");
        }
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** "HU, SK": codes as a sentence shows them. */
    public static String join(java.util.List<CountryCode> codes) {
        return String.join(", ", codes.stream().map(CountryCode::code).toList());
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
