package org.aidsim.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Reads a session's facts of one type, in a fixed order so that every report built from them is deterministic, or in
 * no fixed order where what is built from them does not depend on it. Both read the type's own store of facts, not
 * every fact of the session, which grows with the dates of a timeline (issue 13).
 */
final class SessionFacts {
    private SessionFacts() {
    }

    /** The facts of {@code type}, sorted by their text: the session's own order depends on hashing. */
    static <T> List<T> sorted(KieSession session, Class<T> type) {
        return sortedByText(unordered(session, type));
    }

    /** The facts sorted by their text, as {@link #sorted} gives them. */
    static <T> List<T> sortedByText(List<T> facts) {
        // Each fact's text is made once, not once per comparison: a large input has 100,000s of facts.
        return facts.stream().map(o -> Map.entry(o.toString(), o))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /**
     * The facts of {@code type} in the session's own order, which depends on hashing: only for results that do not
     * depend on order (sums, sets, lookups by key). Cheaper than {@link #sorted}, which writes out every fact's text.
     */
    static <T> List<T> unordered(KieSession session, Class<T> type) {
        return session.getObjects(new ClassObjectFilter(type)).stream().map(type::cast).toList();
    }
}
