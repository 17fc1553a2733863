package org.aidsim.report;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Text with placeholders, as a format file writes it: {@code {/id}} is the value at that JSON pointer, {@code {/amount?}}
 * the same or nothing when the field is absent, {@code {{} and {@code }}} a literal brace. A value prints as it reads in
 * the JSON: text as it is, numbers and true/false as written, null as nothing, a list of plain values joined by
 * ", ", any other list or mapping as compact JSON.
 */
final class Template {
    private final List<Object> parts;

    private Template(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** One placeholder: where its value is and whether an absent value prints as nothing. */
    record Placeholder(String written, JsonPointer pointer, boolean optional) {
    }

    /** Reads {@code text}; a stray brace or a placeholder that is not a JSON pointer throws with what to write instead. */
    static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i++;
            } else if (c == '}') {
                throw new IllegalArgumentException("a } at character " + (i + 1) + " closes no placeholder; write }} for a brace");
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                String inside = end < 0 ? text.substring(i + 1) : text.substring(i + 1, end);
                if (end < 0 || !inside.startsWith("/") || inside.indexOf('{') >= 0) {
                    throw new IllegalArgumentException("'{" + (end < 0 ? inside : inside + "}") + "' at character " + (i + 1)
                            + " is not a placeholder; write {/field} (a JSON pointer, such as {/id} or {/votes/oppose}), "
                            + "{/field?} when it may be absent, or {{ for a brace");
                }
                boolean optional = inside.endsWith("?");
                String pointer = optional ? inside.substring(0, inside.length() - 1) : inside;
                parts.add(literal.toString());
                literal.setLength(0);
                parts.add(new Placeholder("{" + inside + "}", JsonPointer.compile(pointer), optional));
                i = end;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return new Template(parts);
    }

    /**
     * The text with each placeholder replaced by its value in {@code node}; a required placeholder with no value
     * there is the exception {@code missing} makes of it and the fields {@code node} has at that place.
     */
    String fill(JsonNode node, BiFunction<Placeholder, List<String>, RuntimeException> missing) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                JsonNode value = node.at(p.pointer());
                if (value.isMissingNode()) {
                    if (!p.optional()) {
                        JsonNode parent = node.at(p.pointer().head());
                        List<String> fields = new ArrayList<>();
                        parent.fieldNames().forEachRemaining(fields::add);
                        throw missing.apply(p, fields);
                    }
                } else {
                    out.append(shown(value));
                }
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    private static String shown(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    return value.toString();
                }
                items.add(shown(item));
            }
            return String.join(", ", items);
        }
        return value.toString();
    }
}
