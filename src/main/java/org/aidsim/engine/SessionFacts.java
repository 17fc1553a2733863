package org.aidsim.engine;

import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.KieSession;

/** Reads a session's facts of one type in a fixed order, so every report built from them is deterministic. */
final class SessionFacts {
    private SessionFacts() {
    }

    /** The facts of {@code type}, sorted by their text: the session's own order depends on hashing. */
    static <T> List<T> sorted(KieSession session, Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast)
                .sorted(Comparator.comparing(Object::toString)).toList();
    }
}
