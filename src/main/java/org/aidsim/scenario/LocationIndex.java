package org.aidsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a parsed document starts, so that a problem found after parsing can name its line. Keys
 * and values are kept apart: "unknown country XX" points at the key, "unknown position veto" at the value.
 */
public final class LocationIndex {
    private final Map<String, JsonLocation> keys;
    private final Map<String, JsonLocation> values;

    private LocationIndex(Map<String, JsonLocation> keys, Map<String, JsonLocation> values) {
        this.keys = keys;
        this.values = values;
    }

    static LocationIndex of(JsonFactory factory, String text) {
        Map<String, JsonLocation> keys = new HashMap<>();
        Map<String, JsonLocation> values = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    keys.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                } else if (token.isStructStart()) {
                    var parent = parser.getParsingContext().getParent();
                    values.putIfAbsent(parent == null ? "" : parent.pathAsPointer().toString(), parser.currentTokenLocation());
                } else if (token.isScalarValue()) {
                    values.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The document was already parsed successfully; a partial index only costs line numbers.
        }
        return new LocationIndex(keys, values);
    }

    /** A problem with the value at {@code path} (or, failing that, the nearest enclosing field). */
    Problem problem(String file, FieldPath path, String message) {
        return locate(file, path, message, values, keys);
    }

    /** A problem with the key of {@code path} itself, such as an unknown country listed under positions. */
    Problem keyProblem(String file, FieldPath path, String message) {
        return locate(file, path, message, keys, values);
    }

    private static Problem locate(String file, FieldPath path, String message,
                                  Map<String, JsonLocation> first, Map<String, JsonLocation> second) {
        FieldPath at = path;
        JsonLocation location = null;
        while (location == null) {
            location = first.getOrDefault(at.pointer(), second.get(at.pointer()));
            if (at.isRoot()) {
                break;
            }
            at = new FieldPath(at.segments().subList(0, at.segments().size() - 1));
        }
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new Problem(file, line, column, path.toString(), message);
    }
}
