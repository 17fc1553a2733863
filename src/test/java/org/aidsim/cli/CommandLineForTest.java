package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Main builds only the subcommand the arguments name (Main.commandLineFor): what that command prints, its help and
 * its usage errors included, is the same as with every subcommand built.
 */
class CommandLineForTest {
    @Test
    void everyCommandsHelpAndUsageError_printTheSameBuiltAloneAsWithEveryCommand() {
        List<String> names = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        assertThat(names).contains("run", "pivots", "help", "completion").hasSizeGreaterThan(10);
        for (String name : names) {
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--no-such-option"})) {
                assertThat(run(Main.commandLineFor(args), args)).as(String.join(" ", args)).isEqualTo(run(Main.commandLine(), args));
            }
        }
    }

    @Test
    void aCommandsName_buildsThatCommandAlone() {
        assertThat(Main.commandLineFor("run", "x.yaml").getSubcommands().keySet()).containsExactly("run");
        assertThat(Main.commandLineFor("pivots").getSubcommands().keySet()).containsExactly("pivots");
    }

    @Test
    void optionsHelpCompletionOrAMisspeltName_buildEveryCommand() {
        int all = Main.commandLine().getSubcommands().size();
        for (String[] args : List.of(new String[] {}, new String[] {"--version"}, new String[] {"--help"}, new String[] {"help", "run"},
                new String[] {"completion"}, new String[] {"rnu", "x.yaml"})) {
            assertThat(Main.commandLineFor(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
    }

    private static List<Object> run(CommandLine cmd, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return List.of(code, out.toString(), err.toString());
    }
}
