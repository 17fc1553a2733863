package org.aidsim.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Fires a session within a budget of rule firings, turning a rule that loops or throws into a {@link RunException}. */
final class FiringLimit {
    private FiringLimit() {
    }

    /** Fires at most {@code budget} rules; a failing rule action becomes a RunException naming the rule. */
    static int fire(KieSession session, long budget, String file) {
        try {
            return session.fireAllRules((int) Math.min(Integer.MAX_VALUE, Math.max(1, budget)));
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RunException(file + ": rule \"" + e.getMatch().getRule().getName()
                    + "\" failed in its action: " + describe(cause), e);
        }
    }

    /** What went wrong in words: users read rule names and messages, never Java class names. */
    static String describe(Throwable cause) {
        String message = cause.getMessage() == null || cause.getMessage().isBlank() ? null : cause.getMessage();
        String kind = cause instanceof ArithmeticException ? "arithmetic error"
                : cause instanceof NullPointerException ? "a value was missing"
                : cause instanceof ClassCastException ? "a value had the wrong type"
                : cause instanceof IndexOutOfBoundsException ? "an index was out of range"
                : cause instanceof IllegalArgumentException || cause instanceof IllegalStateException ? "refused"
                : "error";
        return message == null ? kind + " (rerun with --stacktrace for details)" : kind + ": " + message;
    }

    /** The error for a run whose rules fired {@code fired} times against a limit of {@code limit}. */
    static RunException exceeded(String file, long fired, long limit, String detail) {
        return new RunException(file + ": the rules fired " + fired + " times without settling (limit --max-firings "
                + limit + ")" + detail + ". A rule that keeps changing what it matches loops forever.");
    }
}
