package org.aidsim.engine;

import java.util.List;
import java.util.Map;
import org.aidsim.model.Thresholds;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Fires a session within a budget of rule firings, turning a rule that loops or throws into a {@link RunException}. */
final class FiringLimit {
    /**
     * A rule that fires more than this many times per input fact per date is taken for a loop: a rule matches
     * facts derived from the input, so a settling rule fires a small multiple of the input's facts at most.
     */
    static final long LOOP_FACTOR = 10;

    private FiringLimit() {
    }

    /**
     * Fires at most {@code budget} rules; a failing rule action becomes a RunException naming the rule, whether it
     * threw an exception or an Error (out of memory, stack overflow), which Drools does not wrap.
     */
    static int fire(KieSession session, long budget, String file) {
        // Drools wraps an exception from an action with its rule, but passes an Error through bare: note each
        // rule as it starts firing so that an Error can be located too.
        LastRule last = new LastRule();
        session.addEventListener(last);
        try {
            return session.fireAllRules((int) Math.min(Integer.MAX_VALUE, Math.max(1, budget)));
        } catch (Error e) {
            if (last.name == null) {
                throw e;
            }
            throw new RunException(file + ": rule \"" + last.name + "\" failed in its action: " + describe(e), e);
        } catch (ConsequenceException e) {
            // MVEL wraps what the action threw in its own errors, whose text quotes the action's source: say the original.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new RunException(file + ": rule \"" + e.getMatch().getRule().getName()
                    + "\" failed in its action: " + describe(cause), e);
        } catch (RuntimeException e) {
            // A constraint that reads a parameter the folder lacks fails inside Drools' evaluation: say which.
            for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
                if (c instanceof Thresholds.MissingParameter missing) {
                    throw new RunException(file + ": " + missing.getMessage()
                            + "; add it to the rules folder's parameters.yaml or correct the rule", e);
                }
            }
            throw e;
        } finally {
            session.removeEventListener(last);
        }
    }

    /** Remembers the rule that fired last. */
    private static final class LastRule extends DefaultAgendaEventListener {
        String name;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }

    /** What went wrong in words: users read rule names and messages, never Java class names. */
    static String describe(Throwable cause) {
        String message = UserWords.of(cause);
        if (cause instanceof VirtualMachineError) {
            return message;
        }
        String kind = cause instanceof ArithmeticException ? "arithmetic error"
                : cause instanceof NullPointerException ? "a value was missing"
                : cause instanceof ClassCastException ? "a value had the wrong type"
                : cause instanceof IndexOutOfBoundsException ? "an index was out of range"
                : cause instanceof IllegalArgumentException || cause instanceof IllegalStateException ? "refused"
                : "error";
        return message == null ? kind + " (rerun with --stacktrace for details)" : kind + ": " + message;
    }

    /**
     * The error for a run whose rules fired {@code fired} times on {@code where} (such as "on 2024-06-01"),
     * reaching its limit. {@code busiest} are the rules that fired most (name to count, most first) and
     * {@code explained} the firings one rule may take for the input (input facts times dates visited): a rule
     * far beyond that is named as a loop; otherwise the input is large and the message says to raise the limit.
     */
    static RunException exceeded(String file, String where, long fired, String limit,
                                 List<Map.Entry<String, Integer>> busiest, long explained) {
        String head = file + ": the rules fired " + fired + (fired == 1 ? " time " : " times ") + where
                + " without settling (" + limit + ")";
        String most = String.join(", ", busiest.stream()
                .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)")).toList());
        if (busiest.isEmpty()) {
            return new RunException(head + ". A rule that keeps changing what it matches loops forever; "
                    + "'aidsim run' on the scenario names the rules that fired most.");
        }
        Map.Entry<String, Integer> top = busiest.get(0);
        if (top.getValue() > LOOP_FACTOR * explained) {
            return new RunException(head + "; most fired: " + most + ". \"" + top.getKey() + "\" fired far more often than "
                    + "the input explains (" + explained + " input facts over the dates run), which is a loop: a rule that "
                    + "keeps changing what it matches loops forever.");
        }
        return new RunException(head + "; most fired: " + most + ". No rule fired more often than the input explains ("
                + explained + " input facts over the dates run): the input is large rather than looping; "
                + "raise --max-firings.");
    }
}
