package org.aidsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of a parsed document starts, so that a problem found after parsing can name its line. Keys
 * and values are kept apart: "unknown country XX" points at the key, "unknown position veto" at the value.
 */
public final class LocationIndex {
    private final Map<String, JsonLocation> keys;
    private final Map<String, JsonLocation> values;
    private final List<Origin> origins;
    private final String applied;

    private LocationIndex(Map<String, JsonLocation> keys, Map<String, JsonLocation> values, List<Origin> origins,
                          String applied) {
        this.keys = keys;
        this.values = values;
        this.origins = origins;
        this.applied = applied;
    }

    /**
     * Where a part of a merged document came from: everything at {@code at} was written at {@code sourcePath} of
     * another file (an overlay, with its own index) or on the command line ({@code index} null, {@code file} the
     * {@code --set} as typed), so that a problem found there names the place the user must fix.
     */
    public record Origin(FieldPath at, String file, LocationIndex index, FieldPath sourcePath) {
    }

    /** This index with one more part of the document attributed elsewhere; later origins win over earlier ones. */
    public LocationIndex withOrigin(Origin origin) {
        List<Origin> more = new ArrayList<>(origins);
        more.add(origin);
        return new LocationIndex(keys, values, List.copyOf(more), applied);
    }

    /**
     * This index for a document changed by {@code changes} (such as "--with reform.yaml"): a problem located in the
     * original file, though no change wrote its field, may come from how a change combines with the file, so its
     * message ends "(after applying --with reform.yaml)".
     */
    public LocationIndex afterApplying(String changes) {
        return new LocationIndex(keys, values, origins, changes);
    }

    /**
     * Records where each field's key and value start, token by token, as a parser reads a document: the first place
     * a path is seen wins. A document read only up to a fault gives a partial index, which only costs line numbers.
     */
    static final class Recorder {
        private final Map<String, JsonLocation> keys = new HashMap<>();
        private final Map<String, JsonLocation> values = new HashMap<>();

        /** Notes the place of {@code token}, the token {@code parser} has just read. */
        void record(JsonParser parser, JsonToken token) {
            if (token == JsonToken.FIELD_NAME) {
                keys.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
            } else if (token.isStructStart()) {
                var parent = parser.getParsingContext().getParent();
                values.putIfAbsent(parent == null ? "" : parent.pathAsPointer().toString(), parser.currentTokenLocation());
            } else if (token.isScalarValue()) {
                values.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }

        /** The index of what was recorded. */
        LocationIndex index() {
            return new LocationIndex(keys, values, List.of(), null);
        }
    }

    /** A problem with the value at {@code path} (or, failing that, the nearest enclosing field). */
    Problem problem(String file, FieldPath path, String message) {
        Origin origin = originOf(path);
        if (origin != null) {
            return origin.index == null ? commandLine(origin, path, message)
                    : origin.index.problem(origin.file, moved(origin, path), message);
        }
        return locate(file, path, note(message), values, keys);
    }

    /** A problem with the key of {@code path} itself, such as an unknown country listed under positions. */
    Problem keyProblem(String file, FieldPath path, String message) {
        Origin origin = originOf(path);
        if (origin != null) {
            return origin.index == null ? commandLine(origin, path, message)
                    : origin.index.keyProblem(origin.file, moved(origin, path), message);
        }
        return locate(file, path, note(message), keys, values);
    }

    private String note(String message) {
        return applied == null ? message : message + " (after applying " + applied + ")";
    }

    private Origin originOf(FieldPath path) {
        Origin best = null;
        for (Origin o : origins) {
            if (startsWith(path, o.at) && (best == null || o.at.segments().size() >= best.at.segments().size())) {
                best = o;
            }
        }
        return best;
    }

    private static boolean startsWith(FieldPath path, FieldPath prefix) {
        return path.segments().size() >= prefix.segments().size()
                && path.segments().subList(0, prefix.segments().size()).equals(prefix.segments());
    }

    private static FieldPath moved(Origin origin, FieldPath path) {
        List<Object> segments = new ArrayList<>(origin.sourcePath.segments());
        segments.addAll(path.segments().subList(origin.at.segments().size(), path.segments().size()));
        return new FieldPath(segments);
    }

    private static Problem commandLine(Origin origin, FieldPath path, String message) {
        return new Problem(origin.file, 0, 0, path.toString(), message);
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
