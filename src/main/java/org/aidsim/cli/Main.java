package org.aidsim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aidsim.engine.RuleFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "aidsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "What-if simulator for multilateral aid decisions.",
            "",
            "A scenario file (YAML or JSON) describes forums, aid packages and how each government stands on them; aidsim runs it through the Drools rules in ./rules (EU unanimity and constructive abstention, QMV, NATO consensus, national decisions) and reports which packages pass, which are blocked, by whom and why."
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim run $F",
            "  aidsim run --explain $F                  # votes, reasons, rules in order",
            "  aidsim run --set ukraine-facility.stages.euco.positions.HU=abstain $F",
            "  aidsim diff $F --set ukraine-facility.stages.euco.rule=qmv",
            "  aidsim pivots $F                         # who holds the veto",
            "  M=scenarios/eu/macro-financial-assistance-qmv.yaml",
            "  aidsim power $M                          # Banzhaf and Shapley-Shubik indices",
            "  aidsim sweep $F --vary HU,SK --over support,oppose,abstain",
            "  aidsim check                             # rules and every scenario",
            "  aidsim test                              # every scenario's expect block",
            "",
            "Exit codes: 0 ok, 1 expectations not met (test judges; run only reports), 2 usage, 3 bad scenario, 4 bad rules, 5 run failed, 70 internal."
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: run, check, test, diff, pivots, power, sweep, bench, report, batch, completion, schema or help");
    }

    /** Every subcommand, in the order {@code aidsim --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, CheckCommand.class, TestCommand.class,
            DiffCommand.class, PivotsCommand.class, PowerCommand.class, SweepCommand.class, BenchCommand.class,
            ReportCommand.class, CompletionCommand.class, SchemaCommand.class, BatchCommand.class, CommandLine.HelpCommand.class);
    /** Subcommands that read the whole command tree: {@code help NAME} and the completion script. */
    private static final List<Class<?>> WHOLE_TREE = List.of(CompletionCommand.class, CommandLine.HelpCommand.class);

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line {@code args} need: when the first names a subcommand, with that one alone, else (options
     * only, a misspelt name, {@code help} or {@code completion}) with all. picocli builds each subcommand by
     * reflection, and building the thirteen cost a cold run about 0.1 s of its 0.2 s in picocli (issue 13,
     * docs/notes/issue-13-cold-start.md round 8); the one a command runs prints and parses the same either way.
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length > 0) {
            for (Class<?> sub : SUBCOMMANDS) {
                if (!WHOLE_TREE.contains(sub) && sub.getAnnotation(Command.class).name().equals(args[0])) {
                    return commandLine(List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new Main());
        for (Class<?> sub : subcommands) {
            cmd.addSubcommand(sub);
        }
        OptionConverters.register(cmd);
        return cmd.setExecutionStrategy(new ErrorsAsFailures(cmd))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * Runs the command as picocli does, handing an Error (out of memory, stack overflow) to the exception handler:
     * picocli hands it only Exceptions, so an Error would otherwise escape as a Java trace.
     */
    private record ErrorsAsFailures(CommandLine cmd) implements CommandLine.IExecutionStrategy {
        @Override
        public int execute(CommandLine.ParseResult parsed) {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(cmd, e.toString(), e);
            }
        }
    }

    /**
     * The command line writing UTF-8 bytes to {@code out} and {@code err} whatever the platform's default
     * encoding: under LANG=C a Java 17 default writer turns "Türkiye" into "T?rkiye" and "€" into "?".
     */
    public static CommandLine commandLine(OutputStream out, OutputStream err) {
        return commandLine().setOut(utf8(out)).setErr(utf8(err));
    }

    /** As {@link #commandLine(OutputStream, OutputStream)}, built for {@code args} as {@link #commandLineFor} is. */
    static CommandLine commandLineFor(String[] args, OutputStream out, OutputStream err) {
        return commandLineFor(args).setOut(utf8(out)).setErr(utf8(err));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    public static void main(String[] args) {
        // Anything else that writes to System.out or System.err (the progress bar, a library) is UTF-8 too.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int code;
        try {
            Prefetch.rulesFor(args);
            CommandLine cmd = commandLineFor(args, System.out, System.err);
            code = cmd.execute(args);
            cmd.getOut().flush();
            cmd.getErr().flush();
            // After the output: a run right after a rules edit prints as soon as it would without the cache.
            RuleFolder.writeCaches();
        } catch (Throwable e) {
            // The last resort: never "Exception in thread main" and a trace.
            System.err.println(ErrorHandler.internal(e));
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                e.printStackTrace();
            }
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
