package org.aidsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Where in a document a value sits, written as users read it: {@code packages[0].positions.HU}. */
public record FieldPath(List<Object> segments) {
    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public FieldPath field(String name) {
        return append(name);
    }

    public FieldPath index(int i) {
        return append(i);
    }

    private FieldPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments);
        next.add(segment);
        return new FieldPath(next);
    }

    /** The JSON pointer of this path, the key of a {@link LocationIndex}. */
    public String pointer() {
        StringBuilder out = new StringBuilder();
        for (Object s : segments) {
            out.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(s);
            }
        }
        return out.toString();
    }
}
