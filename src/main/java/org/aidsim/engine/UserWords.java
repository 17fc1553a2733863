package org.aidsim.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what Java says about a failure into words a user can read: no qualified class names, no class loaders. */
public final class UserWords {
    /** A qualified Java name (java.lang.String, org.drools.X$Y, com.foo.Bar), with picocli's "class "/"interface " before it. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:class |interface )?(?:java|javax|jdk|sun|org|com)\\.(?:[A-Za-z_$][\\w$]*\\.)*([A-Za-z_$][\\w$]*)");
    /** "(java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')" and the like. */
    private static final Pattern LOADER_NOTE = Pattern.compile(" ?\\([^()]*\\b(?:module|loader)\\b[^()]*\\)");
    /** "class java.lang.String cannot be cast to class java.lang.Integer", MVEL's "cannot convert value of X to: Y". */
    private static final Pattern MISMATCH = Pattern.compile(
            "(?:class )?([\\w.$]+) cannot be cast to (?:class )?([\\w.$]+)|cannot convert value of ([\\w.$]+) to:? ([\\w.$]+)");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("String", "a text"), Map.entry("Character", "a character"), Map.entry("char", "a character"),
            Map.entry("Integer", "a whole number"), Map.entry("int", "a whole number"), Map.entry("Long", "a whole number"),
            Map.entry("long", "a whole number"), Map.entry("Short", "a whole number"), Map.entry("BigInteger", "a whole number"),
            Map.entry("Double", "a number with a fraction"), Map.entry("double", "a number with a fraction"),
            Map.entry("Float", "a number with a fraction"), Map.entry("BigDecimal", "an exact amount"),
            Map.entry("Boolean", "true or false"), Map.entry("boolean", "true or false"), Map.entry("LocalDate", "a date"));

    private UserWords() {
    }

    /** {@code message} with every qualified Java name cut to its last part and class-loader notes dropped. */
    public static String withoutJavaNames(String message) {
        Matcher m = JAVA_NAME.matcher(LOADER_NOTE.matcher(message).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace('$', '.')));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * What went wrong, in words: "ran out of memory", "recursed too deep", a type mismatch as "a text where a whole
     * number was expected", else the message without Java names. Null when the failure says nothing.
     */
    public static String of(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory";
        }
        if (failure instanceof StackOverflowError) {
            return "recursed too deep (a rule action that calls itself without end)";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return null;
        }
        if (failure instanceof NumberFormatException && message.startsWith("For input string: ")) {
            return "the text " + message.substring("For input string: ".length()) + " where a number was expected";
        }
        Matcher m = MISMATCH.matcher(message);
        if (m.find()) {
            String from = kind(m.group(1) != null ? m.group(1) : m.group(3));
            String to = kind(m.group(2) != null ? m.group(2) : m.group(4));
            return from + " where " + to + " was expected";
        }
        return withoutJavaNames(message);
    }

    private static String kind(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return KINDS.getOrDefault(simple, "a value of another kind");
    }
}
