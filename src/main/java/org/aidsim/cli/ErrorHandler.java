package org.aidsim.cli;

import java.io.PrintWriter;
import org.aidsim.engine.RulesException;
import org.aidsim.engine.RunException;
import org.aidsim.engine.UserWords;
import org.aidsim.report.OutputFormat;
import org.aidsim.scenario.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Maps every failure to a message on stderr and a named exit code; stack traces only with --stacktrace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = codeOf(e);
        err.println(code == ExitCodes.INTERNAL ? internal(e) : e.getMessage());
        if (wantsStackTrace(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The last-resort line for a failure aidsim has no words for: its message without Java class names, and how to
     * get the trace. Never a class name: a user cannot act on "java.lang.IllegalStateException".
     */
    static String internal(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root.getMessage().equals(root.getCause().toString()))) {
            root = root.getCause();
        }
        String what = UserWords.of(root);
        return "aidsim: internal error: " + (what == null ? "an unexpected failure" : what) + "; rerun with --stacktrace and report it";
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("aidsim: " + message(e));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** A value an option's converter refused reads "--as-of: '2024-02-30' is not a date; ...". */
    private static String message(CommandLine.ParameterException e) {
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            Iterable<String> candidates = option.completionCandidates();
            if (option.type() == OutputFormat.class && candidates != null) {
                return option.longestName() + ": " + bad.getMessage() + "; expected " + candidates;
            }
            return option.longestName() + ": " + bad.getMessage();
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.PositionalParamSpec parameter) {
            return parameter.paramLabel() + ": " + bad.getMessage();
        }
        return UserWords.withoutJavaNames(e.getMessage());
    }

    static int codeOf(Exception e) {
        if (e instanceof AidsimException a) {
            return a.exitCode();
        }
        if (e instanceof InputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof RulesException) {
            return ExitCodes.BAD_RULES;
        }
        if (e instanceof RunException) {
            return ExitCodes.RUN_FAILED;
        }
        return ExitCodes.INTERNAL;
    }

    private static boolean wantsStackTrace(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
