package org.aidsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each field of a parsed document starts, so that a problem found after parsing can name its line. */
final class LocationIndex {
    private final Map<String, JsonLocation> locations;

    private LocationIndex(Map<String, JsonLocation> locations) {
        this.locations = locations;
    }

    static LocationIndex of(JsonFactory factory, String text) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String pointer = token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()
                        ? parser.getParsingContext().pathAsPointer().toString()
                        : null;
                if (token.isStructStart()) {
                    pointer = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                if (pointer != null) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The document was already parsed successfully; a partial index only costs line numbers.
        }
        return new LocationIndex(found);
    }

    Problem problem(String file, FieldPath path, String message) {
        FieldPath at = path;
        JsonLocation location = locations.get(at.pointer());
        while (location == null && !at.isRoot()) {
            at = new FieldPath(at.segments().subList(0, at.segments().size() - 1));
            location = locations.get(at.pointer());
        }
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new Problem(file, line, column, path.toString(), message);
    }
}
