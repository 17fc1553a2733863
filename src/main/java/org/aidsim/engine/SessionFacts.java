package org.aidsim.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/** Reads a session's facts of one type in a fixed order, so every report built from them is deterministic. */
final class SessionFacts {
    private SessionFacts() {
    }

    /** The facts of {@code type}, sorted by their text: the session's own order depends on hashing. */
    static <T> List<T> sorted(KieSession session, Class<T> type) {
        // Each fact's text is made once, not once per comparison: a large input has 100,000s of facts.
        return session.getObjects(type::isInstance).stream().map(o -> Map.entry(o.toString(), type.cast(o)))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }
}
