package org.aidsim.cli;

/** Every exit code aidsim uses, in one place. */
public final class ExitCodes {
    /**
     * Everything ran. For {@code test}: at least one scenario was selected and every expectation was met;
     * {@code run} reports an expect block (met or not) but does not judge it, so it exits 0 either way.
     */
    public static final int OK = 0;
    /** A scenario's expectations were not met (aidsim test only; run reports them without judging). */
    public static final int EXPECTATION_FAILED = 1;
    /** The command line was wrong: an unknown option, a missing argument, a test run that selects no scenario. */
    public static final int USAGE = 2;
    /** A scenario or overlay file is wrong: malformed, unknown fields, unknown countries. */
    public static final int BAD_INPUT = 3;
    /** The rules folder is wrong: DRL that does not compile, a bad parameters.yaml. */
    public static final int BAD_RULES = 4;
    /** The rules ran but did not settle (firing limit) or a rule's action failed. */
    public static final int RUN_FAILED = 5;
    /** A bug in aidsim itself; rerun with --stacktrace and report it. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
