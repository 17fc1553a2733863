package org.aidsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one JSON writer of every report: documents are built as ordered maps and lists by the renderers, and written
 * here indented (one document and a newline) or compact on one line (JSON Lines), so every command's JSON reads
 * alike and a field order fixed by a renderer is the order printed.
 */
public final class Json {
    // Exact decimals in trees too: a share written 0.250000 is read by a format file as 0.250000, not 0.25.
    private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** {@code document} indented, ending in a newline. */
    public static String pretty(Object document) {
        try {
            return PRETTY.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the output could not be written as JSON", e);
        }
    }

    /** {@code document} as one compact line, ending in a newline: JSON escapes newlines in strings, so none falls inside. */
    public static String line(Object document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the output could not be written as JSON", e);
        }
    }

    /** A reader of JSON documents as trees (one or several in a row), with exact decimals as the writer keeps them. */
    public static com.fasterxml.jackson.databind.ObjectReader treeReader() {
        return MAPPER.readerFor(JsonNode.class);
    }

    /** {@code document} as a tree, for comparing documents ({@link DocumentDiff}) or reading them by pointer. */
    public static JsonNode tree(Object document) {
        return MAPPER.valueToTree(document);
    }
}
