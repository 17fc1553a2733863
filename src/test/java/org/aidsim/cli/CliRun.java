package org.aidsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process as a user would (the command line built for the arguments, as Main builds it), capturing what it prints and its exit code. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cmd = Main.commandLineFor(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
