package org.aidsim.engine;

import org.aidsim.model.Scenario;

/**
 * How many times the rules may fire on one date of a run before the run counts as not settling. By default the
 * budget scales with the input: {@value #BASE} plus {@value #PER_UNIT} per package and per coalition, on every date
 * of the timeline (a 27-member package takes about 30 firings on its date, so a unit's budget leaves a wide margin and a
 * 5,000-package file settles). {@code --max-firings N} replaces it with N per date.
 */
public final class FiringBudget {
    /** Firings every date may take, whatever the size of the input. */
    public static final long BASE = 100_000;
    /** Firings each package and each coalition adds to a date's budget. */
    public static final long PER_UNIT = 1_000;

    /** The default: scaled to each scenario's packages and coalitions. */
    public static final FiringBudget SCALED = new FiringBudget(0);

    private final long fixed;

    private FiringBudget(long fixed) {
        this.fixed = fixed;
    }

    /** The same limit, {@code perDate} firings, for every scenario; at least 1. */
    public static FiringBudget fixed(long perDate) {
        if (perDate < 1) {
            throw new IllegalArgumentException("a firing limit must be at least 1, got " + perDate);
        }
        return new FiringBudget(perDate);
    }

    /** The firings {@code scenario} may take on one date. */
    public long perDate(Scenario scenario) {
        if (fixed > 0) {
            return fixed;
        }
        long units = scenario.packages().size() + (long) scenario.stages().size() + scenario.coalitions().size();
        return BASE + PER_UNIT * units;
    }

    /** How the limit for {@code scenario} was set, for the message when a run reaches it. */
    String describe(Scenario scenario) {
        if (fixed > 0) {
            return "limit --max-firings " + fixed;
        }
        return "limit " + perDate(scenario) + " per date = " + BASE + " + " + PER_UNIT + " per package and coalition"
                + "; --max-firings N sets another";
    }
}
